import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { labelFilter, noDataFilter } from './map-layers'
import { holdsOf } from './map-setup'
import type { ShadedMap } from './use-choropleth'

/**
 * Shades ASEAN countries through feature-state: no data rebuild when the indicator or year changes.
 * The countries without a value are hatched by a filter, set only when that set changes; members
 * that had not joined in the shading's year are drawn as neighbours (feature-state) and unlabelled
 * (a filter, set only when that set changes).
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
        { fill: choropleth.scale.colorOf.get(v.iso3) ?? null, outside: false },
      )
      if (v.value === null) missing.push(v.iso3)
    }
    for (const iso3 of choropleth.outside)
      map.setFeatureState({ source: 'countries', id: iso3 }, { fill: null, outside: true })
    const { filters } = holdsOf(map)
    const key = JSON.stringify(missing.sort())
    if (filters.noData !== key) {
      map.setFilter('countries-nodata', noDataFilter(missing), { validate: false })
      filters.noData = key
    }
    const outside = [...choropleth.outside].sort()
    const outsideKey = JSON.stringify(outside)
    if (filters.outside !== outsideKey) {
      map.setFilter('country-labels', labelFilter(outside), { validate: false })
      filters.outside = outsideKey
    }
  }, [map, geo, choropleth])
}
