import { input } from '@test/fixtures/compare-input'
import { describe, expect, it } from 'vitest'
import type { SourceRecord } from '@/data/schema-files'
import { i18n, initI18n, loadAllLanguages } from '@/i18n/i18n'
import { compareModel } from './compare-model'
import { comparePngDoc, PNG_LIST_MAX } from './compare-png-doc'
import { layoutPng, type Measure, PNG_WIDTH } from './compare-png-layout'
import { makeLabels } from './compare-text'

await initI18n('en')
await loadAllLanguages()
const en = makeLabels(i18n.getFixedT('en'), 'en')
const ja = makeLabels(i18n.getFixedT('ja'), 'ja')
// 8 px per character at every size: enough to test wrapping and placement without a canvas.
const measure: Measure = (text) => text.length * 8
const citations = new Map<string, SourceRecord>()
const texts = (ops: ReturnType<typeof layoutPng>['ops']) =>
  ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []))

describe('the comparison image', () => {
  const model = compareModel(input(['KHM', 'VNM', 'SGP', 'JPN'], 2017))

  it('says what it shows: title, year, units, values, marks, years, reasons and sources', () => {
    const doc = comparePngDoc(model, en, citations, '2026-01-02')
    const all = texts(layoutPng(doc, measure).ops).join('\n')
    expect(all).toContain('Compare: Cambodia, Viet Nam, Singapore, Japan')
    expect(all).toContain('Values for 2017')
    expect(all).toContain('current US$')
    expect(all).toContain('US$1,200')
    expect(all).toContain('2016 (latest; none for 2017)')
    expect(all).toContain('▲ highest')
    expect(all).toContain('▼ lowest')
    expect(all).toContain('not an ODA recipient')
    expect(all).toContain('Japan is the donor')
    expect(all).toContain('Sources')
    expect(all).toContain('wb-wdi · NY.GDP.PCAP.CD')
    expect(all).toContain('2026-01-02')
  })

  it('keeps every text inside the image and draws the GDP trend', () => {
    const layout = layoutPng(comparePngDoc(model, en, citations, 'today'), measure)
    expect(layout.width).toBe(PNG_WIDTH)
    for (const op of layout.ops) {
      if (op.kind !== 'text') continue
      expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(PNG_WIDTH)
      expect(op.y).toBeLessThan(layout.height)
    }
    expect(layout.ops.some((op) => op.kind === 'poly')).toBe(true)
  })

  it('shortens long lists and counts the rest', () => {
    const doc = comparePngDoc(model, en, citations, 'today')
    const partners = doc.sections[2]?.rows.find((r) => r.label === 'Japanese partners')
    expect(partners?.cells[0]?.sub.length).toBeLessThanOrEqual(PNG_LIST_MAX)
    expect(partners?.cells[1]?.sub).toEqual(['Yokohama → Da Nang (Sister city, 2013)'])
    expect(partners?.cells[2]).toMatchObject({ main: 'no data', sub: ['no link recorded in this dataset'] })
  })

  it('is written in the reader’s language', () => {
    const all = texts(layoutPng(comparePngDoc(model, ja, citations, '今日'), measure).ops).join('\n')
    expect(all).toContain('国別比較')
    expect(all).toContain('ODA対象国ではない')
  })
})
