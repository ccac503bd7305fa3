import { describe, expect, it } from 'vitest'
import type { Network } from '@/data/network'
import type { Link } from '@/data/schema'
import type { Project } from '@/data/schema-files'
import { greatCircle } from '@/domain/great-circle'
import { ARC_TOLERANCE, arcCoordinates, arcTolerance, DETAILED_ARC_LINKS } from './map-arcs'
import { MAP_LINK_LIMIT, mapLinks } from './map-sources'

type P = [number, number]
const mercator = ([lon, lat]: P): P => [
  (lon * Math.PI) / 180,
  Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
]

function distanceToSegment([px, py]: P, [ax, ay]: P, [bx, by]: P): number {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

const PAIRS: [string, P, P][] = [
  ['Kitakyushu → Phnom Penh', [130.88, 33.88], [104.92, 11.56]],
  ['Sapporo → Jakarta', [141.35, 43.06], [106.85, -6.21]],
  ['Yokohama → Cebu', [139.64, 35.45], [123.89, 10.32]],
  ['Naha → Manila', [127.68, 26.21], [120.98, 14.6]],
]

describe('arcCoordinates', () => {
  it.each(PAIRS)('%s: as few points as keep the drawn arc on the great circle', (_, a, b) => {
    const arc = arcCoordinates(a, b)
    expect(arc[0]?.[0]).toBeCloseTo(a[0], 6)
    expect(arc[0]?.[1]).toBeCloseTo(a[1], 6)
    expect(arc.at(-1)?.[0]).toBeCloseTo(b[0], 6)
    expect(arc.at(-1)?.[1]).toBeCloseTo(b[1], 6)
    // Far fewer than the 32 pieces every arc used to have.
    expect(arc.length).toBeLessThanOrEqual(16)
    // Every point of the true curve is within 1/2,000 of the arc's length of the straight pieces
    // MapLibre draws (half a pixel on an arc drawn 1,000 pixels long).
    const drawn = arc.map(mercator)
    const start = drawn[0] as P
    const end = drawn.at(-1) as P
    const length = Math.hypot(end[0] - start[0], end[1] - start[1])
    for (const point of greatCircle(a, b, 256).map(mercator)) {
      let nearest = Infinity
      for (let i = 1; i < drawn.length; i++) {
        nearest = Math.min(nearest, distanceToSegment(point, drawn[i - 1] as P, drawn[i] as P))
      }
      expect(nearest).toBeLessThan(length / 2_000)
    }
  })

  it('keeps fewer points per arc, within the looser tolerance, when there are very many links', () => {
    expect(arcTolerance(65)).toBe(ARC_TOLERANCE)
    expect(arcTolerance(DETAILED_ARC_LINKS)).toBe(ARC_TOLERANCE)
    expect(arcTolerance(100_000)).toBeGreaterThan(ARC_TOLERANCE * 10)
    for (const [, a, b] of PAIRS) {
      const tolerance = arcTolerance(100_000)
      const arc = arcCoordinates(a, b, tolerance)
      expect(arc.length).toBeLessThan(arcCoordinates(a, b).length)
      expect(arc.length).toBeLessThanOrEqual(5)
      const drawn = arc.map(mercator)
      const length = Math.hypot(
        (drawn.at(-1) as P)[0] - (drawn[0] as P)[0],
        (drawn.at(-1) as P)[1] - (drawn[0] as P)[1],
      )
      for (const point of greatCircle(a, b, 256).map(mercator)) {
        let nearest = Infinity
        for (let i = 1; i < drawn.length; i++)
          nearest = Math.min(nearest, distanceToSegment(point, drawn[i - 1] as P, drawn[i] as P))
        expect(nearest).toBeLessThan(length * tolerance)
      }
    }
  })

  it('returns the two points of a place linked to itself', () => {
    expect(arcCoordinates([1, 2], [1, 2])).toEqual([
      [1, 2],
      [1, 2],
    ])
  })
})

describe('links drawn at scale', () => {
  const network = (n: number, withProjects: number[]) =>
    ({
      links: Array.from({ length: n }, (_, i) => ({ id: `l-${i}` }) as Link),
      projectsByLink: new Map(withProjects.map((i) => [`l-${i}`, [{} as Project, {} as Project]])),
    }) as unknown as Network
  it('draws every link up to the limit', () => {
    const small = network(MAP_LINK_LIMIT, [])
    expect(mapLinks(small)).toBe(small.links)
  })
  it('past the limit draws as many as the limit, those with most projects first', () => {
    const big = network(MAP_LINK_LIMIT + 5_000, [MAP_LINK_LIMIT + 4_999, 7])
    const drawn = mapLinks(big)
    expect(drawn).toHaveLength(MAP_LINK_LIMIT)
    expect(drawn.slice(0, 2).map((l) => l.id)).toEqual(['l-7', `l-${MAP_LINK_LIMIT + 4_999}`])
  })
})
