import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import { selectVisibleLinks } from '@/domain/filter-links'
import { linkFlows } from '@/domain/link-flows'
import type { Filters, Selection } from '@/state/defaults'
import { linkFilterExpression, withLinkFilter } from './map-filters'
import { type Focus, type FocusItem, focusOf } from './map-focus'
import { DETAIL_ZOOM } from './map-link-layers'
import { drawable, holdsOf } from './map-setup'
import { linksGeoJson } from './map-sources'
import { useFlowPick } from './pointer-store'

const NONE: ReadonlySet<string> = new Set()

function setDim(
  map: MapLibreMap,
  source: string,
  ids: Iterable<string>,
  skip: ReadonlySet<string>,
  dim: boolean,
) {
  if (!drawable(map)) return
  for (const id of ids) if (!skip.has(id)) map.setFeatureState({ source, id }, { dim })
}

/**
 * Dims every link, place and flow not connected to the focus, by feature-state: no data is sent.
 * Only what changes is set: a first focus dims everything else and no focus lights it all again
 * (once per feature); moving from one focus to another sets only the two foci's links and places.
 */
function dimAllBut(map: MapLibreMap, network: Network | null, focus: Focus | null): void {
  const held = holdsOf(map).dim
  const was = held.network as Network | null
  if (was && was !== network && held.active) dimAllBut(map, was, null)
  if (!network) return
  const links = focus?.links ?? NONE
  const places = focus?.places ?? NONE
  if (held.network === network && held.active && focus) {
    setDim(map, 'links', held.links, links, true)
    setDim(map, 'links', links, held.links, false)
    setDim(map, 'places', held.places, places, true)
    setDim(map, 'places', places, held.places, false)
  } else if (held.network === network && held.active !== Boolean(focus)) {
    const dim = Boolean(focus)
    const keep = dim ? links : held.links
    const keepPlaces = dim ? places : held.places
    setDim(
      map,
      'links',
      linksGeoJson(network).features.map((f) => f.properties.id),
      keep,
      dim,
    )
    setDim(
      map,
      'places',
      network.places.map((p) => p.id),
      keepPlaces,
      dim,
    )
    // Flows are all dimmed under a focus: its own links are drawn over them, arc by arc.
    setDim(
      map,
      'flows',
      linkFlows(network).flows.map((f) => f.id),
      NONE,
      dim,
    )
  } else if (held.network !== network && focus) {
    held.network = network
    held.active = false
    dimAllBut(map, network, focus)
    return
  }
  held.network = network
  held.active = Boolean(focus)
  held.links = links
  held.places = places
}

/**
 * Sets the focus layer (the focus's own links below DETAIL_ZOOM) to what is wanted, below DETAIL_ZOOM
 * only: above it the layer is not drawn, and any change to it makes MapLibre cut the links' tiles
 * again. Called again as the map zooms out past DETAIL_ZOOM.
 */
function syncFocusLayer(map: MapLibreMap): void {
  const focus = holdsOf(map).focus
  const key = JSON.stringify(focus.wanted)
  if (focus.applied === key || map.getZoom() >= DETAIL_ZOOM || !drawable(map)) return
  if (focus.wanted) {
    map.setFilter('links-focus', focus.wanted, { validate: false })
    map.setLayoutProperty('links-focus', 'visibility', 'visible')
  } else map.setLayoutProperty('links-focus', 'visibility', 'none')
  focus.applied = key
}

function wantFocusLayer(map: MapLibreMap, filter: FilterSpecification | null): void {
  holdsOf(map).focus.wanted = filter
  syncFocusLayer(map)
}

/**
 * A selection (or a flow expanded by a click) dims everything not connected to it, and below
 * DETAIL_ZOOM draws its own links over the dimmed flows: selecting expands the national view into
 * municipality ↔ city arcs, under the current filters.
 */
export function useMapDimming(
  map: MapLibreMap | null,
  network: Network | undefined,
  selection: Selection | null,
  filters: Filters,
): void {
  const expanded = useFlowPick((s) => s.expanded)
  // A selection made anywhere (list, panels, map) replaces an expanded flow.
  useEffect(() => {
    if (selection) useFlowPick.setState({ expanded: null })
  }, [selection])
  const item: FocusItem | null = selection ?? (expanded ? { kind: 'flow', id: expanded } : null)
  const kind = item?.kind
  const id = item?.id
  useEffect(() => {
    if (!map || !network) return
    const focus =
      kind && id ? focusOf(network, { kind, id } as FocusItem, selectVisibleLinks(network, filters)) : null
    dimAllBut(map, network, focus)
    wantFocusLayer(map, focus ? withLinkFilter(focus.expression, linkFilterExpression(filters)) : null)
  }, [map, network, kind, id, filters])

  useEffect(() => {
    if (!map) return
    const onZoom = () => syncFocusLayer(map)
    map.on('zoom', onZoom)
    return () => {
      map.off('zoom', onZoom)
      dimAllBut(map, null, null)
      wantFocusLayer(map, null)
    }
  }, [map])
}
