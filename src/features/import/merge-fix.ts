import type { ImportedRecords } from '@/data/imported-store'
import type { ImportSummary } from './import-types'

// A row fixed in place (a place chosen among candidates, or coordinates given) joins the import it
// belongs to: its problems are replaced, its records added in the file's order. Pure.

/** The row number in an imported record's id (user-12, user-p-12). */
function rowOf(id: string): number {
  return Number(/(\d+)$/.exec(id)?.[1] ?? Number.NaN)
}

const byRow = (a: { id: string }, b: { id: string }) => rowOf(a.id) - rowOf(b.id)

/** The records with those of `fixed` added (a record of the same id replaced), in row order. */
export function withFixedRecords(
  records: Omit<ImportedRecords, 'fileName'>,
  fixed: ImportSummary['records'],
): Omit<ImportedRecords, 'fileName'> {
  const replace = <T extends { id: string }>(old: readonly T[], added: readonly T[]) => {
    const ids = new Set(added.map((r) => r.id))
    return [...old.filter((r) => !ids.has(r.id)), ...added]
  }
  return {
    places: replace(records.places, fixed.places),
    links: replace(records.links, fixed.links).sort(byRow),
    projects: replace(records.projects, fixed.projects).sort(byRow),
  }
}

/** The import's summary after row `row` was checked again and gave `fixed`. */
export function withFixedRow(summary: ImportSummary, row: number, fixed: ImportSummary): ImportSummary {
  const wasOk = !summary.problems.some((p) => p.row === row)
  const isOk = fixed.okRows > 0
  return {
    ...summary,
    records: withFixedRecords(summary.records, fixed.records),
    problems: [...summary.problems.filter((p) => p.row !== row), ...fixed.problems].sort(
      (a, b) => a.row - b.row,
    ),
    okRows: summary.okRows + (isOk && !wasOk ? 1 : 0),
  }
}
