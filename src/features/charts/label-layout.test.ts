import { describe, expect, it } from 'vitest'
import { estimateTextWidth, spreadLabels, truncateToWidth } from './label-layout'

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
