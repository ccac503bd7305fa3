import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { PlacesFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { buildPlaceIndex, type GazetteerFile } from './gazetteer'
import { detectEncoding, readJson } from './read-file'
import { RowValidator } from './validate-rows'
import { buildVocabulary } from './vocabulary'

const ctx = {
  index: buildPlaceIndex(
    readData<GazetteerFile>('gazetteer/gazetteer.json'),
    readData<PlacesFile>('places.json').places,
  ),
  countries: readData<CountriesFile>('countries.json').countries,
  vocabulary: buildVocabulary({
    relations: [en.relations, ja.relations],
    fields: [en.fields],
  }),
  fileName: 'mine.json',
}

describe('readJson', () => {
  it('reads an array of objects, numbering items from 1', async () => {
    const rows = [
      {
        jp_place: 'Kitakyushu',
        partner_city: 'Phnom Penh',
        partner_country: 'KHM',
        relation: 'sister',
        year: 2016,
      },
      {
        jp_place: '北九州市',
        partner_city: 'Pnom Penh',
        partner_country: 'カンボジア',
        relation: '姉妹都市',
      },
    ]
    const file = new File([JSON.stringify({ rows })], 'mine.json', { type: 'application/json' })
    const progress: number[] = []
    const r = await readJson(
      file,
      (h) => new RowValidator(h, ctx),
      (p) => progress.push(p.rows),
    )
    expect(r.okRows).toBe(1)
    expect(r.records.links[0]).toMatchObject({ jp: 'jp-kitakyushu', year: 2016 })
    expect(r.problems).toEqual([
      { row: 2, column: 'partner_city', code: 'notFound', value: 'Pnom Penh', suggestion: 'Phnom Penh' },
    ])
    expect(progress.length).toBeGreaterThan(0)
  })

  it('rejects a JSON file that is not a list of rows', async () => {
    const file = new File(['{"a": 1}'], 'x.json')
    await expect(
      readJson(
        file,
        (h) => new RowValidator(h, ctx),
        () => {},
      ),
    ).rejects.toThrow('not-array')
  })
})

describe('detectEncoding', () => {
  it('tells UTF-8 from Shift_JIS', async () => {
    expect(await detectEncoding(new Blob(['北九州市'], { type: 'text/csv' }))).toBe('utf-8')
    // 北九州市 in Shift_JIS.
    const sjis = new Uint8Array([0x96, 0x6b, 0x8b, 0xe3, 0x8f, 0x42, 0x8e, 0x73])
    expect(await detectEncoding(new Blob([sjis]))).toBe('shift_jis')
  })
})
