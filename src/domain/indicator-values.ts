import type { IndicatorsFile, OdaFile } from '@/data/schema'
import type { IndicatorId } from '@/state/defaults'

/** Why a country has no value: shown to the user, never drawn as zero. */
export type NoDataReason =
  | 'no-series'
  | 'no-year'
  | 'not-recipient'
  | 'not-published'
  | 'not-in-report'
  | 'no-links-recorded'

export type CountryValue =
  | { iso3: string; value: number; year: number; sourceRef: string }
  | { iso3: string; value: null; year: number; reason: NoDataReason; sourceRef: string }

export interface IndicatorInput {
  indicators?: IndicatorsFile | undefined
  oda?: OdaFile | undefined
  /** Visible links per ASEAN country, for the link-count indicator. */
  linkCounts?: Map<string, number> | undefined
}

/** The series ids in indicators.json behind each map indicator. */
const SERIES_OF: Partial<Record<IndicatorId, string>> = {
  gdp_per_capita_usd: 'gdp_per_capita_usd',
  population: 'population',
  gdp_growth_pct: 'gdp_growth_pct',
}

/** Singapore and Brunei are not ODA recipients (OECD DAC list); Japan is the donor. */
export const NOT_ODA_RECIPIENTS = new Set(['SGP', 'BRN', 'JPN'])

/**
 * The value of an indicator for each country in a year, or the reason there is none.
 * The report's ODA table is for 2015 only, so that indicator ignores the chosen year.
 */
export function indicatorValues(
  indicator: IndicatorId,
  year: number,
  iso3s: readonly string[],
  input: IndicatorInput,
): CountryValue[] {
  const seriesId = SERIES_OF[indicator]
  if (seriesId) {
    const ind = input.indicators
    const source = ind?.indicators.find((i) => i.id === seriesId)?.source.ref ?? 'wb-wdi'
    return iso3s.map((iso3) => {
      const series = ind?.series.find((s) => s.iso3 === iso3 && s.indicator === seriesId)
      if (!series) return { iso3, value: null, year, reason: 'no-series', sourceRef: source }
      const point = series.points.find((p) => p[0] === year)
      return point && point[1] !== null
        ? { iso3, value: point[1], year, sourceRef: series.source.ref }
        : { iso3, value: null, year, reason: 'no-year', sourceRef: series.source.ref }
    })
  }
  if (indicator === 'oda_report_2015') {
    const table = input.oda?.report2015
    const source = table?.source.ref ?? 'clair-report'
    return iso3s.map((iso3) => {
      if (NOT_ODA_RECIPIENTS.has(iso3))
        return { iso3, value: null, year: 2015, reason: 'not-recipient', sourceRef: source }
      const row = table?.rows.find((r) => r.id === iso3)
      return row && row.grossTotal !== null
        ? { iso3, value: row.grossTotal, year: 2015, sourceRef: source }
        : { iso3, value: null, year: 2015, reason: 'not-in-report', sourceRef: source }
    })
  }
  if (indicator === 'oda_oecd_gross') {
    const oecd = input.oda?.oecd
    const source = oecd?.source.ref ?? 'oecd-dac2a'
    return iso3s.map((iso3) => {
      if (NOT_ODA_RECIPIENTS.has(iso3))
        return { iso3, value: null, year, reason: 'not-recipient', sourceRef: source }
      const series = oecd?.series.find((s) => s.iso3 === iso3 && s.flow === 'gross')
      const point = series?.points.find((p) => p[0] === year)
      if (!series || !point) return { iso3, value: null, year, reason: 'no-year', sourceRef: source }
      return point[1] === null
        ? { iso3, value: null, year, reason: 'not-published', sourceRef: source }
        : { iso3, value: point[1], year, sourceRef: source }
    })
  }
  // link_count: links recorded in the curated data (all years). None recorded is not the same as
  // none existing (the data is not CLAIR's full register), so it is shown as 'no link recorded'.
  return iso3s.map((iso3) => {
    const count = input.linkCounts?.get(iso3) ?? 0
    return count > 0
      ? { iso3, value: count, year, sourceRef: 'links' }
      : { iso3, value: null, year, reason: 'no-links-recorded', sourceRef: 'links' }
  })
}

/** Years for which an indicator has any value, ascending. */
export function indicatorYears(indicator: IndicatorId, input: IndicatorInput): number[] {
  const seriesId = SERIES_OF[indicator]
  const years = new Set<number>()
  if (seriesId) {
    for (const s of input.indicators?.series ?? []) {
      if (s.indicator === seriesId) for (const p of s.points) years.add(p[0])
    }
  } else if (indicator === 'oda_report_2015') years.add(2015)
  else if (indicator === 'oda_oecd_gross') {
    for (const s of input.oda?.oecd.series ?? []) for (const p of s.points) if (p[1] !== null) years.add(p[0])
  }
  return [...years].sort((a, b) => a - b)
}
