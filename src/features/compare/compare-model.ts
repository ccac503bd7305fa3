import type { Country } from '@/data/schema-files'
import { JAPAN } from '@/state/defaults'
import { cooperationRows } from './compare-cooperation'
import { indicatorRow, oecdRow, reportRow } from './compare-rows'
import type {
  Column,
  CompareInput,
  CompareModel,
  NumericCell,
  NumericRow,
  Row,
  Side,
  Statement,
  ValueCell,
} from './compare-types'

/**
 * The comparison as data: one column per chosen country, rows aligned across columns. Every cell
 * is either a value with its year and source, or the reason there is none (never a blank or a 0).
 * No React, no DOM, no formatting: the view, the CSV and the PNG all read this one model.
 */

/** The one-click example the empty state offers. */
export const EXAMPLE_COUNTRIES: readonly string[] = ['KHM', 'VNM', 'PHL']

/** Below this factor two values are close enough that "1.0×" would inform nobody. */
const MIN_RATIO = 1.1

/** The chosen countries the data knows, Japan last. */
export function compareColumns(compare: readonly string[], countries: readonly Country[]): Column[] {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]))
  const known = [...new Set(compare)].filter((iso3) => byIso3.has(iso3))
  const ordered = [...known.filter((c) => c !== JAPAN), ...known.filter((c) => c === JAPAN)]
  return ordered.map((iso3) => ({
    iso3,
    name: (byIso3.get(iso3) as Country).name,
    reference: iso3 === JAPAN || !(byIso3.get(iso3) as Country).asean,
  }))
}

/** Marks the highest and lowest value among the non-reference columns (ties share the mark). */
function markExtremes(row: NumericRow, columns: Column[]): NumericRow {
  const reference = new Set(columns.filter((c) => c.reference).map((c) => c.iso3))
  const values = row.cells.filter((c): c is ValueCell => c.kind === 'value' && !reference.has(c.iso3))
  if (values.length < 2) return row
  const hi = Math.max(...values.map((c) => c.value))
  const lo = Math.min(...values.map((c) => c.value))
  if (hi === lo) return row
  const cells = row.cells.map((c): NumericCell => {
    if (c.kind !== 'value' || reference.has(c.iso3)) return c
    const mark = c.value === hi ? 'max' : c.value === lo ? 'min' : null
    return mark === c.mark ? c : { ...c, mark }
  })
  return { ...row, cells }
}

/**
 * The sentence a row is worth: highest over lowest ("N×") for magnitudes, highest minus lowest for
 * rates and ages; null when fewer than two comparable values, or when they are too close to matter.
 */
function statementOf(row: NumericRow, columns: Column[]): Statement | null {
  if (row.compare === 'none') return null
  const reference = new Set(columns.filter((c) => c.reference).map((c) => c.iso3))
  const values = row.cells.filter((c): c is ValueCell => c.kind === 'value' && !reference.has(c.iso3))
  if (values.length < 2) return null
  let high = values[0] as ValueCell
  let low = values[0] as ValueCell
  for (const c of values) {
    if (c.value > high.value) high = c
    if (c.value < low.value) low = c
  }
  if (high.value === low.value) return null
  const side = (c: ValueCell): Side => ({ iso3: c.iso3, value: c.value, year: c.year })
  if (row.compare === 'ratio') {
    // A ratio needs two positive magnitudes (net ODA can be negative).
    if (low.value <= 0) return null
    const factor = high.value / low.value
    if (factor < MIN_RATIO) return null
    return { kind: 'ratio', row: row.id, high: side(high), low: side(low), factor }
  }
  return {
    kind: 'difference',
    row: row.id,
    high: side(high),
    low: side(low),
    difference: high.value - low.value,
  }
}

export function compareModel(input: CompareInput): CompareModel {
  const columns = compareColumns(input.compare, input.countries)
  const numeric: NumericRow[] = [
    indicatorRow('gdp_per_capita_usd', 'usd', 'ratio', columns, input),
    indicatorRow('gdp_growth_pct', 'percent', 'difference', columns, input),
    indicatorRow('population', 'persons', 'ratio', columns, input),
    indicatorRow('median_age', 'years', 'difference', columns, input),
    reportRow('oda2015_gross', 'grossTotal', 'ratio', columns, input),
    reportRow('oda2015_grantAid', 'grantAid', 'none', columns, input),
    reportRow('oda2015_technicalCooperation', 'technicalCooperation', 'none', columns, input),
    reportRow('oda2015_loansDisbursed', 'loansDisbursed', 'none', columns, input),
    reportRow('oda2015_net', 'netTotal', 'none', columns, input),
    oecdRow(columns, input),
  ].map((row) => markExtremes(row, columns))
  const cooperation = cooperationRows(columns, input).map((row) =>
    row.kind === 'number' ? markExtremes(row, columns) : row,
  )
  const rows: Row[] = [...numeric, ...cooperation]
  const statements = rows
    .filter((r): r is NumericRow => r.kind === 'number')
    .map((r) => statementOf(r, columns))
    .filter((s): s is Statement => s !== null)
  return { year: input.year, columns, rows, statements }
}
