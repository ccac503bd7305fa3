import type { QueryClient } from '@tanstack/react-query'
import { countriesGeoQuery, countryLabelsQuery, fontFacesQuery } from '@/data/assets'
import { networkInCache } from '@/data/use-dataset'
import type { Lang } from '@/i18n/i18n'
import { existingMap } from '@/shared/map-instance'
import { countEvent } from '@/shared/perf'
import { mapIn } from './map-setup'
import { mapStart } from './map-sources'

/**
 * Starts the explore page's map as soon as its basemap files and its links and places are in, before
 * the page's messages have loaded and before React's first render: the map's worker and the GPU
 * start on its tiles while the main thread renders the page. It starts in a hidden slot the size the
 * map area will have (.map-boot-slot, from the same CSS variables as the page's grid); the map view
 * moves it into its place in the page, and fits it again only if the sizes differ after all.
 *
 * It starts with exactly what the map view would have started it with (the same network object), so
 * nothing is set twice. Without the basemap's fonts (a failed file) the map view creates the map as
 * before and reports what is missing; a failed data file leaves its source to the map view too.
 */
export function startMapEarly(client: QueryClient, lang: Lang): void {
  const fontFaces = client.getQueryData(fontFacesQuery.queryKey)
  if (!fontFaces || existingMap()) return
  const countries = client.getQueryData(countriesGeoQuery.queryKey)
  const labels = client.getQueryData(countryLabelsQuery.queryKey)
  const network = networkInCache(client)
  const slot = document.createElement('div')
  slot.className = 'map-boot-slot'
  slot.dataset.bootSlot = ''
  document.body.append(slot)
  try {
    mapIn(slot, fontFaces, mapStart(lang, countries, labels, network))
    if (network) countEvent('map.setData')
  } catch {
    // The map service keeps the reason (no WebGL, most often); the map view shows it where the map would be.
    slot.remove()
  }
}
