import type { IndicatorSeries } from '@/data/schema'
import { type Cite, LONG_HEADER, type LongRow, longRows, type PanelTable } from '../panel-table'

/**
 * The GDP panel's download: every value it plots (each ASEAN member's series over the drawn years,
 * and Japan's when it is shown as the reference line), one per row, with unit and source.
 */
export function gdpTable(args: {
  series: readonly IndicatorSeries[]
  reference: IndicatorSeries | null
  years: readonly [number, number]
  indicator: string
  unit: string
  nameOf: (iso3: string) => string
  cite: Cite
  notes: string[]
}): PanelTable {
  const [from, to] = args.years
  const rows: LongRow[] = []
  for (const s of [...args.series, ...(args.reference ? [args.reference] : [])]) {
    for (const [year, value] of s.points) {
      if (year < from || year > to) continue
      rows.push({
        country: args.nameOf(s.iso3),
        iso3: s.iso3,
        year,
        indicator: args.indicator,
        value,
        unit: args.unit,
        source: args.cite(s.source),
      })
    }
  }
  return { header: LONG_HEADER, rows: longRows(rows), notes: args.notes }
}
