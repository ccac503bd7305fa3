import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { USER_IMPORT_REF } from '@/data/origin'
import { linkSchema, type PlacesFile, placeSchema } from '@/data/schema'
import { type CountriesFile, projectSchema } from '@/data/schema-files'
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { COLUMNS, mapHeader, templateCsv } from './columns'
import { buildPlaceIndex, type GazetteerFile } from './gazetteer'
import { type ImportContext, MAX_ROWS } from './import-types'
import { editDistance, nameKey } from './match'
import { RowValidator, validateTable } from './validate-rows'
import { buildVocabulary } from './vocabulary'

const gazetteer = readData<GazetteerFile>('gazetteer/gazetteer.json')
const countries = readData<CountriesFile>('countries.json').countries
const places = readData<PlacesFile>('places.json').places
const ctx: ImportContext = {
  index: buildPlaceIndex(gazetteer, places),
  countries,
  vocabulary: buildVocabulary({
    relations: [en.relations, ja.relations],
    fields: [en.fields, ja.fields],
  }),
  fileName: 'mine.csv',
}

const HEADER = ['jp_place', 'jp_prefecture', 'partner_city', 'partner_country', 'relation', 'year', 'fields']
const table = (...rows: string[][]) => [HEADER, ...rows]

describe('matching helpers', () => {
  it('ignores case, spaces, punctuation and diacritics', () => {
    expect(nameKey(' Phnom-Penh ')).toBe(nameKey('phnom penh'))
    expect(nameKey('Đà Nẵng')).toBe(nameKey('Da Nang'))
    expect(nameKey('ＫＩＴＡＫＹＵＳＨＵ')).toBe('kitakyushu')
  })
  it('measures edit distance, giving up past a bound', () => {
    expect(editDistance('pnompenh', 'phnompenh')).toBe(1)
    expect(editDistance('zzzzzz', 'phnompenh', 2)).toBe(3)
  })
})

