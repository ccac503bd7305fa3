import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { LinksFile, PlacesFile } from '@/data/schema'
import type { ProjectsFile, SchemesFile, SourcesFile } from '@/data/schema-files'
import { seriesCoverage, sourcesByPublisher } from './register-model'

const schemes = readData<SchemesFile>('schemes.json')
const links = readData<LinksFile>('links.json')
const projects = readData<ProjectsFile>('projects.json')
const sources = readData<SourcesFile>('sources.json')
const places = readData<PlacesFile>('places.json')

describe('register coverage', () => {
  const rows = seriesCoverage(schemes, links, projects, sources)

  it('counts ties as the links that are not projects, and projects by their scheme’s series', () => {
    expect(rows.find((r) => r.id === 'tie')?.held).toBe(
      links.links.filter((l) => l.relation !== 'project').length,
    )
    const grassroots = new Set(schemes.schemes.filter((s) => s.series === 'jica-grassroots').map((s) => s.id))
    expect(rows.find((r) => r.id === 'jica-grassroots')?.held).toBe(
      projects.projects.filter((p) => p.scheme !== null && grassroots.has(p.scheme)).length,
    )
  })

  it('counts a record as secondary-only when none of its pages is primary', () => {
    const fixture: LinksFile = {
      links: [
        { ...(links.links[0] as LinksFile['links'][number]), relation: 'sister', source: { ref: 'news' } },
        {
          ...(links.links[0] as LinksFile['links'][number]),
          relation: 'sister',
          source: { ref: 'news' },
          see: [{ ref: 'mofa' }],
        },
      ],
    }
    const tie = seriesCoverage(schemes, fixture, projects, sources).find((r) => r.id === 'tie')
    expect(tie).toMatchObject({ held: 2, secondaryOnly: 1 })
  })

  it('carries what each programme publishes, with a source for every total', () => {
    for (const r of rows) for (const p of r.published) expect(p.source.ref, `${r.id} ${p.value}`).toBeTruthy()
  })
})

describe('sources by publisher', () => {
  const groups = sourcesByPublisher(sources, links, projects, places)

  it('lists every cited page once, under its publisher, counting the records that cite it', () => {
    const cited = [
      ...links.links.flatMap((l) => [l.source, ...(l.see ?? [])]),
      ...projects.projects.flatMap((p) => [p.source, ...(p.see ?? [])]),
      ...places.places.flatMap((p) => (p.today ? [p.today.source] : [])),
    ]
    const urls = new Set(cited.flatMap((s) => (s.url ? [`${s.ref} ${s.url}`] : [])))
    const listed = groups.flatMap((g) => g.pages.map((p) => `${g.ref} ${p.url}`))
    expect(listed.sort()).toEqual([...urls].sort())
    const total = groups.reduce((n, g) => n + g.withoutPage + g.pages.reduce((m, p) => m + p.records, 0), 0)
    expect(total).toBe(cited.length)
  })

  it('orders publishers as sources.json does', () => {
    const order = sources.sources.map((s) => s.id)
    const positions = groups.map((g) => order.indexOf(g.ref))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})
