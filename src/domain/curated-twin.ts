import type { Network } from '@/data/network'
import { isUserRecord } from '@/data/origin'
import type { Link } from '@/data/schema'

const key = (l: Link) => `${l.jp}\u0000${l.asean}\u0000${l.relation}`

/** The curated links by places and relation, once per network (an import may repeat thousands). */
const indexes = new WeakMap<Network, Map<string, Link>>()
function curatedIndex(network: Network): Map<string, Link> {
  let index = indexes.get(network)
  if (!index) {
    index = new Map()
    for (const l of network.links) if (!isUserRecord(l) && !index.has(key(l))) index.set(key(l), l)
    indexes.set(network, index)
  }
  return index
}

/**
 * The curated link an imported one repeats: the same two places and the same relation. Derived
 * whenever it is needed (the import's result, the list, the detail panel), never stored with the
 * imported record: the curated data may change under a saved import. undefined for curated links.
 */
export function curatedTwin(network: Network, link: Link): Link | undefined {
  return isUserRecord(link) ? curatedIndex(network).get(key(link)) : undefined
}
