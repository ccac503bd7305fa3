import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import type { Lang } from '@/i18n/i18n'
import { countEvent } from '@/shared/perf'
import { setSourceData } from './map-setup'
import { flowsGeoJson, linksGeoJson, MAP_LINK_LIMIT, placesGeoJson } from './map-sources'
import { arrowVisibility, LAYER_IDS, labelFieldOf, labelText } from './map-style'

/**
 * The map's sources and label language. Data changes only when the dataset does (filters and
 * highlights never rebuild it), and nothing is sent that the map already holds.
 */
export function useMapData(
  map: MapLibreMap | null,
  geo: GeoJSON.FeatureCollection | undefined,
  labels: GeoJSON.FeatureCollection | undefined,
  network: Network | undefined,
  lang: Lang,
): void {
  useEffect(() => {
    if (map && geo) setSourceData(map, 'countries', geo, () => geo)
  }, [map, geo])
  useEffect(() => {
    if (map && labels) setSourceData(map, 'country-labels', labels, () => labels)
  }, [map, labels])

  useEffect(() => {
    if (!map || !network) return
    const visibility = arrowVisibility(network.links.length)
    if ((map.getLayoutProperty('links-arrow', 'visibility') ?? 'visible') !== visibility)
      map.setLayoutProperty('links-arrow', 'visibility', visibility)
    const flows = setSourceData(map, 'flows', network, () => flowsGeoJson(network))
    const links = setSourceData(
      map,
      'links',
      network,
      () => linksGeoJson(network),
      Math.min(network.links.length, MAP_LINK_LIMIT),
    )
    const places = setSourceData(map, 'places', network, () => placesGeoJson(network), network.places.length)
    if (flows || links || places) countEvent('map.setData')
  }, [map, network])

  useEffect(() => {
    if (!map) return
    const field = labelText(labelFieldOf(lang))
    for (const layer of LAYER_IDS.labels)
      if (JSON.stringify(map.getLayoutProperty(layer, 'text-field')) !== JSON.stringify(field))
        map.setLayoutProperty(layer, 'text-field', field)
  }, [map, lang])
}
