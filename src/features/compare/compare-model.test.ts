import { COUNTRIES, input, LINKS, NETWORK } from '@test/fixtures/compare-input'
import { describe, expect, it } from 'vitest'
import { compareColumns, compareModel } from './compare-model'
import { pointAtOrBefore } from './compare-rows'
import type { CompareModel, ListRow, NumericRow, NumericRowId, PartnerItem, ValueCell } from './compare-types'

const row = (m: CompareModel, id: NumericRowId) =>
  m.rows.find((r): r is NumericRow => r.kind === 'number' && r.id === id) as NumericRow
const list = (m: CompareModel, id: ListRow['id']) =>
  m.rows.find((r): r is ListRow => r.kind === 'list' && r.id === id) as ListRow
const cell = (m: CompareModel, id: NumericRowId, iso3: string) =>
  row(m, id).cells.find((c) => c.iso3 === iso3)

describe('compare columns', () => {
  it('keep the chosen order, drop unknown codes and put Japan last as the reference', () => {
    const cols = compareColumns(['JPN', 'VNM', 'XXX', 'KHM'], COUNTRIES)
    expect(cols.map((c) => c.iso3)).toEqual(['VNM', 'KHM', 'JPN'])
    expect(cols.map((c) => c.reference)).toEqual([false, false, true])
  })
})

describe('pointAtOrBefore', () => {
  it('takes the year itself, else the latest earlier one, else nothing', () => {
    const pts = [
      [2000, 1],
      [2010, 2],
    ] as const
    expect(pointAtOrBefore(pts, 2010)).toEqual([2010, 2])
    expect(pointAtOrBefore(pts, 2015)).toEqual([2010, 2])
    expect(pointAtOrBefore(pts, 1999)).toBeUndefined()
  })
})

