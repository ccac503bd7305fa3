import type { OdaFile } from '@/data/schema'
import { type Cite, LONG_HEADER, type LongRow, longRows, type PanelTable } from '../panel-table'
import { ODA_PARTS } from './oda-model'

type Local = (text: { ja: string; en: string }) => string

/** The report's columns the bars and totals of the ODA panel come from. */
const REPORT_COLUMNS = [...ODA_PARTS, 'grossTotal', 'netTotal'] as const

/**
 * The ODA panel's download: the report's 2015 table for each recipient (every part of the bars and
 * both totals) and the OECD series the line chart plots (the shown flow, every year), one value per
 * row. A blank cell of the report and a year the OECD extract does not publish are rows without a
 * value, whose note says why: never 0.
 */
export function odaTable(args: {
  oda: OdaFile
  view: 'gross' | 'net'
  nameOf: (iso3: string) => string
  text: Local
  labels: Record<(typeof REPORT_COLUMNS)[number], string> & { blank: string }
  cite: Cite
  notes: string[]
}): PanelTable {
  const { oda, text } = args
  const rows: LongRow[] = []
  const reportUnit = text(oda.report2015.unit)
  for (const r of oda.report2015.rows) {
    if (r.id === 'ASEAN') continue
    for (const column of REPORT_COLUMNS) {
      const value = r[column]
      rows.push({
        country: args.nameOf(r.id),
        iso3: r.id,
        year: 2015,
        indicator: args.labels[column],
        value,
        unit: reportUnit,
        source: args.cite(r.source),
        note: value === null ? args.labels.blank : undefined,
      })
    }
  }
  const flow = oda.oecd.flows.find((f) => f.id === args.view)
  const oecdUnit = text(oda.oecd.unit)
  for (const s of oda.oecd.series) {
    if (s.flow !== args.view) continue
    for (const [year, value] of s.points) {
      rows.push({
        country: args.nameOf(s.iso3),
        iso3: s.iso3,
        year,
        indicator: flow ? text(flow.name) : s.flow,
        value,
        unit: oecdUnit,
        source: args.cite(s.source),
        note: value === null && flow ? text(flow.missingMeans) : undefined,
      })
    }
  }
  return { header: LONG_HEADER, rows: longRows(rows), notes: args.notes }
}
