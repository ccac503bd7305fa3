import type { OdaReportRow } from '@/data/schema'
import { NOT_ODA_RECIPIENTS } from '@/domain/indicator-values'
import { JAPAN } from '@/state/defaults'
import type {
  Column,
  CompareInput,
  MissingCell,
  MissingReason,
  NumberFormat,
  NumericCell,
  NumericRow,
  NumericRowId,
  ValueCell,
} from './compare-types'

// The comparison's figures: the indicators' rows and the ODA rows, one cell per column, each a value
// of the year asked for (or the latest before it) or the reason there is none.

/** The first year of the GDP per capita sparkline (the WDI series here start in 1990). */
const TREND_FROM = 1990

/** The point of a series at `year`, or else the latest earlier one; undefined when there is none. */
export function pointAtOrBefore<V>(
  points: readonly (readonly [number, V])[],
  year: number,
): readonly [number, V] | undefined {
  let found: readonly [number, V] | undefined
  for (const p of points) {
    if (p[0] > year) break
    found = p
  }
  return found
}

export const missing = (
  iso3: string,
  reason: MissingReason,
  extra: Partial<Omit<MissingCell, 'kind' | 'iso3' | 'reason'>> = {},
): MissingCell => ({ kind: 'missing', iso3, reason, year: null, fallbackFrom: null, ...extra })

export function indicatorRow(
  id: 'gdp_per_capita_usd' | 'gdp_growth_pct' | 'population' | 'median_age',
  format: NumberFormat,
  compare: NumericRow['compare'],
  columns: Column[],
  input: CompareInput,
): NumericRow {
  const file = input.indicators
  const meta = file?.indicators.find((i) => i.id === id)
  // Median age is a single projection year (2020): it is shown as it is, whatever year is chosen.
  const fixedYear = id === 'median_age' ? 2020 : null
  const cells = columns.map((col): NumericCell => {
    if (!file) return missing(col.iso3, 'file-unavailable')
    const series = file.series.find((s) => s.iso3 === col.iso3 && s.indicator === id)
    if (!series) return missing(col.iso3, 'no-series', { source: meta?.source })
    const point = fixedYear === null ? pointAtOrBefore(series.points, input.year) : series.points.at(-1)
    if (!point) return missing(col.iso3, 'no-earlier-year', { year: input.year, source: series.source })
    const cell: ValueCell = {
      kind: 'value',
      iso3: col.iso3,
      value: point[1],
      year: point[0],
      fallbackFrom: fixedYear === null && point[0] !== input.year ? input.year : null,
      source: series.source,
      mark: null,
    }
    if (id === 'gdp_per_capita_usd') {
      cell.trend = series.points
        .filter((p) => p[0] >= TREND_FROM && p[0] <= point[0])
        .map((p) => [p[0], p[1]])
    }
    return cell
  })
  return {
    kind: 'number',
    id,
    section: 'economy',
    name: meta?.name,
    unit: meta?.unit,
    format,
    fixedYear,
    part: false,
    source: meta?.source,
    note: id === 'median_age' ? meta?.note : undefined,
    cells,
    compare,
  }
}

type ReportField = 'grossTotal' | 'grantAid' | 'technicalCooperation' | 'loansDisbursed' | 'netTotal'

export function reportRow(
  id: NumericRowId,
  field: ReportField,
  compare: NumericRow['compare'],
  columns: Column[],
  input: CompareInput,
): NumericRow {
  const table = input.oda?.report2015
  const cells = columns.map((col): NumericCell => {
    if (!table) return missing(col.iso3, 'file-unavailable', { year: 2015 })
    if (col.iso3 === JAPAN) return missing(col.iso3, 'donor', { year: 2015, source: table.source })
    if (NOT_ODA_RECIPIENTS.has(col.iso3))
      return missing(col.iso3, 'not-recipient', { year: 2015, source: table.source })
    const row: OdaReportRow | undefined = table.rows.find((r) => r.id === col.iso3)
    if (!row) return missing(col.iso3, 'not-in-report', { year: 2015, source: table.source })
    const value = row[field]
    if (value === null)
      return missing(col.iso3, 'blank-in-report', { year: 2015, source: row.source, note: row.note })
    return {
      kind: 'value',
      iso3: col.iso3,
      value,
      year: 2015,
      fallbackFrom: null,
      source: row.source,
      mark: null,
    }
  })
  return {
    kind: 'number',
    id,
    section: 'oda',
    unit: table?.unit,
    format: 'usdMillion',
    fixedYear: 2015,
    part: field !== 'grossTotal' && field !== 'netTotal',
    source: table?.source,
    cells,
    compare,
  }
}

export function oecdRow(columns: Column[], input: CompareInput): NumericRow {
  const oecd = input.oda?.oecd
  const flow = oecd?.flows.find((f) => f.id === 'gross')
  const cells = columns.map((col): NumericCell => {
    if (!oecd) return missing(col.iso3, 'file-unavailable')
    if (col.iso3 === JAPAN) return missing(col.iso3, 'donor', { source: oecd.source })
    if (NOT_ODA_RECIPIENTS.has(col.iso3)) return missing(col.iso3, 'not-recipient', { source: oecd.source })
    const series = oecd.series.find((s) => s.iso3 === col.iso3 && s.flow === 'gross')
    if (!series) return missing(col.iso3, 'no-series', { source: oecd.source })
    const point = pointAtOrBefore(series.points, input.year)
    if (!point) return missing(col.iso3, 'no-earlier-year', { year: input.year, source: series.source })
    const fallbackFrom = point[0] !== input.year ? input.year : null
    // A null point is a year the extract has no value for: its flow says what that means.
    if (point[1] === null)
      return missing(col.iso3, 'not-published', {
        year: point[0],
        fallbackFrom,
        source: series.source,
        note: flow?.missingMeans,
      })
    const trend = series.points
      .filter((p): p is [number, number] => p[1] !== null && p[0] <= point[0])
      .map((p): [number, number] => [p[0], p[1]])
    return {
      kind: 'value',
      iso3: col.iso3,
      value: point[1],
      year: point[0],
      fallbackFrom,
      source: series.source,
      mark: null,
      trend,
    }
  })
  return {
    kind: 'number',
    id: 'oecd_gross',
    section: 'oda',
    unit: oecd?.unit,
    format: 'usdMillion',
    fixedYear: null,
    part: false,
    source: oecd?.source,
    cells,
    compare: 'ratio',
  }
}
