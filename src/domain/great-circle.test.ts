import { describe, expect, it } from 'vitest'
import { greatCircle } from './great-circle'

describe('greatCircle', () => {
  it('starts and ends at the endpoints', () => {
    const kitakyushu: [number, number] = [130.88, 33.88]
    const phnomPenh: [number, number] = [104.92, 11.56]
    const arc = greatCircle(kitakyushu, phnomPenh, 16)
    expect(arc).toHaveLength(17)
    expect(arc[0]?.[0]).toBeCloseTo(130.88, 6)
    expect(arc[0]?.[1]).toBeCloseTo(33.88, 6)
    expect(arc[16]?.[0]).toBeCloseTo(104.92, 6)
    expect(arc[16]?.[1]).toBeCloseTo(11.56, 6)
  })
  it('follows the equator along the equator, in equal steps', () => {
    const arc = greatCircle([0, 0], [90, 0], 4)
    expect(arc.map(([lon]) => lon)).toEqual([0, 22.5, 45, 67.5, 90].map((x) => expect.closeTo(x, 9)))
    for (const [, lat] of arc) expect(lat).toBeCloseTo(0, 9)
  })
  it('bows poleward of the straight line between two northern points', () => {
    const arc = greatCircle([100, 10], [140, 35], 20)
    const mid = arc[10]
    // The rhumb midpoint would be at latitude 22.5; the great circle passes north of it.
    expect(mid?.[1]).toBeGreaterThan(22.5)
  })
  it('crosses the antimeridian without a jump: longitudes go on past 180°', () => {
    const arc = greatCircle([170, 10], [-170, 10], 8)
    for (let i = 1; i < arc.length; i++)
      expect(Math.abs((arc[i]?.[0] as number) - (arc[i - 1]?.[0] as number))).toBeLessThan(10)
    expect(arc.at(-1)?.[0]).toBeCloseTo(190, 9)
    // And the other way round, past −180°.
    expect(greatCircle([-170, -5], [170, -5], 4).at(-1)?.[0]).toBeCloseTo(-190, 9)
  })
  it('returns the two points when they coincide', () => {
    expect(greatCircle([1, 2], [1, 2])).toEqual([
      [1, 2],
      [1, 2],
    ])
  })
})
