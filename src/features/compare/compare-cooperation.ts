import type { FieldId, Link } from '@/data/schema'
import type { Project } from '@/data/schema-files'
import { JAPAN } from '@/state/defaults'
import { missing } from './compare-rows'
import type {
  Column,
  CompareInput,
  FieldItem,
  ListCell,
  NumericCell,
  PartnerItem,
  Row,
  SchemeItem,
} from './compare-types'

/** The cooperation rows: links and projects of each ASEAN column, from the links under the current filters. */
export function cooperationRows(columns: Column[], input: CompareInput): Row[] {
  const { network, links } = input
  const byCountry = new Map<string, Link[]>()
  if (network && links) {
    for (const link of links) {
      const iso3 = network.countryOfLink.get(link.id)
      if (!iso3) continue
      const list = byCountry.get(iso3)
      if (list) list.push(link)
      else byCountry.set(iso3, [link])
    }
  }
  const schemeById = new Map((input.schemes?.schemes ?? []).map((s) => [s.id, s]))

  const perColumn = columns.map((col) => {
    const countryLinks = byCountry.get(col.iso3) ?? []
    const projects = new Map<string, Project>()
    for (const link of countryLinks) {
      for (const p of network?.projectsByLink.get(link.id) ?? []) projects.set(p.id, p)
    }
    return { col, links: countryLinks, projects: [...projects.values()] }
  })

  const unavailable = (iso3: string) => missing(iso3, 'file-unavailable')
  const japan = (iso3: string) => missing(iso3, 'japan-side')

  const linkCells = perColumn.map(({ col, links: l }): NumericCell => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    return { kind: 'value', iso3: col.iso3, value: l.length, year: null, fallbackFrom: null, mark: null }
  })
  const projectCells = perColumn.map(({ col, projects }): NumericCell => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (projects.length === 0) return missing(col.iso3, 'no-project-recorded')
    return {
      kind: 'value',
      iso3: col.iso3,
      value: projects.length,
      year: null,
      fallbackFrom: null,
      mark: null,
    }
  })

  const fieldCells = perColumn.map(({ col, links: l, projects }): ListCell<FieldItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    const counts = new Map<FieldId, FieldItem>()
    const item = (field: FieldId) => {
      let c = counts.get(field)
      if (!c) {
        c = { field, links: 0, projects: 0 }
        counts.set(field, c)
      }
      return c
    }
    // A link's fields are its own and its projects' (as domain/network's linkFields counts them).
    for (const link of l) {
      const fields = new Set<FieldId>(link.fields)
      for (const p of network.projectsByLink.get(link.id) ?? []) fields.add(p.field)
      for (const f of fields) item(f).links++
    }
    for (const p of projects) item(p.field).projects++
    const items = [...counts.values()].sort(
      (a, b) => b.links + b.projects - (a.links + a.projects) || a.field.localeCompare(b.field),
    )
    return { kind: 'list', iso3: col.iso3, items }
  })

  const partnerCells = perColumn.map(({ col, links: l }): ListCell<PartnerItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    const items = l
      .map((link): PartnerItem | null => {
        const jp = network.placeById.get(link.jp)
        const asean = network.placeById.get(link.asean)
        if (!jp || !asean) return null
        return {
          linkId: link.id,
          jpPlaceId: jp.id,
          jp: jp.name,
          asean: asean.name,
          relation: link.relation,
          year: link.year,
          source: link.source,
        }
      })
      .filter((x): x is PartnerItem => x !== null)
      // Oldest ties first; undated ones last, then by the Japanese name as the data spells it.
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.jp.ja.localeCompare(b.jp.ja, 'ja'))
    return { kind: 'list', iso3: col.iso3, items }
  })

  const schemeCells = perColumn.map(({ col, projects }): ListCell<SchemeItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (projects.length === 0) return missing(col.iso3, 'no-project-recorded')
    const counts = new Map<string | null, number>()
    for (const p of projects) counts.set(p.scheme, (counts.get(p.scheme) ?? 0) + 1)
    const items = [...counts.entries()]
      .map(([id, n]): SchemeItem => {
        const scheme = id === null ? undefined : schemeById.get(id)
        return { id, name: scheme?.name ?? null, projects: n, source: scheme?.source }
      })
      // Named schemes first, most used first; "scheme not stated" last.
      .sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.projects - a.projects)
    return { kind: 'list', iso3: col.iso3, items }
  })

  return [
    {
      kind: 'number',
      id: 'links',
      section: 'cooperation',
      format: 'count',
      fixedYear: null,
      part: false,
      cells: linkCells,
      compare: 'ratio',
    },
    {
      kind: 'number',
      id: 'projects',
      section: 'cooperation',
      format: 'count',
      fixedYear: null,
      part: false,
      cells: projectCells,
      compare: 'ratio',
    },
    { kind: 'list', id: 'fields', section: 'cooperation', cells: fieldCells },
    { kind: 'list', id: 'partners', section: 'cooperation', cells: partnerCells },
    { kind: 'list', id: 'schemes', section: 'cooperation', cells: schemeCells },
  ]
}
