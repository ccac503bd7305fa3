import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import { selectVisibleLinks } from '@/domain/filter-links'
import type { Selection } from '@/state/defaults'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { type Bounds, boundsOf, related, setStates } from './map-highlight'

/** The selection lit up with its partners, and the camera flown to it. */
export function useMapSelection(
  map: MapLibreMap | null,
  network: Network | undefined,
  selection: Selection | null,
  geo: GeoJSON.FeatureCollection | undefined,
): void {
  useEffect(() => {
    if (!map || !network || !selection) return
    const items = related(network, selection)
    setStates(map, items, 'selected', true)
    const place = selection.kind === 'place' ? network.placeById.get(selection.id) : undefined
    if (place) map.flyTo({ center: [place.lon, place.lat], zoom: Math.max(map.getZoom(), 5), duration: 900 })
    if (selection.kind === 'link') {
      const link = network.linkById.get(selection.id)
      const a = link && network.placeById.get(link.jp)
      const b = link && network.placeById.get(link.asean)
      if (a && b) {
        map.fitBounds(
          [
            [Math.min(a.lon, b.lon), Math.min(a.lat, b.lat)],
            [Math.max(a.lon, b.lon), Math.max(a.lat, b.lat)],
          ],
          { padding: 80, duration: 900, maxZoom: 6 },
        )
      }
    }
    if (selection.kind === 'country' && geo) {
      const feature = geo.features.find((f) => f.properties?.iso3 === selection.id)
      const bounds = feature && boundsOf(feature.geometry)
      if (bounds) map.fitBounds(bounds, { padding: 40, duration: 900, maxZoom: 6 })
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
      .map((f) => boundsOf(f.geometry))
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
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 40, duration: 900, maxZoom: 6 },
    )
  }, [map, geo, network, countryKey])
}
