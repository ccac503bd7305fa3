import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Network } from '@/data/network'
import { linkFlows } from '@/domain/link-flows'
import type { Selection } from '@/state/defaults'
import type { MapHit } from './map-pick'
import { drawable } from './map-setup'

/** A feature of one of the map's sources. */
export interface FeatureRef {
  source: string
  id: string
}

/**
 * The features to light up for a hovered or selected item: it and its partners. A hover also lights
 * the flows its links belong to (at national scale they are what is drawn); a selection does not: it
 * draws its own links over the dimmed flows instead (use-map-focus.ts).
 */
export function related(network: Network, item: MapHit | Selection, flows = true): FeatureRef[] {
  const flowOf = (linkId: string): FeatureRef[] => {
    const flow = flows ? linkFlows(network).flowOfLink.get(linkId) : undefined
    return flow ? [{ source: 'flows', id: flow.id }] : []
  }
  if (item.kind === 'link') {
    const link = network.linkById.get(item.id)
    if (!link) return []
    return [
      { source: 'links', id: link.id },
      { source: 'places', id: link.jp },
      { source: 'places', id: link.asean },
      ...flowOf(link.id),
    ]
  }
  if (item.kind === 'place') {
    const out: FeatureRef[] = [{ source: 'places', id: item.id }]
    for (const link of network.linksByPlace.get(item.id) ?? []) {
      out.push({ source: 'links', id: link.id })
      out.push({ source: 'places', id: link.jp === item.id ? link.asean : link.jp })
      out.push(...flowOf(link.id))
    }
    return out
  }
  if (item.kind === 'flow') {
    const flow = linkFlows(network).flowById.get(item.id)
    if (!flow) return []
    return [
      { source: 'flows', id: flow.id },
      { source: 'places', id: flow.from.id },
      { source: 'places', id: flow.to.id },
    ]
  }
  if (item.kind === 'country') return [{ source: 'countries', id: item.id }]
  return []
}

export function setStates(map: MapLibreMap, items: readonly FeatureRef[], key: string, value: boolean): void {
  // A lost context took the style and its states with it (see use-map-context.ts).
  if (!drawable(map)) return
  for (const { source, id } of items) map.setFeatureState({ source, id }, { [key]: value })
}

export type Bounds = [[number, number], [number, number]]

/** A feature's box: its GeoJSON `bbox` when it has one (the country shapes do, from the build), else computed. */
export function featureBounds(feature: GeoJSON.Feature): Bounds | null {
  const b = feature.bbox
  if (b?.length === 4 && b.every(Number.isFinite))
    return [
      [b[0], b[1]],
      [b[2], b[3]],
    ]
  return boundsOf(feature.geometry)
}

/** The [south-west, north-east] box of a geometry's coordinates, or null for none. */
export function boundsOf(geometry: GeoJSON.Geometry): Bounds | null {
  let w = 180
  let s = 90
  let e = -180
  let n = -90
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number]
      w = Math.min(w, x)
      e = Math.max(e, x)
      s = Math.min(s, y)
      n = Math.max(n, y)
    } else if (Array.isArray(c)) for (const part of c) visit(part)
  }
  if ('coordinates' in geometry) visit(geometry.coordinates)
  return w <= e
    ? [
        [w, s],
        [e, n],
      ]
    : null
}
