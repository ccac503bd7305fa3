import { describe, expect, it } from 'vitest'
import type { Place } from '@/data/schema'
import { dotRadius, isArea, markAt, placeMarks, RING_GAP } from './place-marks'

const place = (id: string, level: Place['level'], lon = 104.916, lat = 11.5625): Place => ({
  id,
  name: { ja: id, en: id },
  country: 'KHM',
  level,
  lat,
  lon,
  source: { ref: 'test' },
})

describe('place marks', () => {
  it('draw a city as a dot and an area at its seat as a ring', () => {
    expect(isArea(place('a', 'city'))).toBe(false)
    expect(isArea(place('b', 'country'))).toBe(true)
    expect(isArea(place('c', 'province'))).toBe(true)
    expect(isArea(place('d', 'prefecture'))).toBe(true)
  })

  it('put a ring around the dot drawn at the same point, and a country’s ring around a province’s', () => {
    const links: Record<string, number> = { 'phnom-penh': 16, cambodia: 1, province: 1 }
    const marks = placeMarks(
      [place('cambodia', 'country'), place('phnom-penh', 'city'), place('province', 'province')],
      (id) => links[id] ?? 0,
    )
    const city = marks.get('phnom-penh')
    const province = marks.get('province')
    const country = marks.get('cambodia')
    expect(city).toEqual({ r: dotRadius(16), ring: false })
    expect(province?.ring).toBe(true)
    expect(province?.r).toBeGreaterThanOrEqual((city?.r ?? 0) + RING_GAP)
    expect(country?.r).toBeGreaterThanOrEqual((province?.r ?? 0) + RING_GAP)
  })

  it('leave places at different points at their own size', () => {
    const marks = placeMarks([place('a', 'city', 100), place('b', 'city', 101)], () => 4)
    expect(marks.get('a')).toEqual({ r: dotRadius(4), ring: false })
    expect(marks.get('b')).toEqual({ r: dotRadius(4), ring: false })
    expect(dotRadius(1)).toBe(3.5)
    expect(dotRadius(1_000)).toBe(9)
  })

  it('point at the dot inside a ring, and at the ring outside the dot', () => {
    const dot = { id: 'phnom-penh', r: 4, ring: false }
    const ring = { id: 'cambodia', r: 9, ring: true }
    const at = (distance: number) =>
      markAt([
        { ...ring, distance },
        { ...dot, distance },
      ])?.id ?? null
    expect(at(0)).toBe('phnom-penh')
    expect(at(4.5)).toBe('phnom-penh')
    expect(at(7)).toBe('cambodia')
    expect(at(9.5)).toBe('cambodia')
    expect(at(12)).toBeNull()
    // A finger reaches further, to the nearest mark's edge; a mark it is on comes first.
    expect(markAt([{ ...ring, distance: 15 }], 10)?.id).toBe('cambodia')
    const yokohama = { id: 'yokohama', r: 9, ring: false, distance: 0 }
    const shizuoka = { id: 'shizuoka', r: 3.5, ring: false, distance: 12 }
    expect(markAt([shizuoka, yokohama], 10)?.id).toBe('yokohama')
    expect(markAt([shizuoka, { ...yokohama, distance: 24 }], 10)?.id).toBe('shizuoka')
  })

  it('point at the overlapping dot whose point is nearest, and at the smaller of two rings', () => {
    // Cebu City and Lapu-Lapu City, a pixel apart at national scale, inside Metro Cebu's ring.
    const cebu = { id: 'cebu', r: 6, ring: false, distance: 0.5 }
    const lapu = { id: 'lapu-lapu', r: 3.5, ring: false, distance: 1.5 }
    const metro = { id: 'metro-cebu', r: 10, ring: true, distance: 0.5 }
    expect(markAt([lapu, metro, cebu])?.id).toBe('cebu')
    const province = { id: 'province', r: 7.5, ring: true, distance: 6 }
    const country = { id: 'country', r: 11.5, ring: true, distance: 6 }
    expect(markAt([country, province])?.id).toBe('province')
    expect(
      markAt([
        { ...country, distance: 11 },
        { ...province, distance: 11 },
      ])?.id,
    ).toBe('country')
  })
})
