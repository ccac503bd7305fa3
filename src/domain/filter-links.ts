import { FIELD_IDS } from '@/data/codes'
import type { Network } from '@/data/network'
import { isUserRecord } from '@/data/origin'
import type { Link } from '@/data/schema'
import type { Filters } from '@/state/defaults'
import { linkFields, linkYear } from './link-facts'

/**
 * What the filters read of each link, as columns in the order of network.links, built once per
 * network: a filter change then reads arrays instead of looking each link up in maps.
 */
interface LinkColumns {
  /** ASEAN country of each link ('' when its place is unknown), and its index in countries. */
  country: string[]
  countryIndex: Int32Array
  countries: string[]
  /** Index of each link's source reference in refs. */
  sourceIndex: Int32Array
  refs: string[]
  /** linkYear of each link, NaN for none. */
  year: Float64Array
  /** The link's fields (its own and its projects') as bits of FIELD_BIT. */
  fieldMask: Int32Array
}

/**
 * One bit per field of cooperation. The schema allows only FIELD_IDS (13, well within a 32-bit
 * integer) for links, projects and imported records alike, so every field has its bit.
 */
const FIELD_BIT: ReadonlyMap<string, number> = new Map(FIELD_IDS.map((f, i) => [f, 1 << i]))

const columnsCache = new WeakMap<Network, LinkColumns>()

/** The number of `key` in `numbers`, the next one (its size) when it has none yet: 0, 1, 2, … */
export function denseId(numbers: Map<string, number>, key: string): number {
  let id = numbers.get(key)
  if (id === undefined) {
    id = numbers.size
    numbers.set(key, id)
  }
  return id
}

function linkColumns(network: Network): LinkColumns {
  const cached = columnsCache.get(network)
  if (cached) return cached
  const n = network.links.length
  const country: string[] = new Array(n)
  const countryIndex = new Int32Array(n)
  const sourceIndex = new Int32Array(n)
  const countryIds = new Map<string, number>()
  const refIds = new Map<string, number>()
  const year = new Float64Array(n)
  const fieldMask = new Int32Array(n)
  network.links.forEach((link, i) => {
    country[i] = network.countryOfLink.get(link.id) ?? ''
    countryIndex[i] = denseId(countryIds, country[i] as string)
    sourceIndex[i] = denseId(refIds, link.source.ref)
    year[i] = linkYear(network, link) ?? Number.NaN
    let mask = 0
    for (const f of linkFields(network, link)) mask |= FIELD_BIT.get(f) ?? 0
    fieldMask[i] = mask
  })
  const columns = {
    country,
    countryIndex,
    countries: [...countryIds.keys()],
    sourceIndex,
    refs: [...refIds.keys()],
    year,
    fieldMask,
  }
  columnsCache.set(network, columns)
  return columns
}

/** The links visible under some filters, with what the panels count of them, from one pass. */
export interface VisibleLinks {
  links: Link[]
  /** Visible links per ASEAN country (ISO3). */
  byCountry: Map<string, number>
  /** Visible links per source reference. */
  bySource: Map<string, number>
}

/**
 * The links every view shows under the current filters (the rules are stated, with examples, in
 * filter-links.test.ts). Each filter that is set must hold, and one value of it is enough: countries
 * filter the ASEAN side; relations, confidence and origin (curated or the user's own) the link itself; fields match the link's own or
 * any of its projects'; schemes match any of its projects; the prefecture is the Japanese side's; a
 * year range keeps links whose year (first tie, else first project start) falls inside it, so links
 * without a year are left out while a range is set.
 */
export function filterLinks(network: Network, filters: Filters): Link[] {
  return visibleLinks(network, filters).links
}

function visibleLinks(network: Network, filters: Filters): VisibleLinks {
  const columns = linkColumns(network)
  const countries = new Set(filters.countries)
  const fields = new Set<string>(filters.fields)
  const schemes = new Set(filters.schemes)
  const relations = new Set<string>(filters.relations)
  let wantedFields = 0
  for (const f of fields) wantedFields |= FIELD_BIT.get(f) ?? 0
  const [from, to] = filters.yearRange ?? [0, 0]
  const links: Link[] = []
  const countryCounts = new Int32Array(columns.countries.length)
  const sourceCounts = new Int32Array(columns.refs.length)
  const all = network.links
  for (let i = 0; i < all.length; i++) {
    const link = all[i] as Link
    const country = columns.country[i] as string
    if (countries.size && !countries.has(country)) continue
    if (relations.size && !relations.has(link.relation)) continue
    if (filters.confidence === 'high' && link.confidence !== 'high') continue
    if (filters.origin !== 'all' && isUserRecord(link) !== (filters.origin === 'mine')) continue
    if (fields.size && !((columns.fieldMask[i] as number) & wantedFields)) continue
    if (schemes.size) {
      const projects = network.projectsByLink.get(link.id) ?? []
      if (!projects.some((p) => p.scheme !== null && schemes.has(p.scheme))) continue
    }
    if (filters.prefecture) {
      const jp = network.placeById.get(link.jp)
      if (!jp || (jp.prefecture?.ja ?? jp.name.ja) !== filters.prefecture) continue
    }
    if (filters.yearRange) {
      // NaN (no year) fails both comparisons.
      const y = columns.year[i] as number
      if (!(y >= from && y <= to)) continue
    }
    links.push(link)
    const c = columns.countryIndex[i] as number
    const r = columns.sourceIndex[i] as number
    countryCounts[c] = (countryCounts[c] ?? 0) + 1
    sourceCounts[r] = (sourceCounts[r] ?? 0) + 1
  }
  return {
    links,
    byCountry: counted(columns.countries, countryCounts, (iso3) => iso3 !== ''),
    bySource: counted(columns.refs, sourceCounts, () => true),
  }
}

function counted(keys: string[], counts: Int32Array, keep: (key: string) => boolean): Map<string, number> {
  const out = new Map<string, number>()
  keys.forEach((key, i) => {
    const n = counts[i] as number
    if (n > 0 && keep(key)) out.set(key, n)
  })
  return out
}

/** Memoised by input identity: every panel asks for the same result, so they agree and share work. */
let lastNetwork: Network | null = null
let lastFilters: Filters | null = null
let lastResult: VisibleLinks = { links: [], byCountry: new Map(), bySource: new Map() }
export function selectVisible(network: Network, filters: Filters): VisibleLinks {
  if (network !== lastNetwork || filters !== lastFilters) {
    lastResult = visibleLinks(network, filters)
    lastNetwork = network
    lastFilters = filters
  }
  return lastResult
}

export function selectVisibleLinks(network: Network, filters: Filters): Link[] {
  return selectVisible(network, filters).links
}
