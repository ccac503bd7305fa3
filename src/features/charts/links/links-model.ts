import type { Filters } from '@/state/defaults'
import { truncateToWidth } from '../label-layout'

/** A visible link reduced to what the bipartite chart draws. */
export interface LinkInput {
  id: string
  jp: string
  asean: string
  /** ISO3 of the ASEAN side. */
  country: string
  /** The first field of the link, for its colour; null when none is recorded. */
  field: string | null
  /** Number of projects on the link (at least 1 for drawing). */
  weight: number
}

export interface NodeInput {
  id: string
  label: string
  /** Sort key: prefecture order or latitude on the Japanese side, country on the ASEAN side. */
  group: string
  order: number
}

export interface PlacedNode {
  id: string
  label: string
  group: string
  y: number
  degree: number
}

export interface Band {
  id: string
  jp: string
  asean: string
  country: string
  field: string | null
  weight: number
  d: string
  strokeWidth: number
}

export interface LinksModel {
  width: number
  height: number
  x0: number
  x1: number
  jp: PlacedNode[]
  asean: PlacedNode[]
  /** Where each ASEAN country's group starts, for its heading. */
  groups: { group: string; y: number }[]
  bands: Band[]
}

/** localeCompare's order, with one collator for the whole sort instead of one per comparison. */
const collate = new Intl.Collator().compare

export const ROW = 16
const GROUP_GAP = 10
export const TOP = 14
/** Below the last row. */
export const BOTTOM = 8

export interface ModelOptions {
  /** Row height in px (16 by default; less to fit many rows in the chart's height). */
  row?: number
  /**
   * 'projects': a band is a link, wider with more projects (at most 10 px). 'count': a band stands
   * for several links, its width in proportion to how many (10 px for the most).
   */
  widthBy?: 'projects' | 'count'
}

/**
 * Two columns: Japanese municipalities (or prefectures) on the left, ASEAN places on the right
 * grouped by country (or the countries themselves: nodes of group ''); one band per input.
 */
export function linksModel(
  links: readonly LinkInput[],
  nodes: ReadonlyMap<string, NodeInput>,
  width: number,
  { row = ROW, widthBy = 'projects' }: ModelOptions = {},
): LinksModel {
  const degree = new Map<string, number>()
  for (const l of links) {
    degree.set(l.jp, (degree.get(l.jp) ?? 0) + 1)
    degree.set(l.asean, (degree.get(l.asean) ?? 0) + 1)
  }
  const byOrder = (a: NodeInput, b: NodeInput) =>
    collate(a.group, b.group) || a.order - b.order || collate(a.label, b.label)
  const jpNodes = [...new Set(links.map((l) => l.jp))].flatMap((id) => nodes.get(id) ?? []).sort(byOrder)
  const aseanNodes = [...new Set(links.map((l) => l.asean))]
    .flatMap((id) => nodes.get(id) ?? [])
    .sort(byOrder)

  const jp: PlacedNode[] = jpNodes.map((n, i) => ({
    ...n,
    y: TOP + i * row + row / 2,
    degree: degree.get(n.id) ?? 0,
  }))
  const asean: PlacedNode[] = []
  const groups: { group: string; y: number }[] = []
  let y = TOP
  for (const n of aseanNodes) {
    const last = asean.at(-1)
    if (n.group !== '' && (!last || last.group !== n.group)) {
      if (last) y += GROUP_GAP
      groups.push({ group: n.group, y })
      y += row
    }
    asean.push({ ...n, y: y + row / 2, degree: degree.get(n.id) ?? 0 })
    y += row
  }
  const height = Math.max(TOP + jp.length * row, y) + BOTTOM
  // A side of plain rows (no country headings) that is shorter than the other is spread over the
  // same height, as a Sankey diagram's nodes are: the 11 countries beside 47 prefectures.
  const spread = (side: PlacedNode[]) => {
    const step = (height - BOTTOM - TOP) / Math.max(1, side.length)
    if (step <= row) return
    side.forEach((n, i) => {
      n.y = TOP + i * step + step / 2
    })
  }
  spread(jp)
  if (groups.length === 0) spread(asean)
  const heaviest = Math.max(1, ...links.map((l) => l.weight))
  const strokeOf = (weight: number) =>
    widthBy === 'count'
      ? 1.5 + (8.5 * Math.max(0, weight)) / heaviest
      : Math.min(10, 1.5 + 1.5 * Math.max(0, weight))

  const labelRoom = Math.min(170, Math.max(90, width * 0.28))
  const x0 = labelRoom
  const x1 = Math.max(x0 + 80, width - labelRoom)
  // Long names are cut to the room beside the columns; the full name stays in the list and detail.
  for (const n of jp) n.label = truncateToWidth(n.label, x0 - 10, 11)
  for (const n of asean) n.label = truncateToWidth(n.label, width - x1 - 18, 11)
  const yOf = new Map([...jp, ...asean].map((n) => [n.id, n.y]))
  const mid = (x0 + x1) / 2
  const bands = links.flatMap((l) => {
    const ya = yOf.get(l.jp)
    const yb = yOf.get(l.asean)
    if (ya === undefined || yb === undefined) return []
    return [
      {
        id: l.id,
        jp: l.jp,
        asean: l.asean,
        country: l.country,
        field: l.field,
        weight: l.weight,
        d: `M${x0},${ya}C${mid},${ya} ${mid},${yb} ${x1},${yb}`,
        strokeWidth: strokeOf(l.weight),
      },
    ]
  })
  return { width, height, x0, x1, jp, asean, groups, bands }
}

/** The colour key of the bands drawn: their fields in the map legend's order, then "no field". */
export function fieldKey(
  bands: readonly { field: string | null }[],
  order: readonly string[],
): (string | null)[] {
  const present = new Set(bands.map((b) => b.field))
  return [...order.filter((f) => present.has(f)), ...(present.has(null) ? [null] : [])]
}

/** The filters that differ from the defaults, one "Name: values" item each, for an image's notes. */
export function filterItems(
  filters: Filters,
  label: {
    heading: (key: 'countries' | 'fields' | 'relations' | 'schemes' | 'prefecture' | 'years') => string
    country: (iso3: string) => string
    field: (id: string) => string
    relation: (id: string) => string
    scheme: (id: string) => string
    highConfidenceOnly: string
  },
): string[] {
  const items: string[] = []
  const add = (key: Parameters<typeof label.heading>[0], values: readonly string[]) => {
    if (values.length > 0) items.push(`${label.heading(key)}: ${values.join(', ')}`)
  }
  add('countries', filters.countries.map(label.country))
  add('fields', filters.fields.map(label.field))
  add('relations', filters.relations.map(label.relation))
  add('schemes', filters.schemes.map(label.scheme))
  add('prefecture', filters.prefecture ? [filters.prefecture] : [])
  add('years', filters.yearRange ? [`${filters.yearRange[0]}–${filters.yearRange[1]}`] : [])
  if (filters.confidence === 'high') items.push(label.highConfidenceOnly)
  return items
}
