import type { SourceRef } from '@/data/schema'
import type { SourceRecord } from '@/data/schema-files'
import type { Lang } from '@/i18n/i18n'
import { citationText } from '@/shared/citation'
import type { CsvCell } from '@/shared/csv'
import type { Sheet } from '@/shared/xlsx-build'

// What a panel's downloads hold: a table of everything the panel plots (the CSV, and the Excel
// workbook's Data sheet), with its sources and notes beside it in the workbook, never as `#` lines
// a spreadsheet would read as data. Pure: no React, no DOM.

export interface PanelTable {
  header: string[]
  rows: CsvCell[][]
  /** Caveats and filters the panel states beside the chart: the workbook's Notes sheet. */
  notes: string[]
}

/** The long format of the indicator panels: one value per row, each with its unit and source. */
export const LONG_HEADER = ['country', 'iso3', 'year', 'indicator', 'value', 'unit', 'source', 'note']

export interface LongRow {
  country: string
  iso3: string
  year: number
  indicator: string
  /** null: no value; `note` says why (never written as 0). */
  value: number | null
  unit: string
  source: string
  note?: string
}

export function longRows(rows: readonly LongRow[]): CsvCell[][] {
  return rows.map((r) => [r.country, r.iso3, r.year, r.indicator, r.value, r.unit, r.source, r.note ?? ''])
}

/** A source as one cell: publisher, title · locator, in the reader's language. */
export type Cite = (ref: SourceRef) => string

export function citer(
  citations: ReadonlyMap<string, SourceRecord> | undefined,
  lang: Lang,
  userImport: string,
): Cite {
  return (ref) => citationText(ref, citations?.get(ref.ref), lang, { userImport })
}

/** The labels of the workbook's sheets and of its Sources and Notes columns, in the reader's language. */
export interface WorkbookLabels {
  data: string
  sources: string
  notes: string
  sourceColumns: [string, string, string, string, string, string, string]
  noteColumns: [string, string]
  title: string
  subtitle: string
  downloaded: string
  note: string
}

/**
 * A panel's workbook: the Data sheet (the CSV's table), a Sources sheet (every source the panel
 * cites, with its publisher, title, year, licence, address and where in it) and a Notes sheet (the
 * panel's title, what it shows, its caveats and the day it was downloaded).
 */
export function panelWorkbook(
  table: PanelTable,
  refs: readonly SourceRef[],
  citations: ReadonlyMap<string, SourceRecord> | undefined,
  lang: Lang,
  labels: WorkbookLabels,
  about: { title: string; subtitle: string; date: string },
): Sheet[] {
  const seen = new Set<string>()
  const sources: CsvCell[][] = []
  for (const r of refs) {
    const key = `${r.ref}|${r.locator ?? ''}|${r.url ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const c = citations?.get(r.ref)
    sources.push([
      r.ref,
      c?.publisher[lang] ?? '',
      r.title ?? c?.title[lang] ?? '',
      c?.year ?? null,
      c?.licence ?? '',
      r.url ?? c?.url ?? '',
      r.locator ?? '',
    ])
  }
  return [
    { name: labels.data, header: table.header, rows: table.rows },
    { name: labels.sources, header: labels.sourceColumns, rows: sources },
    {
      name: labels.notes,
      header: labels.noteColumns,
      rows: [
        [labels.title, about.title],
        [labels.subtitle, about.subtitle],
        ...table.notes.map((n) => [labels.note, n]),
        [labels.downloaded, about.date],
      ],
    },
  ]
}
