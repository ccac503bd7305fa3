import { describe, expect, it } from 'vitest'
import { nearestLine, toLine } from './map-pick'

describe('the line under the pointer', () => {
  it('is measured to the nearest piece of the line', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]
    expect(toLine({ x: 5, y: 3 }, line)).toBe(3)
    expect(toLine({ x: 14, y: 5 }, line)).toBe(4)
    expect(toLine({ x: -3, y: -4 }, line)).toBe(5)
  })

  it('is the nearest one, not the first one found', () => {
    const found = [
      { id: 'yamanashi-quang-binh', distance: 5, rank: 0 },
      { id: 'kitakyushu-phnom-penh', distance: 0.4, rank: 0 },
    ]
    expect(nearestLine(found, 6)?.id).toBe('kitakyushu-phnom-penh')
    expect(nearestLine(found, 0.3)).toBeNull()
  })

  it('among lines drawn on one another, is the one between the more specific places', () => {
    const national = { id: 'kitakyushu-cambodia', distance: 1, rank: 1 }
    const city = { id: 'kitakyushu-phnom-penh', distance: 1.2, rank: 0 }
    expect(nearestLine([national, city], 6)?.id).toBe('kitakyushu-phnom-penh')
    // Apart by more than a tie, the nearer wins whatever its places.
    expect(nearestLine([{ ...national, distance: 0 }, city], 6)?.id).toBe('kitakyushu-cambodia')
  })
})
