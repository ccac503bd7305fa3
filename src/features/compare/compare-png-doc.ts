import type { SourceRecord } from '@/data/schema-files'
import {
  cellText,
  type Labels,
  listLines,
  local,
  markText,
  reasonText,
  rowName,
  rowSourceText,
  rowUnit,
  statementText,
  yearText,
} from './compare-text'
import type { CompareModel } from './compare-types'

/**
 * The comparison as an image, first as a document of plain strings: what the image says
 * (compare-png-layout.ts places it, compare-png.ts draws it on a canvas). Pure.
 */

export interface PngCell {
  main: string
  sub: string[]
  mark: 'max' | 'min' | null
  markLabel: string
  missing: boolean
  trend?: [number, number][]
}
export interface PngRow {
  label: string
  unit: string
  part: boolean
  cells: PngCell[]
}
export interface PngDoc {
  lang: Labels['lang']
  title: string
  subtitle: string
  measureHeader: string
  columns: { name: string; note: string }[]
  sections: { title: string; rows: PngRow[] }[]
  statementsTitle: string
  statements: string[]
  sourcesTitle: string
  sources: string[]
  footer: string
}

/** Longest list shown in one cell of the image; the rest is counted ("… and 4 more"). */
export const PNG_LIST_MAX = 6

export function comparePngDoc(
  model: CompareModel,
  labels: Labels,
  citations: ReadonlyMap<string, SourceRecord>,
  date: string,
): PngDoc {
  const { t, lang } = labels
  const names = model.columns.map((c) => local(c.name, lang)).join(lang === 'ja' ? '、' : ', ')
  const sectionIds = ['economy', 'oda', 'cooperation'] as const
  const sources = new Set<string>()
  const sections = sectionIds.map((section) => ({
    title: t(`compare.sections.${section}`),
    rows: model.rows
      .filter((r) => r.section === section)
      .map((row): PngRow => {
        sources.add(rowSourceText(row, citations, labels))
        const cells = model.columns.map((col): PngCell => {
          if (row.kind === 'number') {
            const cell = row.cells.find((c) => c.iso3 === col.iso3)
            if (!cell) return { main: '', sub: [], mark: null, markLabel: '', missing: true }
            if (cell.kind === 'missing') {
              const year = yearText(row, cell, labels)
              return {
                main: t('noData'),
                sub: [reasonText(cell, labels), ...(year ? [year] : [])],
                mark: null,
                markLabel: '',
                missing: true,
              }
            }
            return {
              main: cellText(row, cell, labels),
              sub: [yearText(row, cell, labels)],
              mark: cell.mark,
              markLabel: markText(cell.mark, labels),
              missing: false,
              ...(cell.trend && cell.trend.length > 1 ? { trend: cell.trend } : {}),
            }
          }
          const lines = listLines(row, col.iso3, labels)
          const cell = row.cells.find((c) => c.iso3 === col.iso3)
          const missing = cell?.kind === 'missing'
          const shown = lines.length > PNG_LIST_MAX ? lines.slice(0, PNG_LIST_MAX - 1) : lines
          const more = lines.length - shown.length
          return {
            main: missing ? t('noData') : '',
            sub: missing
              ? lines.map((l) => l.replace(`${t('noData')} — `, ''))
              : [...shown, ...(more > 0 ? [t('compare.png.more', { count: more })] : [])],
            mark: null,
            markLabel: '',
            missing,
          }
        })
        return {
          label: rowName(row, labels),
          unit: rowUnit(row, labels),
          part: row.kind === 'number' && row.part,
          cells,
        }
      }),
  }))
  return {
    lang,
    title: t('compare.png.title', { names }),
    subtitle: t('compare.png.subtitle', { year: model.year }),
    measureHeader: t('compare.measure'),
    columns: model.columns.map((c) => ({
      name: local(c.name, lang),
      note: c.reference ? t('compare.reference') : '',
    })),
    sections,
    statementsTitle: t('compare.glance'),
    statements: model.statements.map((s) => statementText(s, model, labels)),
    sourcesTitle: t('compare.png.sources'),
    sources: [...sources].filter((s) => s !== ''),
    footer: t('compare.png.footer', { date }),
  }
}

// ---------------------------------------------------------------------------------------------
