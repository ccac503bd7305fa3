import type { Network } from '@/data/network'
import type { Link } from '@/data/schema'

// Derived per-link values, computed once per network on first use (a filter change then only reads them).
const fieldsCache = new WeakMap<Network, Map<string, string[]>>()

/** The fields of a link: its own and those of its projects, without repeats. */
export function linkFields(network: Network, link: Link): string[] {
  let cache = fieldsCache.get(network)
  if (!cache) {
    cache = new Map()
    fieldsCache.set(network, cache)
  }
  let fields = cache.get(link.id)
  if (!fields) {
    const set = new Set<string>(link.fields)
    for (const p of network.projectsByLink.get(link.id) ?? []) set.add(p.field)
    fields = [...set]
    cache.set(link.id, fields)
  }
  return fields
}

/** How many projects a link carries; a tie with no project counts as one relation. */
export function linkWeight(network: Network, link: Link): number {
  return Math.max(1, network.projectsByLink.get(link.id)?.length ?? 0)
}

/** The year a link began: its own year, else the earliest start of its projects. */
export function linkYear(network: Network, link: Link): number | null {
  if (link.year !== null) return link.year
  const starts = (network.projectsByLink.get(link.id) ?? []).flatMap((p) =>
    p.startYear === null ? [] : [p.startYear],
  )
  return starts.length ? Math.min(...starts) : null
}
