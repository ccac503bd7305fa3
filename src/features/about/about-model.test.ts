import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { IndicatorsFile, LinksFile, OdaFile, PlacesFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import {
  formatRanges,
  indicatorCoverage,
  linkCoverage,
  odaCoverage,
  placeCoverage,
  toRanges,
} from './about-model'

const countries = readData<CountriesFile>('countries.json')
const places = readData<PlacesFile>('places.json')
const links = readData<LinksFile>('links.json')

describe('about-model', () => {
  it('compresses years into ranges', () => {
    expect(toRanges([1993, 1990, 1991, 1992, 2025])).toEqual([
      [1990, 1993],
      [2025, 2025],
    ])
    expect(formatRanges(toRanges([1990, 1991, 2000]))).toBe('1990–1991, 2000')
  })

  it('counts links by country and names the members without any', () => {
    const c = linkCoverage(countries, places, links)
    expect(c.total).toBe(links.links.length)
    expect(c.byCountry.reduce((s, x) => s + x.count, 0)).toBe(c.total)
    // The members without a link are exactly those no link's ASEAN place lies in.
    const placeCountry = new Map(places.places.map((p) => [p.id, p.country]))
    const linked = new Set(links.links.map((l) => placeCountry.get(l.asean)))
    const members = countries.countries.filter((x) => x.asean).map((x) => x.iso3)
    expect([...c.none].sort()).toEqual(members.filter((iso3) => !linked.has(iso3)).sort())
    expect(c.byRelation.reduce((s, x) => s + x.count, 0)).toBe(c.total)
  })

  it('finds missing indicator years and ODA gaps', () => {
    const indicators: IndicatorsFile = {
      indicators: [
        {
          id: 'population',
          name: { ja: '人口', en: 'Population' },
          unit: { ja: '人', en: 'persons' },
          source: { ref: 'wb-wdi' },
        },
      ],
      series: [
        {
          iso3: 'KHM',
          indicator: 'population',
          points: [
            [2000, 1],
            [2001, 1],
            [2003, 1],
          ],
          source: { ref: 'wb-wdi' },
        },
        {
          iso3: 'VNM',
          indicator: 'population',
          points: [
            [2000, 1],
            [2003, 1],
          ],
          source: { ref: 'wb-wdi' },
        },
      ],
    }
    const [pop] = indicatorCoverage(countries, indicators)
    expect(pop?.from).toBe(2000)
    expect(pop?.gaps.find((g) => g.iso3 === 'KHM')?.years).toEqual([[2002, 2002]])
    expect(pop?.gaps.find((g) => g.iso3 === 'VNM')?.years).toEqual([[2001, 2002]])
    expect(pop?.gaps.find((g) => g.iso3 === 'LAO')?.years).toEqual([[2000, 2003]])
    const odaFile = readData<OdaFile>('oda.json')
    const oda = odaCoverage(countries, odaFile)
    // Members missing from the report's 2015 table (which has 8 recipients of the 10 members then)
    // and from the OECD series (Brunei and Singapore are not ODA recipients).
    const members = countries.countries.filter((x) => x.asean).map((x) => x.iso3)
    const inReport = new Set(odaFile.report2015.rows.map((r) => r.id))
    const inOecd = new Set(odaFile.oecd.series.map((x) => x.iso3))
    expect(oda.reportMissing.sort()).toEqual(members.filter((m) => !inReport.has(m)).sort())
    expect(oda.oecdMissing.sort()).toEqual(['BRN', 'SGP'])
    expect(inOecd.has('TLS')).toBe(true)
    expect(oda.reportBlank).toContainEqual({ iso3: 'MMR', field: 'loansRepaid' })
    expect(oda.oecdNulls.find((n) => n.flow === 'net')?.count).toBeGreaterThan(0)
    expect(oda.oecdNulls.find((n) => n.flow === 'gross')?.count).toBe(0)
    expect(oda.oecdGaps.find((f) => f.flow === 'net')?.gaps).toContainEqual({
      iso3: 'VNM',
      years: [[2021, 2022]],
    })
    expect(placeCoverage(places).jp + placeCoverage(places).asean).toBe(places.places.length)
  })
})
