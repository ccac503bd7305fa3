import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { buildNetwork, type Network } from '@/data/network'
import type { LinksFile, PlacesFile } from '@/data/schema'
import type { CountriesFile, ProjectsFile } from '@/data/schema-files'
import { filterLinks } from '@/domain/filter-links'
import { DEFAULT_FILTERS, type Filters } from '@/state/defaults'
import { generateDataset } from '../../../bench/generate'
import { linkFilterExpression } from './map-filters'
import { linksGeoJson } from './map-sources'

/** The generated network, every seventh link made the user's own (imported, cited as theirs). */
function networkOf(files: Record<string, unknown>): Network {
  return buildNetwork(
    (files['countries.json'] as CountriesFile).countries,
    (files['places.json'] as PlacesFile).places,
    (files['links.json'] as LinksFile).links.map((l, i) =>
      i % 7 === 0 ? { ...l, id: `user-${i}`, source: { ref: 'user-import' } } : l,
    ),
    (files['projects.json'] as ProjectsFile).projects,
  )
}

const CASES: Partial<Filters>[] = [
  {},
  { countries: ['VNM'] },
  { countries: ['IDN', 'PHL'], confidence: 'high' },
  { fields: ['water'] },
  { fields: ['waste', 'health'], relations: ['sister', 'mou'] },
  { schemes: ['jica-grant-aid', 'jica-grassroots'] },
  { yearRange: [1990, 2005] },
  { prefecture: '福岡県' },
  { countries: ['THA'], fields: ['exchange'], yearRange: [1970, 2020], confidence: 'high' },
  { origin: 'mine' },
  { origin: 'curated', countries: ['VNM'] },
]

describe('map link filter expression', () => {
  const network = networkOf(generateDataset({ places: 400, links: 1500, projects: 300 }, 11))
  const features = linksGeoJson(network).features
  it.each(CASES)('selects exactly the links filterLinks keeps: %o', (partial) => {
    const filters = { ...DEFAULT_FILTERS, ...partial }
    const expected = filterLinks(network, filters).map((l) => l.id)
    const expression = linkFilterExpression(filters)
    const test = expression ? featureFilter(expression, 'layers[0].filter') : null
    const got = features
      .filter((f) => !test || test.filter({ zoom: 3 }, { type: 2, properties: f.properties } as never))
      .map((f) => f.properties.id)
    expect(got).toEqual(expected)
    if (Object.keys(partial).length > 0) expect(expected.length).toBeLessThan(features.length)
  })

  it('does not grow with the number of links', () => {
    const filters: Filters = { ...DEFAULT_FILTERS, countries: ['VNM'], fields: ['water'] }
    expect(JSON.stringify(linkFilterExpression(filters)).length).toBeLessThan(200)
  })
})
