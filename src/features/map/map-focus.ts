import type { ExpressionSpecification } from 'maplibre-gl'
import type { Network } from '@/data/network'
import type { Link } from '@/data/schema'
import { linkFlows } from '@/domain/link-flows'
import type { Selection } from '@/state/defaults'

/** What the map focuses on: the app's selection, or a flow expanded by a click on the map. */
export type FocusItem = Selection | { kind: 'flow'; id: string }

/**
 * A focused item's links under the current filters and the places they join: what stays bright
 * while everything else is dimmed, and what is drawn arc by arc at national scale.
 */
export interface Focus {
  links: Set<string>
  places: Set<string>
  /** Selects the item's links among the links' features (the link filter is added by the caller). */
  expression: ExpressionSpecification
}

const visibleSets = new WeakMap<readonly Link[], Set<Link>>()
function visibleSet(visible: readonly Link[]): Set<Link> {
  let set = visibleSets.get(visible)
  if (!set) {
    set = new Set(visible)
    visibleSets.set(visible, set)
  }
  return set
}

/** The item's own links and the expression that selects them, before the filters. */
function linksOf(network: Network, item: FocusItem): [Iterable<Link>, ExpressionSpecification] | null {
  const id = item.id
  switch (item.kind) {
    case 'link': {
      const link = network.linkById.get(id)
      return link ? [[link], ['==', ['get', 'id'], id]] : null
    }
    case 'place':
      return [
        network.linksByPlace.get(id) ?? [],
        ['any', ['==', ['get', 'jp'], id], ['==', ['get', 'asean'], id]],
      ]
    case 'country':
      // Japan is at one end of every link: nothing to dim.
      if (!network.countryByIso3.get(id) || id === 'JPN') return null
      return [
        network.links.filter((l) => network.countryOfLink.get(l.id) === id),
        ['==', ['get', 'country'], id],
      ]
    case 'project': {
      const project = network.projectById.get(id)
      if (!project) return null
      const links = project.links.flatMap((l) => network.linkById.get(l) ?? [])
      return [links, ['in', ['get', 'id'], ['literal', links.map((l) => l.id)]]]
    }
    case 'flow': {
      const flow = linkFlows(network).flowById.get(id)
      if (!flow) return null
      return [
        flow.links,
        ['all', ['==', ['get', 'pref'], flow.pref], ['==', ['get', 'country'], flow.country]],
      ]
    }
  }
}

/** The focus of an item under the filters (`visible`: the links they keep), or null for none. */
export function focusOf(network: Network, item: FocusItem, visible: readonly Link[]): Focus | null {
  const found = linksOf(network, item)
  if (!found) return null
  const [own, expression] = found
  const shown = visibleSet(visible)
  const links = new Set<string>()
  const places = new Set<string>(item.kind === 'place' ? [item.id] : [])
  for (const link of own) {
    if (!shown.has(link)) continue
    links.add(link.id)
    places.add(link.jp)
    places.add(link.asean)
  }
  return { links, places, expression }
}
