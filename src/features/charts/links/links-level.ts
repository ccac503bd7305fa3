import { FIELD_IDS } from '@/data/codes'
import type { Network } from '@/data/network'
import type { Link, Place, Text } from '@/data/schema'
import { denseId } from '@/domain/filter-links'
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
  /** The visible links inside the drill (the visible links themselves when not drilled into). */
  drilled: readonly Link[]
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

/** What every level needs to know of a link: its two places, and its node and band at each level. */
interface LinkKeys {
  jp: Place
  asean: Place
  /** The prefecture's key (prefectureKey) and its node. */
  pref: string
  prefId: string
  countryId: string
  /** The band of each grouped level, indexed as LEVELS (0, 'places', is the link's own id). */
  bandIds: string[]
  /** The link's fields (linkFields) as indexes into FIELD_IDS. */
  fieldIx: number[]
  /** Small numbers for the places, the prefecture and the country, below the network's place count. */
  jpIx: number
  aseanIx: number
  prefIx: number
  countryIx: number
}

interface KeysOfNetwork {
  links: Map<Link, LinkKeys | null>
  placeIx: Map<Place, number>
  prefIx: Map<string, number>
  countryIx: Map<string, number>
}
const keysCache = new WeakMap<Network, KeysOfNetwork>()
const FIELD_INDEX = new Map<string, number>(FIELD_IDS.map((f, i) => [f, i]))
const EMPTY = new Int32Array(0)

/**
 * A link's keys, worked out once per network: a filter change at national scale then counts and
 * groups its visible links with lookups only, instead of building three strings and four set
 * entries for each of them (most of the diagram's work with 20,000 links). Null when a place of
 * the link is missing.
 */
function keysOf(network: Network, link: Link): LinkKeys | null {
  let cache = keysCache.get(network)
  if (!cache) {
    cache = {
      links: new Map(),
      placeIx: new Map(network.places.map((p, i) => [p, i])),
      prefIx: new Map(),
      countryIx: new Map(),
    }
    keysCache.set(network, cache)
  }
  let keys = cache.links.get(link)
  if (keys === undefined) {
    const jp = network.placeById.get(link.jp)
    const asean = network.placeById.get(link.asean)
    if (jp && asean) {
      const pref = prefectureKey(jp)
      const prefId = prefNode(pref)
      const countryId = countryNode(asean.country)
      keys = {
        jp,
        asean,
        pref,
        prefId,
        countryId,
        bandIds: [link.id, `${jp.id}|${countryId}`, `${prefId}|${asean.id}`, `${prefId}|${countryId}`],
        jpIx: cache.placeIx.get(jp) ?? 0,
        aseanIx: cache.placeIx.get(asean) ?? 0,
        prefIx: denseId(cache.prefIx, pref),
        countryIx: denseId(cache.countryIx, asean.country),
        // Every field is one of FIELD_IDS (the data's schema): none is dropped here.
        fieldIx: linkFields(network, link).flatMap((f) => FIELD_INDEX.get(f) ?? []),
      }
    } else keys = null
    cache.links.set(link, keys)
  }
  return keys
}

/**
 * A band being built: its links, and for a band of several links how many of them have each field
 * (by FIELD_IDS index) and in which order the fields first came, for the most common one.
 */
interface BandAcc {
  band: LinkInput
  members: Link[]
  counts: Int32Array | null
  firstSeen: Int32Array
  seen: number
}

/** The most common field of a band's links (their own and their projects'), the first seen on a tie. */
function commonField(acc: BandAcc): string | null {
  const { counts, firstSeen } = acc
  if (!counts) return null
  let best = -1
  for (let f = 0; f < counts.length; f++) {
    const n = counts[f] as number
    if (n === 0) continue
    const top = best < 0 ? 0 : (counts[best] as number)
    if (best < 0 || n > top || (n === top && (firstSeen[f] as number) < (firstSeen[best] as number))) best = f
  }
  return best < 0 ? null : (FIELD_IDS[best] ?? null)
}

