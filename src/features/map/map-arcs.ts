import type { Place } from '@/data/schema'
import { greatCircle } from '@/domain/great-circle'

// The arcs the map draws: great circles in as few straight pieces as keep them within a tolerance,
// each computed once per pair of places.

/**
 * How far off the true curve an arc's straight pieces may be, as a share of the arc's length:
 * half a pixel on an arc drawn 1,000 pixels long.
 */
export const ARC_TOLERANCE = 1 / 2_000
const MAX_SEGMENTS = 32
/**
 * Past this many links the arcs overlap into a mass in which a pixel of curvature cannot be seen,
 * while every point of every arc is copied to the map's worker, cut into tiles and drawn.
 */
export const DETAILED_ARC_LINKS = 8_000
const MAX_TOLERANCE = 1 / 100

/**
 * The tolerance for the arcs of a dataset of `links` links: ARC_TOLERANCE up to DETAILED_ARC_LINKS,
 * then growing with the number of links (at most 1/100 of an arc's length), so the points of all
 * arcs together grow with √links instead of links: about 3 instead of 10 per arc at 100,000 links.
 */
export function arcTolerance(links: number): number {
  return Math.min(MAX_TOLERANCE, ARC_TOLERANCE * Math.max(1, links / DETAILED_ARC_LINKS))
}

/** Web Mercator, in which MapLibre draws each piece of a line straight. */
function mercator([lon, lat]: [number, number]): [number, number] {
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))]
}

/** How far p is from the straight line through a and b. */
function offLine([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const length = Math.hypot(bx - ax, by - ay)
  return length === 0
    ? Math.hypot(px - ax, py - ay)
    : Math.abs((px - ax) * (by - ay) - (py - ay) * (bx - ax)) / length
}

/**
 * The great circle from a to b in as few straight pieces as keep it within ARC_TOLERANCE. A piece
 * of 1/n of the arc strays from it by about 1/n² of the whole arc's bow, which gives the first
 * guess; the middle of each piece is then checked, and the pieces made shorter where one strays
 * further. Ties between Japan and South-East Asia need 5–16 pieces instead of a fixed 32: fewer
 * points for MapLibre to copy to its worker and cut into tiles, for every link.
 */
export function arcCoordinates(
  a: [number, number],
  b: [number, number],
  tolerance = ARC_TOLERANCE,
): [number, number][] {
  // The middle and (longitude unwrapped across the antimeridian) the end of the arc.
  const [, mid, end] = greatCircle(a, b, 2)
  if (!mid || !end) return [a, b]
  const start = mercator(a)
  const finish = mercator(end)
  const allowed = Math.hypot(finish[0] - start[0], finish[1] - start[1]) * tolerance
  if (allowed === 0) return [a, b]
  const bow = offLine(mercator(mid), start, finish)
  let segments = Math.min(MAX_SEGMENTS, Math.max(2, Math.ceil(Math.sqrt(bow / allowed))))
  for (;;) {
    // Every other point is an end of a piece; the ones between are the middles of the pieces.
    const halves = greatCircle(a, b, 2 * segments)
    const flat = halves.map(mercator)
    let worst = 0
    for (let i = 1; i < flat.length - 1; i += 2) {
      worst = Math.max(
        worst,
        offLine(
          flat[i] as [number, number],
          flat[i - 1] as [number, number],
          flat[i + 1] as [number, number],
        ),
      )
    }
    if (worst <= allowed || segments >= MAX_SEGMENTS) return halves.filter((_, i) => i % 2 === 0)
    segments = Math.min(MAX_SEGMENTS, Math.ceil(segments * Math.sqrt(worst / allowed)))
  }
}

/** Each arc is computed once per pair of places and tolerance, whatever the number of datasets. */
const arcCache = new Map<number, WeakMap<Place, WeakMap<Place, [number, number][]>>>()
export function arcOf(jp: Place, asean: Place, tolerance: number): [number, number][] {
  let byJp = arcCache.get(tolerance)
  if (!byJp) {
    byJp = new WeakMap()
    arcCache.set(tolerance, byJp)
  }
  let byAsean = byJp.get(jp)
  if (!byAsean) {
    byAsean = new WeakMap()
    byJp.set(jp, byAsean)
  }
  let arc = byAsean.get(asean)
  if (!arc) {
    arc = arcCoordinates([jp.lon, jp.lat], [asean.lon, asean.lat], tolerance)
    byAsean.set(asean, arc)
  }
  return arc
}
