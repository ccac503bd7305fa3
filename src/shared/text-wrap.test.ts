import { describe, expect, it } from 'vitest'
import { breakUnits, isCjk, wrapText } from './text-wrap'

// One unit of width per character.
const measure = (s: string) => [...s].length

describe('wrapText', () => {
  it('breaks Latin text at spaces', () => {
    expect(wrapText('Non-revenue water fell from 70% to 8%', 20, measure)).toEqual([
      'Non-revenue water',
      'fell from 70% to 8%',
    ])
  })
  it('breaks Japanese between characters but never before 。or after 「', () => {
    const lines = wrapText('無収水率は「プノンペンの奇跡」と呼ばれる。', 8, measure)
    for (const l of lines) {
      expect(l.startsWith('。')).toBe(false)
      expect(l.startsWith('」')).toBe(false)
      expect(l.endsWith('「')).toBe(false)
    }
    expect(lines.join('')).toBe('無収水率は「プノンペンの奇跡」と呼ばれる。')
  })
  it('keeps paragraphs on their own lines and cuts words longer than a line', () => {
    expect(wrapText('ab\nabcdefgh', 4, measure)).toEqual(['ab', 'abcd', 'efgh'])
  })
  it('splits mixed text into units', () => {
    expect(breakUnits('2016年に姉妹都市')).toEqual(['2016', '年', 'に', '姉', '妹', '都', '市'])
  })
  it('breaks Japanese between characters where there is no space', () => {
    expect(wrapText('あいうえおかきくけこ', 4, measure)).toEqual(['あいうえ', 'おかきく', 'けこ'])
  })
  it('keeps every line within the width with a measure of any kind, and gives the words back', () => {
    const text = 'Source: Council of Local Authorities for International Relations (CLAIR), Singapore Office'
    const estimate = (s: string) => [...s].reduce((w, ch) => w + (isCjk(ch) ? 10 : 6), 0)
    const lines = wrapText(text, 200, estimate)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(estimate(l)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe(text)
    // Keeping the spaces broken at, the lines joined are the text itself.
    expect(wrapText(text, 200, estimate, { keepSpaces: true }).join('')).toBe(text)
  })
  it('leaves a short text on one line and an empty one empty', () => {
    expect(wrapText('Timeline', 300, measure)).toEqual(['Timeline'])
    expect(wrapText('', 300, measure)).toEqual([])
  })
  it('counts CJK, kana and full-width forms as breakable, Latin and digits not', () => {
    for (const ch of ['漢', 'か', 'カ', '、', '（', 'Ａ', '・']) expect(isCjk(ch), ch).toBe(true)
    for (const ch of ['a', 'Z', '1', ' ', 'é', '-']) expect(isCjk(ch), ch).toBe(false)
  })
})
