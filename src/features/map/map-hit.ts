import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Network } from '@/data/network'
import { type MapHit, nearestLine, type Point, toLine } from './map-pick'
import { drawnArc } from './map-sources'
import { LAYER_IDS, LINK_HIT_RADIUS } from './map-style'
import { isArea, markAt } from './place-marks'

/** How many of a link's ends are areas drawn at a seat (a ring): a tie goes to the more specific link. */
function areaEnds(network: Network, linkId: string): number {
  const link = network.linkById.get(linkId)
  if (!link) return 0
  return [link.jp, link.asean].filter((id) => {
    const place = network.placeById.get(id)
    return place !== undefined && isArea(place)
  }).length
}

/** Extra px of reach for a finger (a coarse pointer): a tap on a 2 px arc or a 4 px dot still hits. */
export const TOUCH_SLACK = 10

/** Whether an event came from a finger or pen, or the device's pointer is coarse. */
export function isCoarse(event: Event | undefined): boolean {
  const type = event && 'pointerType' in event ? (event as PointerEvent).pointerType : ''
  if (type === 'touch' || type === 'pen') return true
  if (type === 'mouse') return false
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches
}

/**
 * What is under the pointer, most specific first: the smallest place mark that reaches it (a dot
 * inside a ring, else the ring), else the nearest arc or flow within LINK_HIT_RADIUS (+ slack), else
 * an ASEAN country or Japan. A flow with no link under the filters is drawn with no width and is
 * skipped; so is a member that had not joined in the shading's year (drawn as a neighbour).
 */
export function hitAt(map: MapLibreMap, network: Network, at: Point, slack = 0): MapHit | null {
  const r = LINK_HIT_RADIUS + slack
  const box: [[number, number], [number, number]] = [
    [at.x - r, at.y - r],
    [at.x + r, at.y + r],
  ]
  const places = map.queryRenderedFeatures(box, { layers: ['places-circle'] }).flatMap((f) => {
    const place = network.placeById.get(String(f.properties.id))
    if (!place) return []
    const p = map.project([place.lon, place.lat])
    return [
      {
        id: place.id,
        r: Number(f.properties.r),
        ring: String(f.properties.ring) === 'true',
        distance: Math.hypot(p.x - at.x, p.y - at.y),
      },
    ]
  })
  const place = markAt(places, slack)
  if (place) return { kind: 'place', id: place.id }

  const lines = map.queryRenderedFeatures(box, { layers: [...LAYER_IDS.links, ...LAYER_IDS.flows] })
  const seen = new Set<string>()
  const candidates = lines.flatMap((f) => {
    const source = f.source === 'flows' ? 'flows' : 'links'
    const id = String(f.properties.id)
    if (seen.has(`${source}:${id}`)) return []
    seen.add(`${source}:${id}`)
    if (source === 'flows' && f.state?.count === 0) return []
    const arc = drawnArc(network, source, id)
    if (!arc) return []
    const distance = toLine(
      at,
      arc.map((c) => map.project(c)),
    )
    const kind = source === 'flows' ? ('flow' as const) : ('link' as const)
    return [{ kind, id, distance, rank: kind === 'link' ? areaEnds(network, id) : 0 }]
  })
  const line = nearestLine(candidates, r)
  if (line) return { kind: line.kind, id: line.id }

  const country = map
    .queryRenderedFeatures([at.x, at.y], { layers: ['countries-fill'] })
    .find((f) => f.properties.role !== 'other' && !f.state?.outside)
  return country ? { kind: 'country', id: String(country.properties.iso3) } : null
}
