import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import { selectVisibleLinks } from '@/domain/filter-links'
import type { Selection } from '@/state/defaults'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { frame } from './camera-flight'
import { heightOf } from './legend-height'
import { type Bounds, featureBounds, related, setStates } from './map-highlight'
import { DETAIL_ZOOM } from './map-link-layers'

/**
 * Padding that keeps what the camera frames clear of the legend, which lies over the map's
 * bottom-left corner: room below for its height (at most 40% of the map's). None on a phone, where
 * the legend is under the map.
 */
function framing(map: MapLibreMap, base: number): PaddingOptions {
  const legend = map.getContainer().closest('.map-view')?.querySelector<HTMLElement>('.map-legend')
  // Neither height is read from the layout, which would lay the page out inside the filter change:
  // the legend's is observed, the map's is its canvas's size in device pixels as MapLibre set it.
  const height = map.getCanvas().height / map.getPixelRatio()
  const below = legend ? Math.min(heightOf(legend), height * 0.4) : 0
  return { top: base, right: base, left: base, bottom: base + below }
}

/** The selection lit up with its partners, and the camera flown to it. */
export function useMapSelection(
  map: MapLibreMap | null,
  network: Network | undefined,
  selection: Selection | null,
  geo: GeoJSON.FeatureCollection | undefined,
): void {
  useEffect(() => {
    if (!map || !network || !selection) return
    const items = related(network, selection, false)
    setStates(map, items, 'selected', true)
    const place = selection.kind === 'place' ? network.placeById.get(selection.id) : undefined
    // A place is flown to at the zoom that draws each of its links, above the legend (an offset,
    // not a padding: a flight's padding stays with the map).
    if (place) {
      const zoom = Math.max(map.getZoom(), DETAIL_ZOOM)
      frame(map, () =>
        map.flyTo({
          center: [place.lon, place.lat],
          zoom,
          duration: 900,
          offset: [0, -(framing(map, 0).bottom ?? 0) / 2],
        }),
      )
    }
    if (selection.kind === 'link') {
      const link = network.linkById.get(selection.id)
      const a = link && network.placeById.get(link.jp)
      const b = link && network.placeById.get(link.asean)
      if (a && b)
        frame(map, () =>
          map.fitBounds(
            [
              [Math.min(a.lon, b.lon), Math.min(a.lat, b.lat)],
              [Math.max(a.lon, b.lon), Math.max(a.lat, b.lat)],
            ],
            { padding: framing(map, 80), duration: 900, maxZoom: 6 },
          ),
        )
    }
    if (selection.kind === 'country' && geo) {
      const feature = geo.features.find((f) => f.properties?.iso3 === selection.id)
      const bounds = feature && featureBounds(feature)
      if (bounds)
        frame(map, () => map.fitBounds(bounds, { padding: framing(map, 40), duration: 900, maxZoom: 6 }))
    }
    return () => setStates(map, items, 'selected', false)
  }, [map, network, selection, geo])
}

/**
 * Filtering to countries (and compare mode, whose countries are the country filter) frames them
 * together with both ends of their visible links. `countryKey`: the filtered ISO3 codes joined.
 */
export function useCountryFraming(
  map: MapLibreMap | null,
  geo: GeoJSON.FeatureCollection | undefined,
  network: Network | undefined,
  countryKey: string,
): void {
  useEffect(() => {
    if (!map || !geo || !countryKey) return
    const wanted = new Set(countryKey.split(','))
    const boxes = geo.features
      .filter((f) => wanted.has(String(f.properties?.iso3)))
      .map(featureBounds)
      .filter((b): b is Bounds => b !== null)
    if (boxes.length === 0) return
    if (network) {
      for (const link of selectVisibleLinks(network, selectFilters(useStore.getState()))) {
        for (const id of [link.jp, link.asean]) {
          const p = network.placeById.get(id)
          if (p)
            boxes.push([
              [p.lon, p.lat],
              [p.lon, p.lat],
            ])
        }
      }
    }
    const w = Math.min(...boxes.map((b) => b[0][0]))
    const s = Math.min(...boxes.map((b) => b[0][1]))
    const e = Math.max(...boxes.map((b) => b[1][0]))
    const n = Math.max(...boxes.map((b) => b[1][1]))
    frame(map, () =>
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: framing(map, 40), duration: 900, maxZoom: 6 },
      ),
    )
  }, [map, geo, network, countryKey])
}
