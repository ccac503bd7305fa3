import { DATA_DIR, loadDir } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { OdaReportRow } from './schema'
import type { DataFiles } from './schema-files'
import { validateFile } from './validate'

// Sanity checks on the real dataset that catch transcription slips the schema cannot see.

const raw = loadDir(DATA_DIR)
function file<N extends keyof DataFiles>(name: N): DataFiles[N] {
  const result = validateFile(name, raw[name])
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.problems[0])}`)
  return result.data
}
const countries = file('countries.json').countries
const oda = file('oda.json')
const places = file('places.json').places
const links = file('links.json').links
const projects = file('projects.json').projects
const schemes = file('schemes.json').schemes
const indicators = file('indicators.json')

// Printed values have 2 decimals; sums of rounded cells may differ by a few cents.
const ROUNDING = 0.5

describe('countries', () => {
  it('has the report’s ten ASEAN members, Timor-Leste since 2025, and Japan, the one non-member', () => {
    const asean = countries.filter((c) => c.asean).map((c) => c.iso3)
    expect(asean).toEqual(
      expect.arrayContaining(['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM']),
    )
    expect(countries.filter((c) => !c.asean).map((c) => c.iso3)).toEqual(['JPN'])
    // Timor-Leste joined on 2025-10-26: a member today, not in the report's ASEAN of 2018.
    const tls = countries.find((c) => c.iso3 === 'TLS')
    expect(tls).toMatchObject({ asean: true, accessionYear: 2025 })
    expect(tls?.source.url).toMatch(/^https:/)
  })

  it('accession years as the report gives them', () => {
    const year = Object.fromEntries(countries.map((c) => [c.iso3, c.accessionYear]))
    expect(year).toMatchObject({ IDN: 1967, MYS: 1967, PHL: 1967, SGP: 1967, THA: 1967 })
    expect(year).toMatchObject({ BRN: 1984, VNM: 1995, LAO: 1997, MMR: 1997, KHM: 1999, JPN: null })
  })
})

describe('ODA 2015, report 表３ (US$ million)', () => {
  const rows = oda.report2015.rows
  const byId = new Map(rows.map((r) => [r.id, r]))
  const n = (v: number | null) => v ?? 0

  it('has the 8 recipients in the printed rank order and the ASEAN total', () => {
    expect(rows.map((r) => r.id)).toEqual(['VNM', 'PHL', 'IDN', 'MMR', 'THA', 'LAO', 'KHM', 'MYS', 'ASEAN'])
  })

  it.each(rows.map((r) => [r.id, r] as const))('%s: row arithmetic holds', (_id, r: OdaReportRow) => {
    expect(Math.abs(n(r.grantAid) + n(r.technicalCooperation) - n(r.grantsTotal))).toBeLessThan(ROUNDING)
    // Documented exception: Myanmar's amount recovered is blank (null) in the report.
    expect(Math.abs(n(r.loansDisbursed) + n(r.loansRepaid) - n(r.loansNet))).toBeLessThan(ROUNDING)
    expect(Math.abs(n(r.grantsTotal) + n(r.loansNet) - n(r.netTotal))).toBeLessThan(ROUNDING)
    expect(Math.abs(n(r.grantsTotal) + n(r.loansDisbursed) - n(r.grossTotal))).toBeLessThan(ROUNDING)
  })

  it('only Myanmar has a blank cell, and it is the amount recovered', () => {
    const blanks = rows.flatMap((r) =>
      Object.entries(r)
        .filter(([, v]) => v === null)
        .map(([k]) => `${r.id}.${k}`),
    )
    expect(blanks).toEqual(['MMR.loansRepaid'])
  })

  it('the ASEAN total equals the sum of the 8 rows in every column', () => {
    const total = byId.get('ASEAN') as OdaReportRow
    const columns = [
      'grantAid',
      'technicalCooperation',
      'grantsTotal',
      'loansDisbursed',
      'loansRepaid',
      'loansNet',
      'netTotal',
      'grossTotal',
    ] as const
    for (const column of columns) {
      const sum = rows.filter((r) => r.id !== 'ASEAN').reduce((s, r) => s + n(r[column]), 0)
      expect(Math.abs(sum - n(total[column])), column).toBeLessThan(ROUNDING)
    }
  })

  it('spot values as printed (brackets are negatives)', () => {
    expect(byId.get('VNM')).toMatchObject({ grantAid: 12.94, loansDisbursed: 1327.42, grossTotal: 1418.88 })
    expect(byId.get('IDN')).toMatchObject({ loansNet: -1077.42, netTotal: -999.12 })
    expect(byId.get('ASEAN')).toMatchObject({ netTotal: 570.1, grossTotal: 3252.49 })
  })
})

describe('ODA 2015 by region, report 図１', () => {
  const rows = oda.byRegion2015.rows
  it('adds up to the report’s "about US$12 billion", Asia to 6.3 billion, Southeast Asia 27%', () => {
    const total = rows.reduce((s, r) => s + r.valueUsdMillion, 0)
    expect(total).toBeCloseTo(11994.12, 2)
    const asia = rows.filter((r) => r.group?.en === 'Asia').reduce((s, r) => s + r.valueUsdMillion, 0)
    expect(asia).toBeCloseTo(6333.08, 2)
    const sea = rows.find((r) => r.id === 'southeast-asia')
    expect(sea?.valueUsdMillion).toBe(3281.71)
    expect(sea?.sharePct).toBe(27)
    expect(Math.round(((sea?.valueUsdMillion ?? 0) / total) * 100)).toBe(27)
  })
})

describe('OECD DAC2A, Japan → ASEAN (constant 2022 US$ million)', () => {
  const series = oda.oecd.series
  const point = (iso3: string, flow: string, year: number) =>
    series.find((s) => s.iso3 === iso3 && s.flow === flow)?.points.find((p) => p[0] === year)?.[1]

  it('Japan → Viet Nam 2015: gross 1332.32, net 1009.35, loans net 923.47, TC 73.73', () => {
    expect(point('VNM', 'gross', 2015)).toBe(1332.32)
    expect(point('VNM', 'net', 2015)).toBe(1009.35)
    expect(point('VNM', 'loans_net', 2015)).toBe(923.47)
    expect(point('VNM', 'technical_cooperation', 2015)).toBe(73.73)
  })

  it('every series covers 2009–2022, each ODA recipient among the members × 6 flows', () => {
    // Brunei and Singapore are not ODA recipients; every other member is.
    const recipients = countries.filter((c) => c.asean && c.iso3 !== 'BRN' && c.iso3 !== 'SGP')
    expect(series).toHaveLength(recipients.length * oda.oecd.flows.length)
    for (const c of recipients)
      expect(
        series.some((s) => s.iso3 === c.iso3),
        c.iso3,
      ).toBe(true)
    for (const s of series)
      expect(s.points.map((p) => p[0])).toEqual(Array.from({ length: 14 }, (_, i) => 2009 + i))
  })

  it('a negative net year is null, never 0 (Viet Nam 2022)', () => {
    expect(point('VNM', 'net', 2022)).toBeNull()
    expect(point('VNM', 'gross', 2022)).toBe(386.8)
    for (const s of series) for (const p of s.points) expect(p[1]).not.toBe(0)
  })
})

describe('indicators', () => {
  it('WDI series for every country, with no invented zeros', () => {
    for (const id of ['gdp_per_capita_usd', 'population', 'gdp_growth_pct'] as const) {
      const list = indicators.series.filter((s) => s.indicator === id)
      expect(list.map((s) => s.iso3).sort()).toEqual(countries.map((c) => c.iso3).sort())
      // From 1990 for the countries the report covers; WDI's Timor-Leste growth series starts later.
      for (const s of list) expect(s.points[0]?.[0]).toBeGreaterThanOrEqual(1990)
      for (const s of list.filter((x) => x.iso3 !== 'TLS')) expect(s.points[0]?.[0]).toBe(1990)
    }
    for (const s of indicators.series.filter((x) => x.indicator !== 'gdp_growth_pct'))
      for (const p of s.points) expect(p[1]).toBeGreaterThan(0)
  })

  it('population is a whole number; median age is a single 2020 projection', () => {
    for (const s of indicators.series.filter((x) => x.indicator === 'population'))
      for (const p of s.points) expect(Number.isInteger(p[1])).toBe(true)
    const median = indicators.series.filter((x) => x.indicator === 'median_age')
    // Every country but Timor-Leste, which the UN WPP 2017 extract does not hold ("no data").
    expect(median.map((s) => s.iso3).sort()).toEqual(
      countries
        .map((c) => c.iso3)
        .filter((iso3) => iso3 !== 'TLS')
        .sort(),
    )
    for (const s of median) expect(s.points.map((p) => p[0])).toEqual([2020])
    expect(median.find((s) => s.iso3 === 'JPN')?.points[0]?.[1]).toBe(48.2)
  })
})

describe('case studies (report 第２章)', () => {
  const outcome = (projectId: string, outcomeId: string) =>
    projects.find((p) => p.id === projectId)?.outcomes.find((o) => o.id === outcomeId)

  it('Phnom Penh non-revenue water 70% (1993) → 8% (2006)', () => {
    expect(outcome('kitakyushu-phnom-penh-water-hrd-phase-1', 'nrw-phnom-penh')).toMatchObject({
      place: 'kh-phnom-penh',
      points: [
        { year: 1993, value: 70 },
        { year: 2006, value: 8 },
      ],
    })
  })

  it('8 provincial cities 30% (2003) → 17% (2011)', () => {
    expect(outcome('kitakyushu-cambodia-water-hrd-phase-2', 'nrw-provincial-average')?.points).toEqual([
      { year: 2003, value: 30 },
      { year: 2011, value: 17 },
    ])
  })

  it('Osaki recycling 83.2% (FY2015) and landfill −84% vs 1998', () => {
    expect(outcome('osaki-depok-grassroots', 'osaki-recycling-rate')?.points).toEqual([
      { year: 2015, value: 83.2 },
    ])
    expect(outcome('osaki-depok-grassroots', 'osaki-landfill-change')?.points).toEqual([
      { year: 2015, value: -84 },
    ])
  })

  it('report ties with their years', () => {
    const year = (id: string) => links.find((l) => l.id === id)?.year
    expect(year('kitakyushu-phnom-penh')).toBe(2016)
    expect(year('kitakyushu-surabaya')).toBe(2012)
    expect(year('kitakyushu-hai-phong')).toBe(2014)
    expect(year('yokohama-cebu-city')).toBe(2012)
    expect(year('yokohama-da-nang')).toBe(2013)
    expect(year('yokohama-bangkok')).toBe(2013)
    expect(year('yokohama-batam')).toBe(2015)
    expect(year('osaki-depok')).toBe(2011)
  })
})

describe('CLAIR model projects, report 表６', () => {
  it('13 rows, one project each, all on the clair-model scheme', () => {
    const table6 = projects.filter((p) => p.source.locator?.includes('表6'))
    expect(table6).toHaveLength(13)
    for (const p of table6) expect(p.scheme).toBe('clair-model')
  })
})

describe('schemes (report 第２章 第３節)', () => {
  const scheme = (id: string) => schemes.find((s) => s.id === id)
  it('regional revitalisation window: ≤ ¥60M, ≤ 3 years, 57 projects of which 40 in ASEAN', () => {
    const s = scheme('jica-grassroots-regional')
    expect(s?.ceiling?.amount).toBe(60_000_000)
    expect(s?.maxYears).toBe(3)
    expect(s?.figures?.map((f) => f.value)).toEqual([57, 40])
  })
  it('CLAIR model projects: ¥3M single, ¥5M joint', () => {
    const values = scheme('clair-model')?.figures?.map((f) => f.value)
    expect(values?.slice(0, 2)).toEqual([3_000_000, 5_000_000])
  })
})

describe('network shape', () => {
  it('one link per pair of places', () => {
    const pairs = links.map((l) => `${l.jp}|${l.asean}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  it('every place borrowed from elsewhere says so', () => {
    for (const p of places)
      if (p.country !== 'JPN' && p.geonameid === undefined) expect(p.coordNote, p.id).toBeDefined()
  })

  it('a tie is low confidence exactly where its source is secondary (news, blog, Wikipedia, a mirror)', () => {
    const secondary = file('sources.json')
      .sources.filter((s) => s.secondary)
      .map((s) => s.id)
    for (const l of links.filter((x) => x.relation !== 'project'))
      expect(l.confidence === 'low', l.id).toBe(secondary.includes(l.source.ref))
    expect(
      links.filter((l) => l.source.url?.includes('sayaka-office.com')).every((l) => l.confidence === 'low'),
    ).toBe(true)
  })
})
