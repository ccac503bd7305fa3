import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { LinksFile, PlacesFile } from '@/data/schema'
import type { CountriesFile, ProjectsFile } from '@/data/schema-files'
import { filterLinks } from '@/domain/filter-links'
import { linkFlows } from '@/domain/link-flows'
import { DEFAULT_FILTERS, type Filters } from '@/state/defaults'
import { generateDataset } from '../../../bench/generate'
import { linkFilterExpression, withLinkFilter } from './map-filters'
import { type FocusItem, focusOf } from './map-focus'
import { linksGeoJson } from './map-sources'

const files = generateDataset({ places: 300, links: 1200, projects: 300 }, 7)
const network = buildNetwork(
  (files['countries.json'] as CountriesFile).countries,
  (files['places.json'] as PlacesFile).places,
  (files['links.json'] as LinksFile).links,
  (files['projects.json'] as ProjectsFile).projects,
)
const features = linksGeoJson(network).features

/** The ids the focus layer draws: its filter run by MapLibre's own evaluator over the links' features. */
function drawn(item: FocusItem, filters: Filters): string[] {
  const focus = focusOf(network, item, filterLinks(network, filters))
  const filter = focus && withLinkFilter(focus.expression, linkFilterExpression(filters))
  if (!filter) return []
  const test = featureFilter(filter, 'layers[0].filter')
  return features
    .filter((f) => test.filter({ zoom: 3 }, { type: 2, properties: f.properties } as never))
    .map((f) => f.properties.id)
}

const place = network.places.find((p) => (network.linksByPlace.get(p.id)?.length ?? 0) > 3)
const project = network.projects.find((p) => p.links.length > 1)
const flow = linkFlows(network).flows[0]
const ITEMS: FocusItem[] = [
  { kind: 'link', id: network.links[5]?.id ?? '' },
  { kind: 'place', id: place?.id ?? '' },
  { kind: 'country', id: 'VNM' },
  { kind: 'project', id: project?.id ?? '' },
  { kind: 'flow', id: flow?.id ?? '' },
]

describe('the focus of a selection', () => {
  it.each(ITEMS)('draws and keeps bright exactly its links under the filters: %o', (item) => {
    const cases: Partial<Filters>[] = [{}, { confidence: 'high' }, { fields: ['water', 'waste'] }]
    for (const partial of cases) {
      const filters: Filters = { ...DEFAULT_FILTERS, ...partial }
      const focus = focusOf(network, item, filterLinks(network, filters))
      expect(focus).not.toBeNull()
      const ids = drawn(item, filters)
      expect([...(focus?.links ?? [])].sort()).toEqual([...ids].sort())
      // Its places are the ends of its links (and a selected place itself).
      for (const id of ids) {
        const link = network.linkById.get(id)
        expect(focus?.places.has(link?.jp ?? '')).toBe(true)
        expect(focus?.places.has(link?.asean ?? '')).toBe(true)
      }
      if (item.kind === 'place') expect(focus?.places.has(item.id)).toBe(true)
    }
    expect(drawn(item, DEFAULT_FILTERS).length).toBeGreaterThan(0)
  })

  it('is none for Japan (at one end of every link) and for an unknown item', () => {
    const visible = filterLinks(network, DEFAULT_FILTERS)
    expect(focusOf(network, { kind: 'country', id: 'JPN' }, visible)).toBeNull()
    expect(focusOf(network, { kind: 'link', id: 'no-such-link' }, visible)).toBeNull()
    expect(focusOf(network, { kind: 'flow', id: 'a>b' }, visible)).toBeNull()
  })
})
