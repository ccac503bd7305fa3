// The register's coverage and its bibliography, computed from the loaded files: About states how many
// records each series holds against what its programme publishes, and lists every cited page by
// publisher. Pure: no React.
import type { LinksFile, PlacesFile, SourceRef, Text } from '@/data/schema'
import type { ProjectsFile, PublishedTotal, SchemesFile, SeriesId, SourcesFile } from '@/data/schema-files'

export interface SeriesRow {
  id: SeriesId
  name: Text
  /** Records of this series in the register. */
  held: number
  /** Of them, those whose every source is secondary (news, blogs, Wikipedia, mirrors). */
  secondaryOnly: number
  published: PublishedTotal[]
  note: Text
}

interface Sourced {
  source: SourceRef
  see?: readonly SourceRef[]
}

function onlySecondary(record: Sourced, secondary: ReadonlySet<string>): boolean {
  return [record.source, ...(record.see ?? [])].every((s) => secondary.has(s.ref))
}

/** One row per series of schemes.json: ties are the links that are not projects; the rest, projects by scheme. */
export function seriesCoverage(
  schemes: SchemesFile,
  links: LinksFile,
  projects: ProjectsFile,
  sources: SourcesFile,
): SeriesRow[] {
  const secondary = new Set(sources.sources.filter((s) => s.secondary).map((s) => s.id))
  const seriesOfScheme = new Map(schemes.schemes.map((s) => [s.id, s.series]))
  return (schemes.series ?? []).map((series) => {
    const records: Sourced[] =
      series.id === 'tie'
        ? links.links.filter((l) => l.relation !== 'project')
        : projects.projects.filter((p) => p.scheme !== null && seriesOfScheme.get(p.scheme) === series.id)
    return {
      id: series.id,
      name: series.name,
      held: records.length,
      secondaryOnly: records.filter((r) => onlySecondary(r, secondary)).length,
      published: series.published,
      note: series.note,
    }
  })
}

export interface PublisherPages {
  ref: string
  /** Pages of this publisher cited by the register, by address; most-cited first. */
  pages: { url: string; title: string | undefined; retrieved: string | undefined; records: number }[]
  /** Records citing this publisher without a page of their own (the report by chapter, a dataset). */
  withoutPage: number
}

/** Every source the register cites (links, projects, places redrawn since), grouped by publisher. */
export function sourcesByPublisher(
  sources: SourcesFile,
  links: LinksFile,
  projects: ProjectsFile,
  places: PlacesFile,
): PublisherPages[] {
  const refs: SourceRef[] = [
    ...links.links.flatMap((l) => [l.source, ...(l.see ?? [])]),
    ...projects.projects.flatMap((p) => [p.source, ...(p.see ?? [])]),
    ...places.places.flatMap((p) => (p.today ? [p.today.source] : [])),
  ]
  const groups = new Map<string, PublisherPages>()
  for (const r of refs) {
    let group = groups.get(r.ref)
    if (!group) {
      group = { ref: r.ref, pages: [], withoutPage: 0 }
      groups.set(r.ref, group)
    }
    if (!r.url) {
      group.withoutPage++
      continue
    }
    const page = group.pages.find((p) => p.url === r.url)
    if (page) page.records++
    else group.pages.push({ url: r.url, title: r.title, retrieved: r.retrieved, records: 1 })
  }
  const order = new Map(sources.sources.map((s, i) => [s.id, i]))
  for (const g of groups.values()) g.pages.sort((a, b) => b.records - a.records || a.url.localeCompare(b.url))
  return [...groups.values()].sort((a, b) => (order.get(a.ref) ?? 999) - (order.get(b.ref) ?? 999))
}
