import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { noDataFilter } from './map-layers'
import { holdsOf } from './map-setup'
import type { ShadedMap } from './use-choropleth'

/**
 * Shades ASEAN countries through feature-state: no data rebuild when the indicator or year changes.
 * The countries without a value are hatched by a filter, set only when that set changes.
 */
export function useMapShading(
  map: MapLibreMap | null,
  geo: GeoJSON.FeatureCollection | undefined,
  choropleth: ShadedMap,
): void {
  useEffect(() => {
    if (!map || !geo) return
    const missing: string[] = []
    for (const v of choropleth.values) {
      map.setFeatureState(
        { source: 'countries', id: v.iso3 },
        { fill: choropleth.scale.colorOf.get(v.iso3) ?? null },
      )
      if (v.value === null) missing.push(v.iso3)
    }
    const key = JSON.stringify(missing.sort())
    const { filters } = holdsOf(map)
    if (filters.noData !== key) {
      map.setFilter('countries-nodata', noDataFilter(missing), { validate: false })
      filters.noData = key
    }
  }, [map, geo, choropleth])
}
