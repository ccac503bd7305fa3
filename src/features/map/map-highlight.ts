import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl'
import type { Network } from '@/data/network'
import type { Selection } from '@/state/defaults'
import type { Hover } from '@/state/store'
import { LAYER_IDS } from './map-style'

const LINK_LAYERS: ReadonlySet<string> = new Set(LAYER_IDS.links)

/** A feature of one of the map's sources. */
export interface FeatureRef {
  source: string
  id: string
}

/** Which feature a map event is over, most specific first: a place, then a link, then a country. */
export function pick(features: MapGeoJSONFeature[]): Hover | null {
  const place = features.find((f) => f.layer.id === 'places-circle')
  if (place) return { kind: 'place', id: String(place.properties.id) }
  const link = features.find((f) => LINK_LAYERS.has(f.layer.id))
  if (link) return { kind: 'link', id: String(link.properties.id) }
  const country = features.find((f) => f.layer.id === 'countries-fill' && f.properties.role !== 'other')
  if (country) return { kind: 'country', id: String(country.properties.iso3) }
  return null
}

/** The features to light up for a hovered or selected item: it and its partners. */
export function related(network: Network, item: Hover | Selection): FeatureRef[] {
  if (item.kind === 'link') {
    const link = network.linkById.get(item.id)
    if (!link) return []
    return [
      { source: 'links', id: link.id },
      { source: 'places', id: link.jp },
      { source: 'places', id: link.asean },
    ]
  }
  if (item.kind === 'place') {
    const out = [{ source: 'places', id: item.id }]
    for (const link of network.linksByPlace.get(item.id) ?? []) {
      out.push({ source: 'links', id: link.id })
      out.push({ source: 'places', id: link.jp === item.id ? link.asean : link.jp })
    }
    return out
  }
  if (item.kind === 'country') return [{ source: 'countries', id: item.id }]
  return []
}

export function setStates(map: MapLibreMap, items: readonly FeatureRef[], key: string, value: boolean): void {
  for (const { source, id } of items) map.setFeatureState({ source, id }, { [key]: value })
}

export type Bounds = [[number, number], [number, number]]

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
