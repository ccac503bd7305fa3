import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { SourceRecord } from '@/data/schema-files'
import { citationText, sourcesLine } from './citation'

const sources = readData<{ sources: SourceRecord[] }>('sources.json').sources
const clair = sources.find((s) => s.id === 'clair-report')
const ref = { ref: 'clair-report', locator: '第2章 第1節 ケース1' }

describe('citationText', () => {
  it('writes publisher, title and locator in the reader’s language', () => {
    expect(citationText(ref, clair, 'ja')).toBe(
      '一般財団法人自治体国際化協会（クレア）シンガポール事務所、CLAIR REPORT「ASEAN地域における日本の自治体の国際協力」 · 第2章 第1節 ケース1',
    )
    expect(citationText(ref, clair, 'en')).toBe(
      'Council of Local Authorities for International Relations (CLAIR), Singapore Office, CLAIR Report: International cooperation by Japanese local governments in the ASEAN region · Ch. 2 Sec. 1 Case 1',
    )
  })

  it('leaves out the title, adds the licence, on request', () => {
    expect(citationText(ref, clair, 'en', { title: false })).toBe(
      'Council of Local Authorities for International Relations (CLAIR), Singapore Office · Ch. 2 Sec. 1 Case 1',
    )
    expect(citationText({ ref: 'clair-report' }, clair, 'en', { title: false, licence: true })).toMatch(
      /^Council of Local .* · Quotation permitted with citation/,
    )
  })

  it('names a source missing from sources.json by its id, or by the given name', () => {
    expect(citationText({ ref: 'nowhere', locator: 'p. 3' }, undefined, 'en')).toBe('nowhere · p. 3')
    expect(citationText({ ref: 'user-import' }, undefined, 'ja', { unknown: 'あなたのデータ' })).toBe(
      'あなたのデータ',
    )
  })

  it('names the user’s own imported records as given', () => {
    expect(citationText({ ref: 'user-import' }, undefined, 'en', { userImport: 'Your data' })).toBe(
      'Your data',
    )
    expect(citationText({ ref: 'nowhere' }, undefined, 'en', { userImport: 'Your data' })).toBe('nowhere')
  })
})

describe('sourcesLine', () => {
  it('labels the citations of several sources, joined, with the label’s own spacing', () => {
    const citations = new Map(clair ? [['clair-report', clair]] : [])
    const refs = [ref, { ref: 'nowhere' }]
    expect(sourcesLine('Source:', refs, citations, 'en', { title: false })).toBe(
      'Source: Council of Local Authorities for International Relations (CLAIR), Singapore Office · Ch. 2 Sec. 1 Case 1; nowhere',
    )
    expect(sourcesLine('出典：', [{ ref: 'nowhere' }], citations, 'ja')).toBe('出典：nowhere')
  })
})
