import { describe, expect, it } from 'vitest'
import { sparkline } from './sparkline-model'

describe('sparkline', () => {
  it('spans the box: first year at the left, highest value at the top', () => {
    const s = sparkline(
      [
        [1990, 100],
        [2000, 400],
        [2010, 200],
      ],
      100,
      20,
      2,
    )
    expect(s?.first).toMatchObject({ x: 2, y: 18, year: 1990 })
    expect(s?.placed[1]).toMatchObject({ x: 50, y: 2 })
    expect(s?.last).toMatchObject({ x: 98, year: 2010, value: 200 })
    expect(s?.d.startsWith('M2,18L50,2L98,')).toBe(true)
  })
  it('draws a flat series across the middle', () => {
    const s = sparkline(
      [
        [2000, 5],
        [2001, 5],
      ],
      10,
      10,
      0,
    )
    expect(s?.placed.map((p) => p.y)).toEqual([5, 5])
  })
  it('needs two points', () => {
    expect(sparkline([[2000, 1]], 10, 10)).toBeNull()
  })
})
