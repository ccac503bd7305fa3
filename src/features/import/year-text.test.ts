import { importContext } from '@test/import-context'
import { describe, expect, it } from 'vitest'
import { validateTable } from './validate-rows'
import { parseYearText } from './year-text'

describe('years as Japanese offices write them', () => {
  it('reads era years, by name or letter, with 元年 and fiscal years', () => {
    const cases: [string, number][] = [
      ['令和2年', 2020],
      ['令和元年', 2019],
      ['R2', 2020],
      ['r02', 2020],
      ['Ｒ２', 2020],
      ['平成28年', 2016],
      ['平成28年度', 2016],
      ['H28', 2016],
      ['H.28', 2016],
      ['平成31年', 2019],
      ['昭和64年', 1989],
      ['S55', 1980],
      ['大正15年', 1926],
      ['明治45年', 1912],
      ['H28.4.1', 2016],
      ['平成28年4月1日', 2016],
    ]
    for (const [text, year] of cases) expect(parseYearText(text), text).toBe(year)
  })

  it('reads Gregorian years in full-width digits, with 年 or 年度, as FY or as a date', () => {
    const cases: [string, number][] = [
      ['2016', 2016],
      ['２０１６', 2016],
      ['２０１６年', 2016],
      ['2016年度', 2016],
      ['FY2016', 2016],
      ['2016/4/1', 2016],
      ['2016-04', 2016],
      ['2016年4月', 2016],
      [' 2016 ', 2016],
    ]
    for (const [text, year] of cases) expect(parseYearText(text), text).toBe(year)
  })

  it('refuses what is not one year: an era year past its era, a range, words', () => {
    for (const text of ['平成40年', '昭和65年', '令和0年', 'H0', '2016-2018', 'twenty', '20x6', '', '1６']) {
      expect(parseYearText(text), text).toBeNull()
    }
  })

  it('are what an import row takes, and a year out of range is reported', () => {
    const header = ['jp_place', 'partner_city', 'partner_country', 'relation', 'year']
    const r = validateTable(
      [
        header,
        ['北九州市', 'プノンペン', 'KHM', '姉妹都市', '平成28年'],
        ['北九州市', 'プノンペン', 'KHM', '姉妹都市', 'Ｒ２'],
        ['北九州市', 'プノンペン', 'KHM', '姉妹都市', '明治30年'],
      ],
      importContext(),
    )
    expect(r.records.links.map((l) => l.year)).toEqual([2016, 2020])
    expect(r.problems).toMatchObject([{ row: 4, code: 'year', value: '明治30年' }])
  })
})
