import { importContext } from '@test/import-context'
import { describe, expect, it } from 'vitest'
import { FIELD_IDS, RELATIONS } from '@/data/schema'
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { nameKey } from './match'
import { validateTable } from './validate-rows'
import { parseFields } from './vocabulary'

const { vocabulary } = importContext()
const header = ['jp_place', 'partner_city', 'partner_country', 'relation', 'fields']

describe('the app’s own words', () => {
  it('accept every relation and field as the UI shows it, in either language, and by id', () => {
    for (const r of RELATIONS)
      for (const word of [r, en.relations[r], ja.relations[r]])
        expect(vocabulary.relations[nameKey(word)], word).toBe(r)
    for (const f of FIELD_IDS)
      for (const word of [f, en.fields[f], ja.fields[f]])
        expect(parseFields(word, vocabulary), word).toEqual({ fields: [f], unknown: [] })
  })

  it('keep labels with 「・」 whole, and read 「・」 between fields as a separator', () => {
    expect(parseFields('保健・医療、消防・防災', vocabulary)).toEqual({
      fields: ['health', 'disaster'],
      unknown: [],
    })
    expect(parseFields('上水道・下水道; Fire & disaster', vocabulary)).toEqual({
      fields: ['water', 'sewerage', 'disaster'],
      unknown: [],
    })
    expect(parseFields('Water supply;水道;plumbing', vocabulary)).toEqual({
      fields: ['water'],
      unknown: ['plumbing'],
    })
  })

  it('import rows written with the filters’ labels, the new environmental sister-city tie included', () => {
    const r = validateTable(
      [
        header,
        ['北九州市', 'Surabaya', 'IDN', '環境姉妹都市', '保健・医療; 消防・防災'],
        ['Kitakyushu City', 'Surabaya', 'IDN', 'Environmental sister city', 'Water supply'],
        ['北九州市', 'プノンペン', 'カンボジア', '覚書（MOU）', '上水道、廃棄物'],
      ],
      importContext(),
    )
    expect(r.problems).toEqual([])
    expect(r.records.links.map((l) => [l.relation, l.fields])).toEqual([
      ['environmental-sister', ['health', 'disaster']],
      ['environmental-sister', ['water']],
      ['mou', ['water', 'waste']],
    ])
  })
})
