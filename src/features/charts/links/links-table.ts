import type { Network } from '@/data/network'
import { isUserRecord } from '@/data/origin'
import type { Link } from '@/data/schema'
import { linkFields, linkYear } from '@/domain/link-facts'
import type { Cite, PanelTable } from '../panel-table'

export const LINKS_HEADER = [
  'country',
  'iso3',
  'year',
  'japan_side',
  'asean_side',
  'relation',
  'fields',
  'projects',
  'origin',
  'source',
  'source_url',
  'link_id',
]

/**
 * The links panel's download: every link under the current filters (not only the bands drawn),
 * each with all its fields (its own and its projects'), its number of projects (the band's width),
 * whether it is curated or the user's own, and its source and page.
 */
export function linksTable(args: {
  network: Network
  links: readonly Link[]
  placeName: (id: string) => string
  countryName: (iso3: string) => string
  label: { relation: (r: string) => string; field: (f: string) => string; curated: string; mine: string }
  separator: string
  cite: Cite
  notes: string[]
}): PanelTable {
  const { network, label } = args
  const rows = args.links.map((l) => {
    const iso3 = network.countryOfLink.get(l.id) ?? ''
    return [
      args.countryName(iso3),
      iso3,
      linkYear(network, l),
      args.placeName(l.jp),
      args.placeName(l.asean),
      label.relation(l.relation),
      linkFields(network, l).map(label.field).join(args.separator),
      network.projectsByLink.get(l.id)?.length ?? 0,
      isUserRecord(l) ? label.mine : label.curated,
      args.cite(l.source),
      l.source.url ?? '',
      l.id,
    ]
  })
  return { header: LINKS_HEADER, rows, notes: args.notes }
}
