import type { Network } from '@/data/network'
import type { Link, Text } from '@/data/schema'
import { linkFields } from '@/domain/link-facts'
import { prefectureKey } from '@/domain/link-flows'
import type { LinkInput, NodeInput } from './links-model'

/**
 * How finely the links diagram draws: each Japanese municipality and ASEAN place ('places'), or
 * with one side or both grouped, Japanese prefectures and ASEAN countries as the map draws its
 * flows at national scale. The finest level whose rows fit the chart's height is drawn, so no band
 * is ever cut off; clicking a prefecture, a country or a band drills into it.
 */
export type LinksLevel = 'places' | 'municipalities' | 'prefectures' | 'flows'

/** What the diagram is drilled into: a prefecture (Japanese name), an ASEAN country, or both. */
export interface Drill {
  pref: string | null
  country: string | null
}

export const NO_DRILL: Drill = { pref: null, country: null }

/** The levels tried, finest first: [Japanese side grouped by prefecture, ASEAN side by country]. */
const LEVELS: [LinksLevel, boolean, boolean][] = [
  ['places', false, false],
  ['municipalities', false, true],
  ['prefectures', true, false],
  ['flows', true, true],
]

export interface LevelView {
  level: LinksLevel
  /** The visible links inside the drill. */
  drilled: Link[]
  /** One input per band: a link, or the links between two groups (weight: how many). */
  bands: LinkInput[]
  nodes: Map<string, NodeInput>
  /** The links each band stands for, by band id. */
  members: Map<string, Link[]>
  /** Rows the taller side needs (a country's heading and the gap after it count as 1.7 rows). */
  rows: number
}

/** A country heading above its places, with the gap before the next country, in rows. */
const HEADING_ROWS = 1.7

export const prefNode = (pref: string) => `pref:${pref}`
export const countryNode = (iso3: string) => `country:${iso3}`

/** The most common field among links (their own and their projects'), first in `order` on a tie. */
function commonField(network: Network, links: readonly Link[]): string | null {
  const counts = new Map<string, number>()
  for (const l of links) for (const f of linkFields(network, l)) counts.set(f, (counts.get(f) ?? 0) + 1)
  let best: string | null = null
  for (const [f, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = f
  return best
}

/** The bands and nodes of one level. */
function build(
  network: Network,
  links: readonly Link[],
  level: LinksLevel,
  byPref: boolean,
  byCountry: boolean,
  name: (t: Text | undefined) => string,
  rows: number,
): Omit<LevelView, 'drilled'> {
  const nodes = new Map<string, NodeInput>()
  const members = new Map<string, Link[]>()
  const bands = new Map<string, LinkInput>()
  for (const link of links) {
    const jp = network.placeById.get(link.jp)
    const asean = network.placeById.get(link.asean)
    if (!jp || !asean) continue
    const pref = prefectureKey(jp)
    const left = byPref ? prefNode(pref) : jp.id
    const right = byCountry ? countryNode(asean.country) : asean.id
    // Japanese side north to south (a prefecture where its first place is); ASEAN side by country.
    if (!nodes.has(left))
      nodes.set(left, {
        id: left,
        label: name(byPref ? (jp.prefecture ?? jp.name) : jp.name),
        group: '',
        order: -jp.lat,
      })
    if (!nodes.has(right))
      nodes.set(right, {
        id: right,
        label: name(byCountry ? network.countryByIso3.get(asean.country)?.name : asean.name),
        // Countries are their own rows, without a heading above each.
        group: byCountry ? '' : asean.country,
        order: byCountry ? 0 : -asean.lat,
      })
    const id = byPref || byCountry ? `${left}|${right}` : link.id
    const list = members.get(id)
    if (list) list.push(link)
    else members.set(id, [link])
    if (!bands.has(id))
      bands.set(id, { id, jp: left, asean: right, country: asean.country, field: null, weight: 0 })
  }
  for (const band of bands.values()) {
    const own = members.get(band.id) ?? []
    if (byPref || byCountry) {
      band.field = commonField(network, own)
      band.weight = own.length
    } else {
      const link = own[0] as Link
      band.field = linkFields(network, link)[0] ?? null
      band.weight = network.projectsByLink.get(link.id)?.length ?? 0
    }
  }
  return { level, bands: [...bands.values()], nodes, members, rows }
}

/**
 * The finest level that fits `maxRows` rows on each side, for the visible links inside the drill
 * (`name`: a bilingual name in the reader's language). The coarsest level is drawn whatever its
 * rows: at most one per prefecture and one per country.
 */
export function linksLevel(
  network: Network,
  visible: readonly Link[],
  drill: Drill,
  name: (t: Text | undefined) => string,
  maxRows: number,
): LevelView {
  const links = visible.filter((l) => {
    const jp = network.placeById.get(l.jp)
    if (drill.pref !== null && (!jp || prefectureKey(jp) !== drill.pref)) return false
    if (drill.country !== null && network.countryOfLink.get(l.id) !== drill.country) return false
    return true
  })
  // Rows of each level, counted in one pass; only the level drawn is built.
  const jpPlaces = new Set<string>()
  const prefs = new Set<string>()
  const aseanPlaces = new Set<string>()
  const countries = new Set<string>()
  for (const l of links) {
    const jp = network.placeById.get(l.jp)
    const asean = network.placeById.get(l.asean)
    if (!jp || !asean) continue
    jpPlaces.add(jp.id)
    prefs.add(prefectureKey(jp))
    aseanPlaces.add(asean.id)
    countries.add(asean.country)
  }
  const rowsOf = (byPref: boolean, byCountry: boolean) =>
    Math.max(
      byPref ? prefs.size : jpPlaces.size,
      byCountry ? countries.size : aseanPlaces.size + countries.size * HEADING_ROWS,
    )
  const [level, byPref, byCountry] =
    LEVELS.find(([, p, c]) => rowsOf(p, c) <= maxRows) ?? (LEVELS[LEVELS.length - 1] as (typeof LEVELS)[0])
  return {
    ...build(network, links, level, byPref, byCountry, name, rowsOf(byPref, byCountry)),
    drilled: links,
  }
}
