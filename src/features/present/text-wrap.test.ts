import { describe, expect, it } from 'vitest'
import { breakUnits, wrapText } from './text-wrap'

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
})
