import type { Hover } from '@/state/store'

/** What the pointer can be over on the map: a store Hover, or a flow (drawn only on the map). */
export type MapHit = Hover | { kind: 'flow'; id: string }

export interface Point {
  x: number
  y: number
}

/** Distance in px from p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length2 = dx * dx + dy * dy
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy)
}

/** Distance in px from p to a line drawn through `points` (screen positions). */
export function toLine(p: Point, points: readonly Point[]): number {
  if (points.length === 1) return Math.hypot(p.x - (points[0] as Point).x, p.y - (points[0] as Point).y)
  let best = Number.POSITIVE_INFINITY
  for (let i = 1; i < points.length; i++)
    best = Math.min(best, toSegment(p, points[i - 1] as Point, points[i] as Point))
  return best
}

/** Lines closer to each other than this (px) are drawn on top of one another: a tie. */
const TIE = 0.5

/**
 * The line the pointer is actually over: of the lines found near it (a box query returns them in
 * drawing order, not by distance, which picked Yamanashi → Quang Binh at the middle of Kitakyushu →
 * Phnom Penh), the nearest within `radius` px. Lines drawn on one another (links between places
 * drawn at one point, such as Kitakyushu → Phnom Penh and Kitakyushu → Cambodia at national level,
 * drawn at Phnom Penh) tie: the lower `rank` wins (the more specific places), then the first found.
 */
export function nearestLine<T extends { distance: number; rank: number }>(
  lines: readonly T[],
  radius: number,
): T | null {
  let best: T | null = null
  for (const line of lines) {
    if (line.distance > radius) continue
    if (
      !best ||
      line.distance < best.distance - TIE ||
      (line.distance <= best.distance + TIE && line.rank < best.rank)
    )
      best = line
  }
  return best
}
