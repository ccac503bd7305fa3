import { HOSTILE, liveFormulas } from '@test/csv-safety'
import { readData } from '@test/data-files'
import { importContext } from '@test/import-context'
import { describe, expect, it } from 'vitest'
import type { PlacesFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import { toCsv } from '@/shared/csv'
import { COLUMNS, type ColumnId } from './columns'
import { type ExportLookup, importedCsv } from './export-csv'
import type { ImportSummary } from './import-types'
import { importBytes } from './read-file'

const ctx = importContext('mine.csv')
const lookup: ExportLookup = {
  placeById: new Map(readData<PlacesFile>('places.json').places.map((p) => [p.id, p])),
  countryByIso3: new Map(readData<CountriesFile>('countries.json').countries.map((c) => [c.iso3, c])),
}

function imported(csv: string): ImportSummary {
  const outcome = importBytes(new TextEncoder().encode(csv), false, ctx)
  if (!outcome.ok) throw new Error(outcome.failure.key)
  return outcome.summary
}

// Every way a row can name its places: the dataset's own, the gazetteer's (an ambiguous name with its
// prefecture, an ASEAN city by its Japanese name), points placed by coordinates (known and unknown
// names), a project with its years; labels, era years and notes a spreadsheet would run as formulas.
/** A row of the template: the cells it names, the others empty. */
const row = (cells: Partial<Record<ColumnId, string | number>>) => COLUMNS.map((c) => cells[c.id] ?? '')
const SOURCE = toCsv([
  COLUMNS.map((c) => c.id),
  row({
    jp_place: '北九州市',
    partner_city: 'プノンペン',
    partner_country: 'カンボジア',
    relation: '姉妹都市',
    year: '平成28年',
    fields: '上水道; 交流',
    note: HOSTILE[0],
  }),
  row({
    jp_place: 'Fuchu City',
    jp_prefecture: 'Tokyo',
    partner_city: 'Da Nang',
    partner_country: 'VNM',
    relation: 'project',
    year: '2019',
    fields: '廃棄物',
    project_title: 'Waste pilot',
    end_year: '2021',
    summary: 'Training',
    source_url: 'https://example.org/a',
    note: HOSTILE[1],
  }),
  row({
    jp_place: 'Osaki Town',
    partner_city: 'Ubud',
    partner_country: 'Indonesia',
    relation: 'mou',
    year: 'H30',
    partner_lat: -8.5069,
    partner_lon: 115.2625,
    note: HOSTILE[2],
  }),
  row({
    jp_place: 'Nowhere Village',
    partner_city: 'Kampong Nowhere',
    partner_country: 'KHM',
    relation: 'friendship',
    fields: '保健・医療',
    jp_lat: 35.1,
    jp_lon: 135.2,
    partner_lat: 12.5,
    partner_lon: 104.5,
    note: HOSTILE[3],
  }),
  row({
    jp_place: '高崎市',
    jp_prefecture: '群馬県',
    partner_city: 'セブ市',
    partner_country: 'フィリピン',
    relation: '環境姉妹都市',
    year: 'Ｒ２',
    fields: 'Fire & disaster',
    project_title: "Solar '=pilot",
    note: HOSTILE[4],
  }),
])

describe('"Export as CSV" and import again', () => {
  it('gives the same rows: the export names places and countries as the template asks', () => {
    const first = imported(SOURCE)
    expect(first.problems).toEqual([])
    expect(first.okRows).toBe(5)
    const exported = importedCsv(first.records, lookup)
    // Names, not internal ids; countries by name.
    expect(exported).not.toMatch(/jp-kitakyushu|kh-phnom-penh|user-/)
    expect(exported.split('\r\n')[1]).toMatch(/^北九州市,福岡県,Phnom Penh,Cambodia,sister,2016,/)
    const second = imported(exported)
    expect(second.problems).toEqual([])
    expect(second.records).toEqual(first.records)
    expect(importedCsv(second.records, lookup)).toBe(exported)
  })

  it('writes no live formula, and the notes come back as they were', () => {
    const first = imported(SOURCE)
    const exported = importedCsv(first.records, lookup)
    expect(liveFormulas(exported)).toEqual([])
    // A tab or carriage return leading a cell is trimmed on import, as any surrounding space.
    expect(first.records.links.map((l) => l.note?.en)).toEqual([...HOSTILE.slice(0, 4), '=1'])
    expect(imported(exported).records.links.map((l) => l.note?.en)).toEqual([...HOSTILE.slice(0, 4), '=1'])
  })
})