describe('compare model', () => {
  it('gives each value its year and source', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    expect(cell(m, 'gdp_per_capita_usd', 'KHM')).toMatchObject({
      kind: 'value',
      value: 1200,
      year: 2017,
      fallbackFrom: null,
      source: { ref: 'wb-wdi', locator: 'NY.GDP.PCAP.CD' },
    })
  })

  it('falls back to the latest earlier year when the chosen year has none, and says so', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    expect(cell(m, 'gdp_per_capita_usd', 'VNM')).toMatchObject({
      value: 2400,
      year: 2016,
      fallbackFrom: 2017,
    })
  })

  it('says why there is no value before the first year of a series', () => {
    const m = compareModel(input(['KHM', 'VNM'], 1980))
    expect(cell(m, 'gdp_per_capita_usd', 'KHM')).toMatchObject({ kind: 'missing', reason: 'no-earlier-year' })
  })

  it('draws the GDP per capita trend from 1990 up to the year shown', () => {
    const m = compareModel(input(['KHM', 'VNM'], 2016))
    expect((cell(m, 'gdp_per_capita_usd', 'KHM') as ValueCell).trend).toEqual([
      [1990, 100],
      [2016, 1000],
    ])
  })

  it('shows median age at its single projection year whatever year is chosen', () => {
    const m = compareModel(input(['KHM', 'VNM'], 2001))
    expect(row(m, 'median_age').fixedYear).toBe(2020)
    expect(cell(m, 'median_age', 'VNM')).toMatchObject({ value: 32.6, year: 2020, fallbackFrom: null })
  })

  it('Singapore and Brunei are not ODA recipients; Japan is the donor (never 0)', () => {
    const m = compareModel(input(['SGP', 'BRN', 'KHM', 'JPN']))
    for (const id of ['oda2015_gross', 'oda2015_grantAid', 'oecd_gross'] as const) {
      expect(cell(m, id, 'SGP')).toMatchObject({ kind: 'missing', reason: 'not-recipient' })
      expect(cell(m, id, 'BRN')).toMatchObject({ kind: 'missing', reason: 'not-recipient' })
      expect(cell(m, id, 'JPN')).toMatchObject({ kind: 'missing', reason: 'donor' })
    }
    expect(cell(m, 'oda2015_gross', 'KHM')).toMatchObject({ kind: 'value', value: 106.07, year: 2015 })
  })

  it('reads the report’s 2015 table as printed, with each row’s own locator', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    expect(cell(m, 'oda2015_gross', 'VNM')).toMatchObject({
      value: 1418.88,
      source: { ref: 'clair-report', locator: '表3 VNM' },
    })
    expect(row(m, 'oda2015_grantAid').part).toBe(true)
  })

  it('an OECD null point is a gap with the flow’s own explanation, not a 0', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    expect(cell(m, 'oecd_gross', 'VNM')).toMatchObject({
      kind: 'missing',
      reason: 'not-published',
      year: 2017,
      note: { en: 'zero or not reported' },
    })
    const later = compareModel(input(['KHM', 'VNM'], 2025))
    expect(cell(later, 'oecd_gross', 'KHM')).toMatchObject({ value: 163.9, year: 2017, fallbackFrom: 2025 })
  })

  it('a country with no link says "no link recorded" in every cooperation row', () => {
    const m = compareModel(input(['KHM', 'LAO']))
    expect(cell(m, 'links', 'LAO')).toMatchObject({ kind: 'missing', reason: 'no-link-recorded' })
    expect(cell(m, 'projects', 'LAO')).toMatchObject({ kind: 'missing', reason: 'no-project-recorded' })
    for (const id of ['partners', 'fields'] as const) {
      expect(list(m, id).cells.find((c) => c.iso3 === 'LAO')).toMatchObject({
        kind: 'missing',
        reason: 'no-link-recorded',
      })
    }
  })

  it('counts links, projects, fields, partners and schemes per country', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    expect(cell(m, 'links', 'KHM')).toMatchObject({ value: 3, year: null })
    // A project on two Cambodian links counts once.
    expect(cell(m, 'projects', 'KHM')).toMatchObject({ value: 3 })
    expect(cell(m, 'projects', 'VNM')).toMatchObject({ reason: 'no-project-recorded' })
    const fields = list(m, 'fields').cells.find((c) => c.iso3 === 'KHM')
    expect(fields?.kind === 'list' && fields.items[0]).toEqual({ field: 'water', links: 2, projects: 2 })
    const partners = list(m, 'partners').cells.find((c) => c.iso3 === 'KHM')
    // Oldest first, undated last.
    expect(partners?.kind === 'list' && partners.items.map((p) => (p as PartnerItem).linkId)).toEqual([
      'yokohama-phnom-penh',
      'kitakyushu-phnom-penh',
      'kitakyushu-siem-reap',
    ])
    const schemes = list(m, 'schemes').cells.find((c) => c.iso3 === 'KHM')
    expect(schemes?.kind === 'list' && schemes.items).toMatchObject([
      { id: 'jica-grant-aid', name: { en: 'Grant aid' }, projects: 2 },
      { id: null, name: null, projects: 1 },
    ])
  })

  it('counts only the links it is given (the current filters)', () => {
    const m = compareModel(input(['KHM', 'VNM'], 2017, { links: LINKS.filter((l) => l.year !== null) }))
    expect(cell(m, 'links', 'KHM')).toMatchObject({ value: 2 })
  })

  it('marks the highest and lowest value of a row, leaving the reference column out', () => {
    const m = compareModel(input(['KHM', 'VNM', 'SGP', 'JPN']))
    const marks = row(m, 'gdp_per_capita_usd').cells.map((c) => [c.iso3, c.kind === 'value' ? c.mark : '-'])
    expect(marks).toEqual([
      ['KHM', 'min'],
      ['VNM', null],
      ['SGP', 'max'],
      ['JPN', null],
    ])
    // Missing cells are never marked; one value alone is not marked.
    const oda = row(m, 'oda2015_gross').cells.map((c) => (c.kind === 'value' ? c.mark : c.reason))
    expect(oda).toEqual(['min', 'max', 'not-recipient', 'donor'])
    const single = compareModel(input(['KHM', 'SGP']))
    expect(cell(single, 'oda2015_gross', 'KHM')).toMatchObject({ mark: null })
  })

  it('states ratios computed from the data, with the years of both sides', () => {
    const m = compareModel(input(['KHM', 'SGP']))
    const gdp = m.statements.find((s) => s.row === 'gdp_per_capita_usd')
    expect(gdp).toMatchObject({
      kind: 'ratio',
      high: { iso3: 'SGP', value: 40800, year: 2017 },
      low: { iso3: 'KHM', value: 1200, year: 2017 },
    })
    expect(gdp?.kind === 'ratio' && gdp.factor).toBeCloseTo(34, 6)
  })

  it('states differences for rates and ages, and nothing for too-close or too-few values', () => {
    const m = compareModel(input(['KHM', 'VNM']))
    const growth = m.statements.find((s) => s.row === 'gdp_growth_pct')
    expect(growth?.kind === 'difference' && growth.difference).toBeCloseTo(0.5, 9)
    const age = m.statements.find((s) => s.row === 'median_age')
    expect(age).toMatchObject({ kind: 'difference', high: { iso3: 'VNM' }, low: { iso3: 'KHM' } })
    // No ratio for the 2015 composition sub-rows, and none with Singapore's missing ODA.
    expect(m.statements.find((s) => s.row === 'oda2015_grantAid')).toBeUndefined()
    const sgp = compareModel(input(['KHM', 'SGP']))
    expect(sgp.statements.find((s) => s.row === 'oda2015_gross')).toBeUndefined()
  })

  it('says which file is missing instead of failing', () => {
    const m = compareModel(
      input(['KHM', 'VNM'], 2017, { indicators: undefined, oda: undefined, network: undefined }),
    )
    expect(cell(m, 'gdp_per_capita_usd', 'KHM')).toMatchObject({ reason: 'file-unavailable' })
    expect(cell(m, 'oda2015_gross', 'KHM')).toMatchObject({ reason: 'file-unavailable' })
    expect(cell(m, 'links', 'KHM')).toMatchObject({ reason: 'file-unavailable' })
    expect(m.statements).toEqual([])
  })

  it('the Japan column never counts as a link country', () => {
    const m = compareModel(input(['KHM', 'JPN'], 2017, { network: NETWORK }))
    expect(cell(m, 'links', 'JPN')).toMatchObject({ kind: 'missing', reason: 'japan-side' })
  })
})
