import { describe, expect, it } from 'vitest'
import { estimateTextWidth, spreadLabels, truncateToWidth, wrapText } from './label-layout'

describe('label layout', () => {
  it('estimates Japanese wider than Latin of the same length', () => {
    expect(estimateTextWidth('カンボジア', 10)).toBeGreaterThan(estimateTextWidth('Cambo', 10))
  })
  it('truncates with an ellipsis only when the text does not fit', () => {
    expect(truncateToWidth('Laos', 100, 10)).toBe('Laos')
    const cut = truncateToWidth('Tamba-Sasayama City (Sasayama City until 2019)', 80, 10)
    expect(cut.endsWith('…')).toBe(true)
    expect(estimateTextWidth(cut, 10)).toBeLessThanOrEqual(80)
  })
  it('spreads colliding labels apart and keeps them inside the range', () => {
    const ys = spreadLabels(
      [
        { key: 'a', y: 100 },
        { key: 'b', y: 101 },
        { key: 'c', y: 102 },
      ],
      10,
      0,
      110,
    )
    const sorted = [...ys.values()].sort((a, b) => a - b)
    expect((sorted[1] ?? 0) - (sorted[0] ?? 0)).toBeGreaterThanOrEqual(10)
    expect((sorted[2] ?? 0) - (sorted[1] ?? 0)).toBeGreaterThanOrEqual(10)
    expect(Math.max(...sorted)).toBeLessThanOrEqual(110)
  })
  it('leaves labels that do not collide where they are', () => {
    const ys = spreadLabels(
      [
        { key: 'a', y: 10 },
        { key: 'b', y: 50 },
      ],
      10,
      0,
      100,
    )
    expect(ys.get('a')).toBe(10)
    expect(ys.get('b')).toBe(50)
  })
})

describe('wrapText', () => {
  it('breaks English at spaces, keeps each line within the width and gives the text back when joined', () => {
    const text = 'Source: Council of Local Authorities for International Relations (CLAIR), Singapore Office'
    const lines = wrapText(text, 200, 10)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(text)
    for (const l of lines) expect(estimateTextWidth(l.trimEnd(), 10)).toBeLessThanOrEqual(200)
    // No word is cut in two.
    for (const l of lines.slice(0, -1)) expect(l.endsWith(' ')).toBe(true)
  })
  it('breaks Japanese between characters, and a word longer than a line inside the word', () => {
    const ja =
      '出典：一般財団法人自治体国際化協会 シンガポール事務所「ASEAN 地域における日本の自治体の国際協力」'
    const lines = wrapText(ja, 120, 10)
    expect(lines.join('')).toBe(ja)
    for (const l of lines) expect(estimateTextWidth(l.trimEnd(), 10)).toBeLessThanOrEqual(120)
    const long = 'x'.repeat(80)
    expect(wrapText(long, 100, 10).join('')).toBe(long)
  })
  it('leaves a short text on one line and an empty one empty', () => {
    expect(wrapText('Timeline', 300, 15)).toEqual(['Timeline'])
    expect(wrapText('', 300, 15)).toEqual([])
  })
})
