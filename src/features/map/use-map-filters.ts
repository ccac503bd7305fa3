import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import type { Link } from '@/data/schema'
import { linkFlows, selectFlowCounts } from '@/domain/link-flows'
import { countEvent, markMapSettled } from '@/shared/perf'
import type { Filters } from '@/state/defaults'
import { linkFilterExpression, placeFilterExpression, withLinkFilter } from './map-filters'
import { holdsOf } from './map-setup'

/**
 * The flows' counts under the filters, as feature-state (their width and the pointer read it): only
 * the counts that changed are set; with a new dataset all of them (a state outlives setData).
 */
function setFlowCounts(map: MapLibreMap, network: Network, visible: readonly Link[]): void {
  const flows = linkFlows(network)
  const counts = selectFlowCounts(flows, visible)
  const held = holdsOf(map).flowCounts
  const before = held.network === network ? held.counts : null
  for (const flow of flows.flows) {
    const count = counts[flow.index] as number
    if (!before || count !== before[flow.index])
      map.setFeatureState({ source: 'flows', id: flow.id }, { count })
  }
  held.network = network
  held.counts = counts
}

/**
 * Filters become layer filters over the same data: an expression over link properties (its size
 * does not grow with the data) and an id lookup for places; the flows drawn at national scale take
 * their counts as feature-state. Nothing is sent when nothing changed.
 */
export function useMapFilters(
  map: MapLibreMap | null,
  network: Network | undefined,
  visible: readonly Link[] | undefined,
  filters: Filters,
): void {
  useEffect(() => {
    if (!map || !network || !visible) return
    setFlowCounts(map, network, visible)
    const links = linkFilterExpression(filters)
    const key = JSON.stringify(links)
    // What the map's layers hold is kept with the map (it outlives this view when modes switch),
    // starting from the style's own filters: nothing is set again that is already there (on a
    // symbol layer even an equal filter makes MapLibre lay out every tile anew). The places follow
    // the visible links, so they change with the link filter or, under a filter, a new dataset.
    const holds = holdsOf(map)
    const last = holds.filters
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
    holds.filters = { ...holds.filters, links: key, network }
    countEvent('map.setFilter')
    // The change is on screen once the map has drawn it.
    map.once('idle', markMapSettled)
  }, [map, network, visible, filters])
}
