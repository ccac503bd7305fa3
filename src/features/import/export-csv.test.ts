import { HOSTILE, liveFormulas } from '@test/csv-safety'
import { readData } from '@test/data-files'
import { importContext } from '@test/import-context'
import { describe, expect, it } from 'vitest'
import type { PlacesFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import { toCsv } from '@/shared/csv'
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
const SOURCE = toCsv([
  [
    'jp_place',
    'jp_prefecture',
    'partner_city',
    'partner_country',
    'relation',
    'year',
    'fields',
    'project_title',
    'end_year',
    'summary',
    'jp_lat',
    'jp_lon',
    'partner_lat',
    'partner_lon',
    'source_url',
    'note',
  ],
  [
    '北九州市',
    '',
    'プノンペン',
    'カンボジア',
    '姉妹都市',
    '平成28年',
    '上水道; 交流',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    HOSTILE[0] as string,
  ],
  [
    'Fuchu City',
    'Tokyo',
    'Da Nang',
    'VNM',
    'project',
    '2019',
    '廃棄物',
    'Waste pilot',
    '2021',
    'Training',
    '',
    '',
    '',
    '',
    'https://example.org/a',
    HOSTILE[1] as string,
  ],
  [
    'Osaki Town',
    '',
    'Ubud',
    'Indonesia',
    'mou',
    'H30',
    '',
    '',
    '',
    '',
    '',
    '',
    -8.5069,
    115.2625,
    '',
    HOSTILE[2] as string,
  ],
  [
    'Nowhere Village',
    '',
    'Kampong Nowhere',
    'KHM',
    'friendship',
    '',
    '保健・医療',
    '',
    '',
    '',
    35.1,
    135.2,
    12.5,
    104.5,
    '',
    HOSTILE[3] as string,
  ],
  [
    '高崎市',
    '群馬県',
    'セブ市',
    'フィリピン',
    '環境姉妹都市',
    'Ｒ２',
    'Fire & disaster',
    "Solar '=pilot",
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    HOSTILE[4] as string,
  ],
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