/** The bands and nodes of one level. */
function build(
  network: Network,
  links: readonly Link[],
  levelIndex: number,
  name: (t: Text | undefined) => string,
  rows: number,
): Omit<LevelView, 'drilled'> {
  const [level, byPref, byCountry] = LEVELS[levelIndex] as (typeof LEVELS)[number]
  const grouped = byPref || byCountry
  const nodes = new Map<string, NodeInput>()
  const bands = new Map<string, BandAcc>()
  for (const link of links) {
    const keys = keysOf(network, link)
    if (!keys) continue
    const { jp, asean } = keys
    const left = byPref ? keys.prefId : jp.id
    const right = byCountry ? keys.countryId : asean.id
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
    const id = keys.bandIds[levelIndex] as string
    let acc = bands.get(id)
    if (!acc) {
      acc = {
        band: { id, jp: left, asean: right, country: asean.country, field: null, weight: 0 },
        members: [],
        counts: grouped ? new Int32Array(FIELD_IDS.length) : null,
        firstSeen: grouped ? new Int32Array(FIELD_IDS.length) : EMPTY,
        seen: 0,
      }
      bands.set(id, acc)
    }
    acc.members.push(link)
    if (acc.counts)
      for (const f of keys.fieldIx) {
        if (acc.counts[f] === 0) acc.firstSeen[f] = acc.seen++
        acc.counts[f] = (acc.counts[f] as number) + 1
      }
  }
  const members = new Map<string, Link[]>()
  for (const acc of bands.values()) {
    const { band } = acc
    members.set(band.id, acc.members)
    if (grouped) {
      band.field = commonField(acc)
      band.weight = acc.members.length
    } else {
      const link = acc.members[0] as Link
      band.field = linkFields(network, link)[0] ?? null
      band.weight = network.projectsByLink.get(link.id)?.length ?? 0
    }
  }
  return { level, bands: [...bands.values()].map((acc) => acc.band), nodes, members, rows }
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
  const links =
    drill.pref === null && drill.country === null
      ? visible
      : visible.filter((l) => {
          const keys = keysOf(network, l)
          if (drill.pref !== null && keys?.pref !== drill.pref) return false
          if (drill.country !== null && network.countryOfLink.get(l.id) !== drill.country) return false
          return true
        })
  // Rows of each level, counted in one pass (each place, prefecture and country marked by its
  // number: there are fewer of each than places); only the level drawn is built.
  const size = network.places.length
  const seen = [new Uint8Array(size), new Uint8Array(size), new Uint8Array(size), new Uint8Array(size)]
  const distinct = [0, 0, 0, 0]
  const mark = (which: number, ix: number) => {
    const marks = seen[which] as Uint8Array
    if (marks[ix] === 0) {
      marks[ix] = 1
      distinct[which] = (distinct[which] as number) + 1
    }
  }
  for (const l of links) {
    const keys = keysOf(network, l)
    if (!keys) continue
    mark(0, keys.jpIx)
    mark(1, keys.prefIx)
    mark(2, keys.aseanIx)
    mark(3, keys.countryIx)
  }
  const [jpPlaces = 0, prefs = 0, aseanPlaces = 0, countries = 0] = distinct
  const rowsOf = (byPref: boolean, byCountry: boolean) =>
    Math.max(byPref ? prefs : jpPlaces, byCountry ? countries : aseanPlaces + countries * HEADING_ROWS)
  const fits = LEVELS.findIndex(([, p, c]) => rowsOf(p, c) <= maxRows)
  const levelIndex = fits < 0 ? LEVELS.length - 1 : fits
  const [, byPref, byCountry] = LEVELS[levelIndex] as (typeof LEVELS)[number]
  return { ...build(network, links, levelIndex, name, rowsOf(byPref, byCountry)), drilled: links }
}
