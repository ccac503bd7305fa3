import type { Place, PlaceLevel } from '@/data/schema'

/**
 * How each place is marked on the map. A municipality or city is a dot; an area drawn at its seat
 * (a country's national-level entry at its capital, a province at its capital city, a prefecture at
 * its office) is a ring, so that "Cambodia (national level)" and Phnom Penh, drawn at one point, can
 * both be told apart and both be hovered: the dot inside, the ring around it.
 */
const RING_RANK: Partial<Record<PlaceLevel, number>> = { prefecture: 1, province: 1, region: 1, country: 2 }

/** Whether a place is an area drawn at its seat, marked by a ring. */
export const isArea = (place: Place): boolean => (RING_RANK[place.level] ?? 0) > 0

/** Pixels between a mark and the ring drawn around it. */
export const RING_GAP = 4
const MIN_RING = 5

export interface Mark {
  /** Radius in px at rest (a ring's is to the middle of its stroke). */
  r: number
  ring: boolean
}

/** A dot's radius by its number of links: 3.5 px for one, growing with the square root, at most 9. */
export function dotRadius(links: number): number {
  return Math.min(9, Math.max(3.5, 3.5 + ((Math.sqrt(Math.max(1, links)) - 1) * 5.5) / 3))
}

/** Places closer than about 1 km (0.01°) are drawn at one point. */
const pointKey = (p: Place) => `${p.lon.toFixed(2)},${p.lat.toFixed(2)}`

/**
 * Each place's mark. Places drawn at one point are stacked: dots at their own size, then the rings
 * from the smallest area out, each at least RING_GAP outside the marks it surrounds.
 */
export function placeMarks(places: readonly Place[], linksAt: (id: string) => number): Map<string, Mark> {
  const stacks = new Map<string, Place[]>()
  for (const p of places) {
    const key = pointKey(p)
    const stack = stacks.get(key)
    if (stack) stack.push(p)
    else stacks.set(key, [p])
  }
  const marks = new Map<string, Mark>()
  for (const stack of stacks.values()) {
    const rank = (p: Place) => RING_RANK[p.level] ?? 0
    stack.sort((a, b) => rank(a) - rank(b))
    let outer = 0
    for (const p of stack) {
      const own = dotRadius(linksAt(p.id))
      const ring = rank(p) > 0
      const r = ring ? Math.max(MIN_RING, own, outer > 0 ? outer + RING_GAP : 0) : own
      marks.set(p.id, { r, ring })
      outer = Math.max(outer, r)
    }
  }
  return marks
}

/** Px of a mark's edge (a ring's stroke, a dot's outline) that count as the mark. */
const EDGE = 1.5

/**
 * Which of the places near the pointer it points at (`distance` in px from each place's point). On
 * a dot, the dot whose point is nearest (neighbouring towns overlap at national scale); else on a
 * ring, the smallest ring (a province's inside a country's); else, within `slack` px (a finger's
 * reach), the mark whose edge is nearest. Inside a ring a dot drawn there comes first: the ring is
 * pointed at on its stroke, around the dot.
 */
export function markAt<T extends { r: number; ring: boolean; distance: number }>(
  hits: readonly T[],
  slack = 0,
): T | null {
  let dot: T | null = null
  let ring: T | null = null
  let near: T | null = null
  const gap = (h: T) => h.distance - h.r - EDGE
  for (const h of hits) {
    if (gap(h) > 0) {
      if (gap(h) <= slack && (!near || gap(h) < gap(near))) near = h
    } else if (!h.ring) {
      if (!dot || h.distance < dot.distance) dot = h
    } else if (!ring || h.r < ring.r) ring = h
  }
  return dot ?? ring ?? near
}
