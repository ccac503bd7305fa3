import { input } from '@test/fixtures/compare-input'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { SourceRecord } from '@/data/schema-files'
import { i18n, initI18n, loadAllLanguages } from '@/i18n/i18n'
import { compareCsv, compareCsvTable, compareFileName } from './compare-csv'
import { compareModel } from './compare-model'
import { makeLabels, statementText } from './compare-text'

await initI18n('en')
await loadAllLanguages()
const en = makeLabels(i18n.getFixedT('en'), 'en')
const ja = makeLabels(i18n.getFixedT('ja'), 'ja')
const citations = new Map<string, SourceRecord>([
  [
    'wb-wdi',
    {
      id: 'wb-wdi',
      publisher: { ja: '世界銀行', en: 'World Bank' },
      title: { ja: '世界開発指標', en: 'World Development Indicators' },
      year: 2026,
      licence: 'CC BY 4.0',
    },
  ],
])

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data

describe('compare CSV', () => {
  const model = compareModel(input(['KHM', 'VNM', 'SGP'], 2017))

  it('has a header with a value and a year column per country, notes and a source column', () => {
    const [header] = parse(compareCsv(model, en, citations))
    expect(header).toEqual([
      'Measure',
      'Unit',
      'Cambodia (KHM)',
      'Cambodia (KHM): year',
      'Viet Nam (VNM)',
      'Viet Nam (VNM): year',
      'Singapore (SGP)',
      'Singapore (SGP): year',
      'Note',
      'Source',
    ])
  })

  it('writes the data’s numbers unrounded, with their unit, year and source', () => {
    const rows = parse(compareCsv(model, en, citations))
    const gdp = rows.find((r) => r[0] === 'GDP per capita')
    expect(gdp).toEqual([
      'GDP per capita',
      'current US$',
      '1200',
      '2017',
      '2400',
      '2016',
      '40800',
      '2017',
      'Viet Nam: 2016 shown, no value for 2017.',
      'World Bank, World Development Indicators · NY.GDP.PCAP.CD',
    ])
    const oda = rows.find((r) => r[0] === 'Japan’s ODA 2015, gross disbursements (report)')
    expect(oda?.slice(1, 8)).toEqual([
      'US$ million',
      '106.07',
      '2015',
      '1418.88',
      '2015',
      'no data — not an ODA recipient',
      '2015',
    ])
  })

  it('never leaves a missing value blank or 0', () => {
    const { data } = compareCsvTable(compareModel(input(['KHM', 'LAO'], 2017)), en, citations)
    const links = data.find((r) => r[0] === 'Municipal links')
    expect(links?.slice(2, 6)).toEqual([
      3,
      'all years recorded',
      'no data — no link recorded in this dataset',
      '',
    ])
    for (const row of data) {
      for (const [i, v] of row.entries()) {
        // Value columns (2, 4, …) hold a number or words, never an empty string.
        if (i >= 2 && i < row.length - 2 && i % 2 === 0) expect(v).not.toBe('')
      }
    }
  })

  it('lists partners, fields and schemes in words', () => {
    const { data } = compareCsvTable(model, en, citations)
    const partners = data.find((r) => r[0] === 'Japanese partners')
    expect(partners?.[2]).toBe(
      'Yokohama → Phnom Penh (Sister city, 2010); Kitakyushu → Phnom Penh (Sister city, 2016); Kitakyushu → Siem Reap (Sister city)',
    )
    const schemes = data.find((r) => r[0] === 'Funding schemes used')
    expect(schemes?.[2]).toBe('Grant aid: 2 projects; scheme not stated in the source: 1 project')
  })

  it('is written in the reader’s language', () => {
    const [header] = parse(compareCsv(model, ja, citations))
    expect(header?.[0]).toBe('項目')
    expect(header?.[2]).toBe('Cambodia（ja） (KHM)')
  })

  it('escapes text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    const evil = compareModel(
      input(['KHM', 'VNM'], 2017, {
        countries: input([]).countries.map((c) =>
          c.iso3 === 'KHM' ? { ...c, name: { ja: '=1+1', en: '=HYPERLINK("x")' } } : c,
        ),
      }),
    )
    const csv = compareCsv(evil, en, citations)
    expect(csv).toContain(`"'=HYPERLINK(""x"") (KHM)"`)
    const net = parse(csv).find((r) => r[0] === 'Net, after loan repayments')
    expect(net?.[2]).toBe('101.07')
  })

  it('names the file after the countries and year', () => {
    expect(compareFileName(model, 'csv')).toBe('compare-KHM-VNM-SGP-2017.csv')
  })
})

describe('statements in words', () => {
  it('reads "GDP per capita: Singapore 34× Cambodia in 2017"', () => {
    const m = compareModel(input(['KHM', 'SGP'], 2017))
    const s = m.statements.find((x) => x.row === 'gdp_per_capita_usd')
    expect(s && statementText(s, m, en)).toBe('GDP per capita: Singapore 34× Cambodia in 2017')
    expect(s && statementText(s, m, ja)).toBe(
      '一人当たりGDP：Singapore（ja）はCambodia（ja）の34倍（2017年）',
    )
  })
  it('names both years when they differ', () => {
    const m = compareModel(input(['KHM', 'VNM'], 2017))
    const s = m.statements.find((x) => x.row === 'gdp_per_capita_usd')
    expect(s && statementText(s, m, en)).toBe(
      'GDP per capita: Viet Nam 2× Cambodia (Viet Nam 2016, Cambodia 2017)',
    )
  })
})
