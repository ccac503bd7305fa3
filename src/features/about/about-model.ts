// What each data file covers and where it has holes, computed from the loaded files: the "About the
// data" view states numbers that cannot drift from the data. Pure: no React.
import type {
  IndicatorId,
  IndicatorsFile,
  LinksFile,
  OdaFile,
  OdaFlowId,
  PlacesFile,
  Relation,
} from '@/data/schema'
import type { CountriesFile, ProjectsFile } from '@/data/schema-files'

export type YearRanges = [number, number][]

/** [1990, 1991, 1992, 2025] → [[1990, 1992], [2025, 2025]] */
export function toRanges(years: readonly number[]): YearRanges {
  const sorted = [...years].sort((a, b) => a - b)
  const out: YearRanges = []
  for (const y of sorted) {
    const last = out[out.length - 1]
    if (last && y === last[1] + 1) last[1] = y
    else out.push([y, y])
  }
  return out
}

export function formatRanges(ranges: YearRanges): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ')
}

export interface LinkCoverage {
  total: number
  jpPlaces: number
  aseanPlaces: number
  byCountry: { iso3: string; count: number }[]
  /** ASEAN members with no link at all. */
  none: string[]
  byRelation: { relation: Relation; count: number }[]
  lowConfidence: number
}

/** The curated links only (the user's imports are counted apart). */
export function linkCoverage(countries: CountriesFile, places: PlacesFile, links: LinksFile): LinkCoverage {
  const placeCountry = new Map(places.places.map((p) => [p.id, p.country]))
  const byCountry = new Map<string, number>()
  const byRelation = new Map<Relation, number>()
  const jp = new Set<string>()
  const asean = new Set<string>()
  for (const link of links.links) {
    const iso3 = placeCountry.get(link.asean)
    if (iso3) byCountry.set(iso3, (byCountry.get(iso3) ?? 0) + 1)
    byRelation.set(link.relation, (byRelation.get(link.relation) ?? 0) + 1)
    jp.add(link.jp)
    asean.add(link.asean)
  }
  const members = countries.countries.filter((c) => c.asean).map((c) => c.iso3)
  return {
    total: links.links.length,
    jpPlaces: jp.size,
    aseanPlaces: asean.size,
    byCountry: members
      .filter((iso3) => byCountry.has(iso3))
      .map((iso3) => ({ iso3, count: byCountry.get(iso3) as number }))
      .sort((a, b) => b.count - a.count),
    none: members.filter((iso3) => !byCountry.has(iso3)),
    byRelation: [...byRelation]
      .map(([relation, count]) => ({ relation, count }))
      .sort((a, b) => b.count - a.count),
    lowConfidence: links.links.filter((l) => l.confidence === 'low').length,
  }
}

export interface IndicatorCoverage {
  id: IndicatorId
  from: number
  to: number
  /** ASEAN members with missing years inside [from, to] (or no series at all: the whole range). */
  gaps: { iso3: string; years: YearRanges }[]
}

export function indicatorCoverage(countries: CountriesFile, indicators: IndicatorsFile): IndicatorCoverage[] {
  const members = countries.countries.filter((c) => c.asean).map((c) => c.iso3)
  return indicators.indicators.map((ind) => {
    const series = indicators.series.filter((s) => s.indicator === ind.id)
    const years = series.flatMap((s) => s.points.map((p) => p[0]))
    const from = Math.min(...years)
    const to = Math.max(...years)
    const gaps: IndicatorCoverage['gaps'] = []
    for (const iso3 of members) {
      const have = new Set(series.find((s) => s.iso3 === iso3)?.points.map((p) => p[0]) ?? [])
      const missing: number[] = []
      for (let y = from; y <= to; y++) if (!have.has(y)) missing.push(y)
      if (missing.length) gaps.push({ iso3, years: toRanges(missing) })
    }
    return { id: ind.id, from, to, gaps }
  })
}

export interface OdaCoverage {
  reportCountries: string[]
  /** ASEAN members without a row in the report's table 3. */
  reportMissing: string[]
  /** Report cells left blank (null), as "ISO3 field". */
  reportBlank: { iso3: string; field: string }[]
  oecdFrom: number
  oecdTo: number
  oecdCountries: string[]
  oecdMissing: string[]
  /** Years without a value per flow, summed over countries (net flows: negative or zero). */
  oecdNulls: { flow: OdaFlowId; count: number }[]
  /** Per flow with gaps: which countries lack which years. */
  oecdGaps: { flow: OdaFlowId; gaps: { iso3: string; years: YearRanges }[] }[]
}

export function odaCoverage(countries: CountriesFile, oda: OdaFile): OdaCoverage {
  const members = countries.countries.filter((c) => c.asean).map((c) => c.iso3)
  const reportCountries = oda.report2015.rows.map((r) => r.id).filter((id) => members.includes(id))
  const reportBlank: OdaCoverage['reportBlank'] = []
  for (const row of oda.report2015.rows) {
    for (const [field, value] of Object.entries(row))
      if (value === null) reportBlank.push({ iso3: row.id, field })
  }
  const years = oda.oecd.series.flatMap((s) => s.points.map((p) => p[0]))
  const oecdCountries = [...new Set(oda.oecd.series.map((s) => s.iso3))].filter((c) => members.includes(c))
  const nulls = new Map<OdaFlowId, number>()
  for (const s of oda.oecd.series) {
    const n = s.points.filter((p) => p[1] === null).length
    nulls.set(s.flow, (nulls.get(s.flow) ?? 0) + n)
  }
  return {
    reportCountries,
    reportMissing: members.filter((c) => !reportCountries.includes(c)),
    reportBlank,
    oecdFrom: Math.min(...years),
    oecdTo: Math.max(...years),
    oecdCountries,
    oecdMissing: members.filter((c) => !oecdCountries.includes(c)),
    oecdNulls: oda.oecd.flows.map((f) => ({ flow: f.id, count: nulls.get(f.id) ?? 0 })),
    oecdGaps: oda.oecd.flows
      .map((f) => ({
        flow: f.id,
        gaps: oda.oecd.series
          .filter((s) => s.flow === f.id)
          .map((s) => ({
            iso3: s.iso3,
            years: toRanges(s.points.filter((p) => p[1] === null).map((p) => p[0])),
          }))
          .filter((g) => g.years.length > 0),
      }))
      .filter((f) => f.gaps.length > 0),
  }
}

export interface PlaceCoverage {
  jp: number
  asean: number
  /** Points that stand for another place (a province drawn at its capital, …). */
  borrowed: number
}

export function placeCoverage(places: PlacesFile): PlaceCoverage {
  return {
    jp: places.places.filter((p) => p.country === 'JPN').length,
    asean: places.places.filter((p) => p.country !== 'JPN').length,
    borrowed: places.places.filter((p) => p.coordNote !== undefined).length,
  }
}

export function projectCoverage(projects: ProjectsFile): {
  total: number
  from: number
  to: number
  withOutcomes: number
} {
  const starts = projects.projects.flatMap((p) => (p.startYear === null ? [] : [p.startYear]))
  return {
    total: projects.projects.length,
    from: Math.min(...starts),
    to: Math.max(...starts),
    withOutcomes: projects.projects.filter((p) => p.outcomes.length > 0).length,
  }
}