describe('validateTable', () => {
  it('turns good rows into schema-valid places, links and projects marked as the user’s', () => {
    const r = validateTable(
      [
        [...HEADER, 'project_title', 'end_year', 'source_url'],
        ['Kitakyushu City', '', 'Phnom Penh', 'Cambodia', 'sister', '2016', 'water; exchange', '', '', ''],
        ['高崎市', '', 'Cebu City', 'PHL', '姉妹都市', '', '', '', '', ''],
        [
          'Fuchu',
          'Tokyo',
          'Da Nang',
          'Viet Nam',
          'project',
          '2019',
          '廃棄物',
          'Waste pilot',
          '2021',
          'https://example.org/a',
        ],
      ],
      ctx,
    )
    expect(r.problems).toEqual([])
    expect(r.okRows).toBe(3)
    const [a, b, c] = r.records.links
    // Existing dataset places are reused, so imports join the drawn network.
    expect(a).toMatchObject({ jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', relation: 'sister', year: 2016 })
    expect(a?.fields).toEqual(['water', 'exchange'])
    expect(b).toMatchObject({ relation: 'sister', year: null, fields: ['exchange'] })
    expect(c?.jp).toBe('user-jp-132063')
    expect(c?.source).toEqual({ ref: USER_IMPORT_REF, locator: 'mine.csv', url: 'https://example.org/a' })
    expect(r.records.projects).toHaveLength(1)
    expect(r.records.projects[0]).toMatchObject({
      startYear: 2019,
      endYear: 2021,
      field: 'waste',
      links: [c?.id],
    })
    // Dataset places are referenced, never copied (the map would draw them twice).
    expect(r.records.places.map((p) => p.id)).toEqual(['user-jp-132063'])
    for (const p of r.records.places) expect(placeSchema.safeParse(p).success, p.id).toBe(true)
    for (const l of r.records.links) expect(linkSchema.safeParse(l).success, l.id).toBe(true)
    for (const p of r.records.projects) expect(projectSchema.safeParse(p).success, p.id).toBe(true)
  })

  it('reads Japanese headers', () => {
    const header = ['日本側自治体', '都道府県', 'ASEAN側都市', 'ASEAN側国', '関係', '年']
    expect(mapHeader(header).lang).toBe('ja')
    const r = validateTable(
      [header, ['北九州市', '福岡県', 'プノンペン', 'カンボジア', '姉妹都市', '2016年']],
      ctx,
    )
    expect(r.problems).toEqual([])
    expect(r.records.links[0]).toMatchObject({ jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', year: 2016 })
  })

  it('offers close places for a place that is not found, naming row and column, each a fix of the row', () => {
    const r = validateTable(table(['Kitakyushu', '', 'Pnom Penh', 'KHM', 'sister', '', '']), ctx)
    expect(r.okRows).toBe(0)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({
      row: 2,
      column: 'partner_city',
      columnId: 'partner_city',
      code: 'notFound',
      value: 'Pnom Penh',
    })
    expect(r.problems[0]?.options?.[0]).toEqual({
      label: { ja: 'プノンペン', en: 'Phnom Penh' },
      cells: { partner_city: 'Phnom Penh' },
    })
    const jp = validateTable(table(['Kitakyusyu', '', 'Phnom Penh', 'KHM', 'sister', '', '']), ctx)
    expect(jp.problems[0]).toMatchObject({ column: 'jp_place', code: 'notFound' })
    expect(jp.problems[0]?.options?.[0]?.cells).toEqual({ jp_place: '北九州市', jp_prefecture: '福岡県' })
    // The offered cells fix the row: checked again with them, it imports.
    const fixed = new RowValidator(HEADER, ctx)
    fixed.add(
      ['Kitakyusyu', '', 'Phnom Penh', 'KHM', 'sister', '', ''],
      2,
      jp.problems[0]?.options?.[0]?.cells,
    )
    expect(fixed.result().okRows).toBe(1)
    expect(fixed.result().records.links[0]).toMatchObject({ jp: 'jp-kitakyushu', asean: 'kh-phnom-penh' })
  })

  it('offers each place an ambiguous name may be, and any close ASEAN member for a country', () => {
    const r = validateTable(
      table(
        ['Fuchu City', '', 'Da Nang', 'VNM', 'sister', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'Cambodja', 'sister', '', ''],
      ),
      ctx,
    )
    const [fuchu, country] = r.problems
    expect(fuchu?.options?.map((o) => o.cells.jp_prefecture).sort()).toEqual(['広島県', '東京都'])
    expect(country?.options?.[0]).toEqual({
      label: { ja: 'カンボジア', en: 'Cambodia' },
      cells: { partner_country: 'KHM' },
    })
  })

  it('reports each kind of problem by row and column, and keeps no bad row', () => {
    const r = validateTable(
      [
        [...HEADER, 'project_title', 'end_year', 'jp_lat', 'jp_lon', 'source_url'],
        ['', '', 'Phnom Penh', 'KHM', 'sister', '', '', '', '', '', '', ''],
        ['Fuchu City', '', 'Da Nang', 'VNM', 'sister', '', '', '', '', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'Narnia', 'sister', '', '', '', '', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'cousins', '', '', '', '', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '20x6', 'plumbing', '', '', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '2016', '', 'T', '2010', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '', '', 'T', '', '', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '', '', '', '', '139.7', '35.6', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '', '', '', '', '35.6', '', ''],
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '', '', '', '', '', '', 'http://x.org'],
        ['Kitakyushu', 'Atlantis', 'Phnom Penh', 'KHM', 'sister', '', '', '', '', '', '', ''],
      ],
      ctx,
    )
    const got = r.problems.map((p) => [p.row, p.column, p.code])
    expect(got).toEqual([
      [2, 'jp_place', 'required'],
      [3, 'jp_place', 'ambiguous'],
      [4, 'partner_country', 'country'],
      [5, 'relation', 'relation'],
      [6, 'fields', 'field'],
      [6, 'year', 'year'],
      [7, 'end_year', 'endYear'],
      [8, 'year', 'projectYear'],
      [9, 'jp_lat', 'latitude'],
      [9, 'jp_lon', 'longitude'],
      [10, 'jp_lon', 'coordinatePair'],
      [11, 'source_url', 'url'],
      [12, 'jp_prefecture', 'prefecture'],
    ])
    expect(r.problems[1]?.options?.map((o) => o.label.en).join(' ')).toMatch(
      /Tokyo.*Hiroshima|Hiroshima.*Tokyo/,
    )
    expect(r.okRows).toBe(0)
    expect(r.records.links).toEqual([])
  })

  it('reports a missing required column once, in the header language', () => {
    const r = validateTable(
      [
        ['日本側自治体', 'ASEAN側都市', '関係'],
        ['北九州市', 'プノンペン', '姉妹都市'],
      ],
      ctx,
    )
    expect(r.problems).toEqual([
      { row: 1, column: 'ASEAN側国', columnId: 'partner_country', code: 'missingColumn', value: '' },
    ])
    expect(r.okRows).toBe(0)
  })

  it('lets coordinates override the gazetteer, and place names it does not know', () => {
    const header = [...HEADER, 'partner_lat', 'partner_lon', 'jp_lat', 'jp_lon']
    const r = validateTable(
      [
        header,
        ['Kitakyushu', '', 'Phnom Penh', 'KHM', 'sister', '', '', '11.6', '104.95', '', ''],
        ['Kitakyushu', '', 'Kampong Nowhere', 'KHM', 'mou', '', '', '12.5', '104.5', '', ''],
        ['Fuchu City', '', 'Da Nang', 'VNM', 'mou', '', '', '', '', '34.57', '133.24'],
      ],
      ctx,
    )
    expect(r.problems).toEqual([])
    const [a, b, c] = r.records.links.map((l) => r.records.places.find((p) => p.id === l.asean))
    expect(a).toMatchObject({ lat: 11.6, lon: 104.95, name: { en: 'Phnom Penh' }, country: 'KHM' })
    expect(a?.id).not.toBe('kh-phnom-penh')
    expect(a?.source.ref).toBe(USER_IMPORT_REF)
    expect(b).toMatchObject({ name: { en: 'Kampong Nowhere' }, lat: 12.5 })
    expect(c).toBeUndefined()
    expect(r.records.links[2]?.asean).toBe('vn-da-nang')
    // Coordinates also settle an ambiguous name: the Fuchu nearest the point (Hiroshima).
    const fuchu = r.records.places.find((p) => p.id === r.records.links[2]?.jp)
    expect(fuchu?.prefecture?.en).toBe('Hiroshima Prefecture')
    for (const p of r.records.places) expect(placeSchema.safeParse(p).success, p.id).toBe(true)
  })

  it('validates 10,000 rows, each row either imported or reported', () => {
    const rows: string[][] = []
    const jp = ['Kitakyushu', 'Yokohama', '大崎町', 'Takasaki City', 'Fukuoka City']
    const as = [
      ['Phnom Penh', 'KHM'],
      ['Cebu City', 'PHL'],
      ['Depok', 'IDN'],
      ['Da Nang', 'VNM'],
      ['Pnom Penh', 'KHM'],
    ]
    for (let i = 0; i < 10_000; i++) {
      const [city, country] = as[i % 5] as [string, string]
      rows.push([jp[i % 5] as string, '', city, country, 'sister', String(1990 + (i % 30)), 'exchange'])
    }
    const r = validateTable(table(...rows), ctx)
    expect(r.rows).toBe(10_000)
    expect(r.okRows).toBe(8_000)
    expect(r.problems).toHaveLength(2_000)
    expect(new Set(r.problems.map((p) => p.row)).size).toBe(2_000)
    expect(r.records.links).toHaveLength(8_000)
    expect(r.records.places.length).toBeLessThan(20)
    expect(MAX_ROWS).toBeGreaterThanOrEqual(10_000)
  })
})

describe('template', () => {
  it('offers English and Japanese headers that both map to every column, and its examples import', () => {
    for (const lang of ['en', 'ja'] as const) {
      const lines = templateCsv(lang).trim().split('\r\n')
      const header = (lines[0] as string).split(',')
      expect(mapHeader(header).columns.size).toBe(COLUMNS.length)
      expect(mapHeader(header).lang).toBe(lang)
      const rows = lines
        .slice(1)
        .map(
          (l) =>
            l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ??
            [],
        )
      const r = validateTable([header, ...rows.map((r) => r.slice(0, header.length))], ctx)
      expect(r.problems, lang).toEqual([])
      expect(r.okRows).toBe(3)
    }
  })
})
