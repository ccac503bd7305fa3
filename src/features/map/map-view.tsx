import { useQuery } from '@tanstack/react-query'
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl'
import { memo, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { countriesGeoQuery, countryLabelsQuery, fontFacesQuery } from '../../data/assets'
import { useNetwork } from '../../data/use-dataset'
import { selectVisibleLinks } from '../../domain/filter-links'
import type { Network } from '../../domain/network'
import { useLang } from '../../i18n/use-lang'
import { countEvent, markMapSettled, useRenderCount } from '../../shared/perf'
import type { Selection } from '../../state/defaults'
import { selectFilters, selectSelection } from '../../state/selectors'
import { type Hover, useStore } from '../../state/store'
import { MapDownload as MapDownloadButton } from './map-download'
import { linkFilterExpression, placeFilterExpression, withLinkFilter } from './map-filters'
import {
  createMap,
  existingMap,
  fitHome,
  isNoWebgl,
  mapShown,
  setSourceData,
  subscribeMapShown,
} from './map-instance'
import { MapLegend as MapLegendPanel } from './map-legend'
import { linksGeoJson, mapStart, placesGeoJson } from './map-sources'
import {
  arrowVisibility,
  LAYER_IDS,
  LINK_HIT_RADIUS,
  labelFieldOf,
  labelText,
  type MapStart,
  noDataFilter,
} from './map-style'
import { MapTooltip as MapTooltipBox } from './map-tooltip'
import { usePointer } from './pointer-store'
import { useChoropleth } from './use-choropleth'

const LINK_LAYERS: ReadonlySet<string> = new Set(LAYER_IDS.links)

/** Which feature a map event is over, most specific first: a place, then a link, then a country. */
function pick(features: MapGeoJSONFeature[]): Hover | null {
  const place = features.find((f) => f.layer.id === 'places-circle')
  if (place) return { kind: 'place', id: String(place.properties.id) }
  const link = features.find((f) => LINK_LAYERS.has(f.layer.id))
  if (link) return { kind: 'link', id: String(link.properties.id) }
  const country = features.find((f) => f.layer.id === 'countries-fill' && f.properties.role !== 'other')
  if (country) return { kind: 'country', id: String(country.properties.iso3) }
  return null
}

/** The features to light up for a hovered or selected item: it and its partners. */
function related(network: Network, item: Hover | Selection): { source: string; id: string }[] {
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

function setStates(map: MapLibreMap, items: { source: string; id: string }[], key: string, value: boolean) {
  for (const { source, id } of items) map.setFeatureState({ source, id }, { [key]: value })
}

// The overlays re-render with their own props only, not with every filter change of the view.
const MapDownload = memo(MapDownloadButton)
const MapLegend = memo(MapLegendPanel)
const MapTooltip = memo(MapTooltipBox)

/** `overlays`: the legend, tooltip and buttons; false while the page's first commit only starts the map. */
export function MapView({ overlays = true }: { overlays?: boolean }) {
  useRenderCount('MapView')
  const { t } = useTranslation()
  const slot = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const [failure, setFailure] = useState<{ noWebgl: boolean; reason: string } | null>(null)
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

  // Create the one map instance in this view, or move it here; move it out again on unmount. In the
  // commit itself (a layout effect), so the map's worker starts before the panels' effects run.
  useLayoutEffect(() => {
    const here = slot.current
    if (!canCreate || !fontFaces.data || !here || !start.current) return
    let live = true
    try {
      const existed = existingMap()
      const inst = createMap(here, fontFaces.data, start.current())
      if (existed) {
        const from = inst.host.parentElement
        // Started early in its hidden slot (see early-map.ts) and never shown.
        const boot = from?.dataset.bootSlot !== undefined ? from : null
        here.appendChild(inst.host)
        // resize() clears and redraws the canvas even at the same size: only for a real change.
        const canvas = inst.map.getCanvas()
        if (canvas.clientWidth !== here.clientWidth || canvas.clientHeight !== here.clientHeight) {
          inst.map.resize()
          if (boot) fitHome(inst.map, false)
        }
        boot?.remove()
      } else if (inst.applied.get('links')) countEvent('map.setData')
      // The view works with the map from its style's load on (see MapInstance.styled).
      void inst.styled.then((m) => {
        if (live) setMap(m)
      })
      return () => {
        live = false
        inst.host.remove()
      }
    } catch (e) {
      setFailure({ noWebgl: isNoWebgl(e), reason: e instanceof Error ? e.message : String(e) })
      return undefined
    }
  }, [canCreate, fontFaces.data])

  // Keep the canvas sized to its slot (panels open and close around it).
  useEffect(() => {
    if (!map || !slot.current) return
    // Only a real change of size: resize() redraws the whole map, and the observer also reports the
    // size the map already has when it starts observing.
    const canvas = map.getCanvasContainer()
    let size = `${canvas.clientWidth}×${canvas.clientHeight}`
    const observer = new ResizeObserver(() => {
      const next = `${canvas.clientWidth}×${canvas.clientHeight}`
      if (next === size) return
      size = next
      map.resize()
    })
    observer.observe(slot.current)
    return () => observer.disconnect()
  }, [map])

  useEffect(() => {
    if (map && geo.data) setSourceData('countries', geo.data, () => geo.data)
  }, [map, geo.data])
  useEffect(() => {
    if (map && labels.data) setSourceData('country-labels', labels.data, () => labels.data)
  }, [map, labels.data])

  // Data changes only when the dataset does; filters and highlights never rebuild it.
  useEffect(() => {
    if (!map || !network) return
    const visibility = arrowVisibility(network.links.length)
    if ((map.getLayoutProperty('links-arrow', 'visibility') ?? 'visible') !== visibility)
      map.setLayoutProperty('links-arrow', 'visibility', visibility)
    const links = setSourceData('links', network, () => linksGeoJson(network))
    const places = setSourceData('places', network, () => placesGeoJson(network))
    if (links || places) countEvent('map.setData')
  }, [map, network])

  useEffect(() => {
    if (!map) return
    const field = labelText(labelFieldOf(lang))
    for (const layer of LAYER_IDS.labels)
      if (JSON.stringify(map.getLayoutProperty(layer, 'text-field')) !== JSON.stringify(field))
        map.setLayoutProperty(layer, 'text-field', field)
  }, [map, lang])

  // Filters become layer filters over the same data: an expression over link properties (its size
  // does not grow with the data) and an id lookup for places. Nothing is sent when nothing changed.
  useEffect(() => {
    const inst = existingMap()
    if (!map || !network || !visible || !inst) return
    const links = linkFilterExpression(filters)
    const key = JSON.stringify(links)
    // What the map's layers hold is kept with the map (it outlives this view when modes switch),
    // starting from the style's own filters: nothing is set again that is already there (on a
    // symbol layer even an equal filter makes MapLibre lay out every tile anew). The places follow
    // the visible links, so they change with the link filter or, under a filter, a new dataset.
    const last = inst.filters
    if (last.links === key && (links === null || last.network === network)) {
      markMapSettled()
      return
    }
    const opts = { validate: false }
    if (last.links !== key) {
      map.setFilter('links-line', withLinkFilter(['==', ['get', 'confidence'], 'high'], links), opts)
      map.setFilter('links-line-low', withLinkFilter(['==', ['get', 'confidence'], 'low'], links), opts)
      map.setFilter('links-arrow', links, opts)
    }
    if (links !== null || last.links !== 'null') {
      let placeIds: Set<string> | null = null
      if (links) {
        placeIds = new Set<string>()
        for (const l of visible) {
          placeIds.add(l.jp)
          placeIds.add(l.asean)
        }
      }
      const places = placeFilterExpression(placeIds)
      map.setFilter('places-circle', places, opts)
      map.setFilter('places-label', places, opts)
    }
    inst.filters = { ...inst.filters, links: key, network }
    countEvent('map.setFilter')
    // The change is on screen once the map has drawn it.
    map.once('idle', markMapSettled)
  }, [map, network, visible, filters])

  // Shade ASEAN countries through feature-state: no data rebuild when the indicator or year changes.
  // The countries without a value are hatched by a filter, set only when that set changes.
  useEffect(() => {
    const inst = existingMap()
    if (!map || !geo.data || !inst) return
    const missing: string[] = []
    for (const v of choropleth.values) {
      map.setFeatureState(
        { source: 'countries', id: v.iso3 },
        { fill: choropleth.scale.colorOf.get(v.iso3) ?? null },
      )
      if (v.value === null) missing.push(v.iso3)
    }
    const key = JSON.stringify(missing.sort())
    if (inst.filters.noData !== key) {
      map.setFilter('countries-nodata', noDataFilter(missing), { validate: false })
      inst.filters.noData = key
    }
  }, [map, geo.data, choropleth])

  // Selection: highlight it and its partners, and fly there.
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
    if (selection.kind === 'country' && geo.data) {
      const feature = geo.data.features.find((f) => f.properties?.iso3 === selection.id)
      if (feature) {
        const bounds = boundsOf(feature.geometry)
        if (bounds) map.fitBounds(bounds, { padding: 40, duration: 900, maxZoom: 6 })
      }
    }
    return () => setStates(map, items, 'selected', false)
  }, [map, network, selection, geo.data])

  // Filtering to countries (and compare mode, which filters to the compared countries) frames them
  // together with both ends of their visible links.
  const countryKey = filters.countries.join(',')
  useEffect(() => {
    if (!map || !geo.data || !countryKey) return
    const wanted = new Set(countryKey.split(','))
    const boxes = geo.data.features
      .filter((f) => wanted.has(String(f.properties?.iso3)))
      .map((f) => boundsOf(f.geometry))
      .filter((b): b is NonNullable<typeof b> => b !== null)
    if (boxes.length === 0) return
    if (network) {
      for (const link of selectVisibleLinks(network, useStore.getState().filters)) {
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
  }, [map, geo.data, network, countryKey])

  // Hover arrives through a store subscription, not a React render: it changes every few pixels.
  useEffect(() => {
    if (!map || !network) return
    let lit: { source: string; id: string }[] = []
    const apply = (hover: Hover | null) => {
      setStates(map, lit, 'hover', false)
      lit = hover ? related(network, hover) : []
      setStates(map, lit, 'hover', true)
    }
    apply(useStore.getState().hover)
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.hover !== prev.hover) apply(s.hover)
    })
    return () => {
      unsubscribe()
      apply(null)
    }
  }, [map, network])

  // Pointer and touch: hover on move, select on click or tap.
  useEffect(() => {
    if (!map) return
    const points = [...LAYER_IDS.clickable]
    const links = [...LAYER_IDS.links]
    const r = LINK_HIT_RADIUS
    const hitAt = ({ x, y }: { x: number; y: number }) =>
      pick([
        ...map.queryRenderedFeatures([x, y], { layers: points }),
        ...map.queryRenderedFeatures(
          [
            [x - r, y - r],
            [x + r, y + r],
          ],
          { layers: links },
        ),
      ])
    const onMove = (e: { point: { x: number; y: number } }) => {
      const hit = hitAt(e.point)
      usePointer.setState({ x: e.point.x, y: e.point.y })
      useStore.getState().hoverOn(hit)
      map.getCanvas().style.cursor = hit ? 'pointer' : ''
    }
    const onLeave = () => useStore.getState().hoverOn(null)
    const onClick = (e: { point: { x: number; y: number } }) => {
      const hit = hitAt(e.point)
      usePointer.setState({ x: e.point.x, y: e.point.y })
      // On touch there is no hover: a tap also shows the tooltip and highlight.
      useStore.getState().hoverOn(hit)
      if (hit) useStore.getState().select(hit)
    }
    map.on('mousemove', onMove)
    map.on('mouseout', onLeave)
    map.on('click', onClick)
    return () => {
      map.off('mousemove', onMove)
      map.off('mouseout', onLeave)
      map.off('click', onClick)
    }
  }, [map])

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
      {drawing && !message && (
        <p className="map-drawing" role="status">
          {t('map.drawing')}
        </p>
      )}
      {overlays && map && !message && (
        <button type="button" className="map-reset" onClick={() => fitHome(map)}>
          {t('map.resetView')}
        </button>
      )}
      {overlays && !message && <MapTooltip />}
      {overlays && map && !message && (
        <MapDownload map={map} choropleth={choropleth} visibleLinks={visible?.length} />
      )}
      {overlays && <MapLegend choropleth={choropleth} visibleLinks={visible?.length} />}
    </div>
  )
}

function boundsOf(geometry: GeoJSON.Geometry): [[number, number], [number, number]] | null {
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
