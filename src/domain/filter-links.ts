import type { Link } from '../data/schema'
import type { Filters } from '../state/defaults'
import { linkFields, type Network } from './network'

/**
 * The links every view shows under the current filters. Countries filter the ASEAN side;
 * fields and schemes match the link or any of its projects; a year range keeps links whose year
 * (first tie or project start) falls inside it, so links without a year are left out while a range is set.
 */
export function filterLinks(network: Network, filters: Filters): Link[] {
  const countries = new Set(filters.countries)
  const fields = new Set<string>(filters.fields)
  const schemes = new Set(filters.schemes)
  const relations = new Set<string>(filters.relations)
  return network.links.filter((link) => {
    if (countries.size && !countries.has(network.countryOfLink.get(link.id) ?? '')) return false
    if (relations.size && !relations.has(link.relation)) return false
    if (filters.confidence === 'high' && link.confidence !== 'high') return false
    if (fields.size && !linkFields(network, link).some((f) => fields.has(f))) return false
    if (schemes.size) {
      const projects = network.projectsByLink.get(link.id) ?? []
      if (!projects.some((p) => p.scheme !== null && schemes.has(p.scheme))) return false
    }
    if (filters.prefecture) {
      const jp = network.placeById.get(link.jp)
      if (!jp || (jp.prefecture?.ja ?? jp.name.ja) !== filters.prefecture) return false
    }
    if (filters.yearRange) {
      const y = linkYear(network, link)
      if (y === null || y < filters.yearRange[0] || y > filters.yearRange[1]) return false
    }
    return true
  })
}

/** The year a link began: its own year, else the earliest start of its projects. */
export function linkYear(network: Network, link: Link): number | null {
  if (link.year !== null) return link.year
  const starts = (network.projectsByLink.get(link.id) ?? []).map((p) => p.startYear)
  return starts.length ? Math.min(...starts) : null
}

/** Memoised by input identity: every panel asks for the same array, so they agree and share work. */
let lastNetwork: Network | null = null
let lastFilters: Filters | null = null
let lastResult: Link[] = []
export function selectVisibleLinks(network: Network, filters: Filters): Link[] {
  if (network !== lastNetwork || filters !== lastFilters) {
    lastResult = filterLinks(network, filters)
    lastNetwork = network
    lastFilters = filters
  }
  return lastResult
}
