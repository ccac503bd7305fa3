import { describe, expect, it } from 'vitest'
import { greatCircle } from './great-circle'

describe('greatCircle', () => {
  it('starts and ends at the endpoints', () => {
    const kitakyushu: [number, number] = [130.88, 33.88]
    const phnomPenh: [number, number] = [104.92, 11.56]
    const arc = greatCircle(kitakyushu, phnomPenh, 16)
    expect(arc).toHaveLength(17)
    expect(arc[0]?.[0]).toBeCloseTo(130.88, 6)
    expect(arc[16]?.[1]).toBeCloseTo(11.56, 6)
  })
  it('bows poleward of the straight line between two northern points', () => {
    const arc = greatCircle([100, 10], [140, 35], 20)
    const mid = arc[10]
    // The rhumb midpoint would be at latitude 22.5; the great circle passes north of it.
    expect(mid?.[1]).toBeGreaterThan(22.5)
  })
  it('returns the two points when they coincide', () => {
    expect(greatCircle([1, 2], [1, 2])).toEqual([
      [1, 2],
      [1, 2],
    ])
  })
})
