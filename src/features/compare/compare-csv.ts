import type { SourceRecord } from '@/data/schema-files'
import { toCsv } from '@/shared/csv'
import {
  columnName,
  type Labels,
  listLines,
  local,
  missingText,
  rowName,
  rowSourceText,
  rowUnit,
} from './compare-text'
import type { CompareModel } from './compare-types'

/**
 * The comparison as a table of plain cells, one line per row of the view. Numbers stay numbers as
 * the data has them (no rounding, no grouping); a missing value is its reason in words, never an
 * empty cell or a 0. Header: measure, unit, then a value and a year column per country, then notes
 * and the source.
 */
export function compareCsvTable(
  model: CompareModel,
  labels: Labels,
  citations: ReadonlyMap<string, SourceRecord>,
): { fields: string[]; data: (string | number)[][] } {
  const { t, lang } = labels
  const fields = [
    t('compare.csv.measure'),
    t('compare.csv.unit'),
    ...model.columns.flatMap((c) => {
      const name = `${local(c.name, lang)} (${c.iso3})`
      return [name, t('compare.csv.yearOf', { name })]
    }),
    t('compare.csv.note'),
    t('compare.csv.source'),
  ]
  const data = model.rows.map((row) => {
    const cells: (string | number)[] = []
    const notes: string[] = []
    if (row.kind === 'number') {
      for (const cell of row.cells) {
        cells.push(cell.kind === 'value' ? cell.value : missingText(cell, labels))
        cells.push(cell.year ?? (cell.kind === 'value' ? t('compare.allYears') : ''))
        if (cell.fallbackFrom !== null && cell.year !== null) {
          notes.push(
            t('compare.csv.fallbackNote', {
              name: columnName(model, cell.iso3, lang),
              year: cell.year,
              requested: cell.fallbackFrom,
            }),
          )
        }
      }
      if (row.note) notes.unshift(local(row.note, lang))
    } else {
      for (const c of model.columns) {
        cells.push(listLines(row, c.iso3, labels).join('; '))
        cells.push(t('compare.allYears'))
      }
    }
    return [
      rowName(row, labels),
      rowUnit(row, labels),
      ...cells,
      notes.join(' '),
      rowSourceText(row, citations, labels),
    ]
  })
  return { fields, data }
}

/** CSV text (shared/csv.ts): formula-like text cells are escaped; numbers are written as numbers. */
export function compareCsv(
  model: CompareModel,
  labels: Labels,
  citations: ReadonlyMap<string, SourceRecord>,
): string {
  const { fields, data } = compareCsvTable(model, labels, citations)
  return toCsv([fields, ...data])
}

/** The file name: the countries and the year, e.g. compare-KHM-VNM-2025.csv. */
export function compareFileName(model: CompareModel, ext: 'csv' | 'png'): string {
  return `compare-${model.columns.map((c) => c.iso3).join('-')}-${model.year}.${ext}`
}
