import { useQuery } from '@tanstack/react-query'
import { memo, useEffect, useRef, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { countriesGeoQuery, countryLabelsQuery, fontFacesQuery } from '@/data/assets'
import { useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { fitHome, mapShown, subscribeMapShown } from '@/shared/map-instance'
import { useRenderCount } from '@/shared/perf'
import { useLang } from '@/shared/use-lang'
import { selectFilters, selectSelection } from '@/state/selectors'
import { useStore } from '@/state/store'
import { MapDownload as MapDownloadButton } from './map-download'
import { MapLegend as MapLegendPanel } from './map-legend'
import { setMapUiText } from './map-setup'
import { mapStart } from './map-sources'
import type { MapStart } from './map-style'
import { MapTooltip as MapTooltipBox } from './map-tooltip'
import { useChoropleth } from './use-choropleth'
import { useMapContextLost } from './use-map-context'
import { useMapData } from './use-map-data'
import { useMapDimming } from './use-map-dimming'
import { useMapFilters } from './use-map-filters'
import { useCountryFraming, useMapSelection } from './use-map-focus'
import { useMapInsets } from './use-map-insets'
import { useMapPointer } from './use-map-pointer'
import { useMapShading } from './use-map-shading'
import { useMapSlot } from './use-map-slot'

// The overlays re-render with their own props only, not with every filter change of the view
// (the legend's count of links shown is a component of its own).
const MapDownload = memo(MapDownloadButton)
const MapLegend = memo(MapLegendPanel)
const MapTooltip = memo(MapTooltipBox)

/**
 * The map and its overlays. Each concern of the map is a hook of its own: where it lives
 * (useMapSlot), its data (useMapData), the filters (useMapFilters), the shading (useMapShading),
 * the selection and framing (use-map-focus), what a selection dims and expands (useMapDimming) and
 * the pointer (useMapPointer).
 * `overlays`: the legend, tooltip and buttons; false while the page's first commit only starts the map.
 */
export function MapView({ overlays = true }: { overlays?: boolean }) {
  useRenderCount('MapView')
  const { t } = useTranslation()
  const slot = useRef<HTMLDivElement>(null)
  const fontFaces = useQuery(fontFacesQuery)
  const geo = useQuery(countriesGeoQuery)
  const labels = useQuery(countryLabelsQuery)
  const { network } = useNetwork()
  const lang = useLang()
  const filters = useStore(selectFilters)
  const selection = useStore(selectSelection)
  const choropleth = useChoropleth()
  const visible = network ? selectVisibleLinks(network, filters) : undefined
  // While the first view assembles its canvas is hidden (see map-instance.ts): say so over the sea.
  const drawing = useSyncExternalStore(subscribeMapShown, mapShown) === 'drawing'

  // What the map starts with, read when it is created: the data that is in by then goes straight
  // into its style (a file that failed is simply absent; the panels report it).
  const start = useRef<() => MapStart>(null)
  start.current = () => mapStart(lang, geo.data, labels.data, network)
  // The map is created once the files of its basemap have arrived (or failed); links and places
  // that are checked by then go in at once, later ones by setData.
  const canCreate = !!fontFaces.data && !geo.isPending && !labels.isPending
  const { map: created, failure } = useMapSlot(slot, fontFaces.data, canCreate, start)
  // While the WebGL context is lost the hooks let go of the map; once it is back with its style they
  // set everything again from the store, including what changed meanwhile (use-map-context.ts).
  const lost = useMapContextLost(created)
  const map = lost ? null : created
  useMapData(map, geo.data, labels.data, network, lang)
  useMapFilters(map, network, visible, filters)
  useMapShading(map, geo.data, choropleth)
  useMapSelection(map, network, selection, geo.data)
  useMapDimming(map, network, selection, filters)
  useCountryFraming(map, geo.data, network, filters.countries.join(','))
  useMapPointer(map, network)
  useMapInsets(map)
  // MapLibre's controls and credits in the page's language (they outlive a lost context).
  const [zoomIn, zoomOut, label, credits, creditsToggle] = [
    t('map.zoomIn'),
    t('map.zoomOut'),
    t('map.label'),
    t('map.credits'),
    t('map.creditsToggle'),
  ]
  useEffect(() => {
    if (created) setMapUiText(created, { zoomIn, zoomOut, label, credits, creditsToggle })
  }, [created, zoomIn, zoomOut, label, credits, creditsToggle])

  const message = failure
    ? failure.noWebgl
      ? t('errors.noWebgl')
      : t('errors.mapFailed', { reason: failure.reason })
    : null
  return (
    <div className="map-view" data-visible-links={visible?.length}>
      {message ? (
        <p className="map-message" role="alert">
          {message}
        </p>
      ) : (
        <div ref={slot} className="map-slot" />
      )}
      {(drawing || lost) && !message && (
        <p className="map-drawing" role="status">
          {lost ? t('map.restoring') : t('map.drawing')}
        </p>
      )}
      {overlays && map && !message && (
        <button type="button" className="map-reset" onClick={() => fitHome(map)}>
          {t('map.resetView')}
        </button>
      )}
      {overlays && !message && <MapTooltip />}
      {overlays && map && !message && <MapDownload map={map} choropleth={choropleth} />}
      {overlays && <MapLegend choropleth={choropleth} />}
    </div>
  )
}
