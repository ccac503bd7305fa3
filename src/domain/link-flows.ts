import type { Network } from '@/data/network'
import type { Link, Place, Text } from '@/data/schema'

/**
 * The Japanese side's group of a place: its prefecture's Japanese name (a prefecture names itself),
 * as the prefecture filter compares it.
 */
export function prefectureKey(place: Place): string {
  return place.prefecture?.ja ?? place.name.ja
}

/**
 * The links between one Japanese prefecture and one ASEAN country, as one flow: what the map draws
 * at national scale and the links diagram before it is drilled into.
 */
export interface Flow {
  /** `${from.id}>${to.id}`: unique, since each group has one anchor. */
  id: string
  /** Position in Flows.flows, and in the counts of flowCounts. */
  index: number
  /** The prefecture's Japanese name (prefectureKey) and its name in both languages. */
  pref: string
  prefName: Text
  /** ISO3 of the ASEAN country. */
  country: string
  /**
   * The places the flow is drawn between: the prefecture itself when it is a place of the dataset,
   * else its place with the most links; the country's national-level entry when there is one (drawn
   * at the capital), else its place with the most links. Each is a place the map draws.
   */
  from: Place
  to: Place
  /** Every link of the dataset the flow stands for, in the dataset's order. */
  links: Link[]
}

export interface Flows {
  /** Heaviest first (most links in the dataset), then in the order of their first link: thin flows are drawn over thick ones. */
  flows: Flow[]
  flowById: Map<string, Flow>
  flowOfLink: Map<string, Flow>
  /** The most links any flow stands for (the width scale's top), at least 1. */
  maxLinks: number
}

const flowsCache = new WeakMap<Network, Flows>()

/** Which place of a group stands for it: the group's own entry first, then the one with most links. */
function anchors(network: Network, groupOf: (p: Place) => string | null, own: Place['level']) {
  const best = new Map<string, { place: Place; score: number }>()
  for (const place of network.places) {
    const group = groupOf(place)
    if (group === null) continue
    const score =
      place.level === own ? Number.POSITIVE_INFINITY : (network.linksByPlace.get(place.id)?.length ?? 0)
    const cur = best.get(group)
    if (!cur || score > cur.score) best.set(group, { place, score })
  }
  return new Map([...best].map(([group, { place }]) => [group, place]))
}

/**
 * The links grouped by (Japanese prefecture, ASEAN country), built once per dataset. A link whose
 * places are not in the dataset belongs to no flow.
 */
export function linkFlows(network: Network): Flows {
  const cached = flowsCache.get(network)
  if (cached) return cached
  const jpAnchor = anchors(network, (p) => (p.country === 'JPN' ? prefectureKey(p) : null), 'prefecture')
  const aseanAnchor = anchors(network, (p) => (p.country === 'JPN' ? null : p.country), 'country')
  const byKey = new Map<string, Flow>()
  const flowOfLink = new Map<string, Flow>()
  for (const link of network.links) {
    const jp = network.placeById.get(link.jp)
    const asean = network.placeById.get(link.asean)
    if (!jp || !asean) continue
    const pref = prefectureKey(jp)
    const from = jpAnchor.get(pref)
    const to = aseanAnchor.get(asean.country)
    if (!from || !to) continue
    const id = `${from.id}>${to.id}`
    let flow = byKey.get(id)
    if (!flow) {
      flow = {
        id,
        index: 0,
        pref,
        prefName: jp.prefecture ?? jp.name,
        country: asean.country,
        from,
        to,
        links: [],
      }
      byKey.set(id, flow)
    }
    flow.links.push(link)
    flowOfLink.set(link.id, flow)
  }
  // A stable sort: flows with as many links keep the order of their first link.
  const flows = [...byKey.values()].sort((a, b) => b.links.length - a.links.length)
  flows.forEach((f, i) => {
    f.index = i
  })
  const maxLinks = Math.max(1, ...flows.map((f) => f.links.length))
  const result = { flows, flowById: byKey, flowOfLink, maxLinks }
  flowsCache.set(network, result)
  return result
}

/**
 * How many of each flow's links are visible (indexed by Flow.index): a flow's count is the number
 * of links it stands for under the current filters, so the map, the list and the panels agree.
 */
export function flowCounts(flows: Flows, visible: readonly Link[]): Int32Array {
  const counts = new Int32Array(flows.flows.length)
  for (const link of visible) {
    const flow = flows.flowOfLink.get(link.id)
    if (flow) counts[flow.index] = (counts[flow.index] as number) + 1
  }
  return counts
}

/** Memoised by input identity: the map and the links diagram ask for the same counts per filter change. */
let lastFlows: Flows | null = null
let lastVisible: readonly Link[] | null = null
let lastCounts: Int32Array = new Int32Array(0)
export function selectFlowCounts(flows: Flows, visible: readonly Link[]): Int32Array {
  if (flows !== lastFlows || visible !== lastVisible) {
    lastCounts = flowCounts(flows, visible)
    lastFlows = flows
    lastVisible = visible
  }
  return lastCounts
}
