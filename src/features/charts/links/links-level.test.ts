import { readData } from '@test/data-files'
import { generateDataset } from '@test/synthetic'
import { describe, expect, it } from 'vitest'
import { buildNetwork, type Network } from '@/data/network'
import type { Link, LinksFile, Place, PlacesFile, Text } from '@/data/schema'
import type { CountriesFile, ProjectsFile } from '@/data/schema-files'
import { filterLinks } from '@/domain/filter-links'
import { linkFlows } from '@/domain/link-flows'
import { DEFAULT_FILTERS } from '@/state/defaults'
import { type Drill, linksLevel, NO_DRILL } from './links-level'
import { BOTTOM, linksModel, TOP } from './links-model'

const name = (t: Text | undefined) => t?.en ?? '?'
const networkOf = (files: Record<string, unknown>): Network =>
  buildNetwork(
    (files['countries.json'] as CountriesFile).countries,
    (files['places.json'] as PlacesFile).places,
    (files['links.json'] as LinksFile).links,
    (files['projects.json'] as ProjectsFile).projects,
  )
const real = networkOf({
  'countries.json': readData('countries.json'),
  'places.json': readData('places.json'),
  'links.json': readData('links.json'),
  'projects.json': readData('projects.json'),
})
// The chart's height (640 px) at 13 px a row, as the panel asks: a row for each of Japan's 47 prefectures.
const MAX_ROWS = (640 - TOP - BOTTOM) / 13

/** Every link drawn once: the bands' members are exactly the links inside the drill. */
function expectEachLinkOnce(view: ReturnType<typeof linksLevel>, links: readonly Link[]) {
  const members = [...view.members.values()].flat()
  expect(members.map((l) => l.id).sort()).toEqual(links.map((l) => l.id).sort())
  expect(view.bands.map((b) => b.id).sort()).toEqual([...view.members.keys()].sort())
}

describe('the links diagram’s level', () => {
  const all = filterLinks(real, DEFAULT_FILTERS)

  it('groups the whole register by prefecture and country, as the map’s flows', () => {
    const view = linksLevel(real, all, NO_DRILL, name, MAX_ROWS)
    expect(view.level).toBe('flows')
    expect(view.bands).toHaveLength(linkFlows(real).flows.length)
    expect(view.bands.reduce((n, b) => n + b.weight, 0)).toBe(all.length)
    expectEachLinkOnce(view, all)
  })

  it('draws each link of a prefecture when they fit, and only that prefecture’s', () => {
    const jp = real.placeById.get(all[0]?.jp ?? '') as Place
    const pref = jp.prefecture?.ja ?? jp.name.ja
    const drill: Drill = { pref, country: null }
    const view = linksLevel(real, all, drill, name, MAX_ROWS)
    const inside = all.filter((l) => {
      const p = real.placeById.get(l.jp)
      return (p?.prefecture?.ja ?? p?.name.ja) === pref
    })
    expect(view.drilled).toEqual(inside)
    expect(view.level).toBe('places')
    expect(view.bands.map((b) => b.id).sort()).toEqual(inside.map((l) => l.id).sort())
    expectEachLinkOnce(view, inside)
  })

  it('drills into a country, and into a prefecture and a country together', () => {
    const country = real.countryOfLink.get(all[0]?.id ?? '') as string
    const view = linksLevel(real, all, { pref: null, country }, name, MAX_ROWS)
    expect(view.drilled.every((l) => real.countryOfLink.get(l.id) === country)).toBe(true)
    expectEachLinkOnce(view, view.drilled)
    const flow = linkFlows(real).flows[0]
    const both = linksLevel(
      real,
      all,
      { pref: flow?.pref ?? '', country: flow?.country ?? '' },
      name,
      MAX_ROWS,
    )
    expect(both.drilled.map((l) => l.id).sort()).toEqual(flow?.links.map((l) => l.id).sort())
  })

  it.each([
    // 1,000 links, and the benchmark's 100× size.
    ['1,000 links', { places: 480, links: 1_000, projects: 140 }],
    ['20,000 links', { places: 9_600, links: 20_000, projects: 2_800 }],
  ])(
    'fits the chart’s height at %s, cutting off no band',
    (_, size) => {
      const network = networkOf(generateDataset(size, 3))
      const visible = filterLinks(network, DEFAULT_FILTERS)
      const view = linksLevel(network, visible, NO_DRILL, name, MAX_ROWS)
      expect(view.rows).toBeLessThanOrEqual(MAX_ROWS)
      expectEachLinkOnce(view, visible)
      const model = linksModel(view.bands, view.nodes, 600, { row: 13, widthBy: 'count' })
      expect(model.height).toBeLessThanOrEqual(640)
      expect(model.bands).toHaveLength(view.bands.length)
      for (const band of model.bands) expect(band.strokeWidth).toBeLessThanOrEqual(10)
      // Drilled into its busiest prefecture, it still fits.
      const busiest = linkFlows(network).flows[0]
      const inside = linksLevel(
        network,
        visible,
        { pref: busiest?.pref ?? '', country: null },
        name,
        MAX_ROWS,
      )
      expect(inside.rows).toBeLessThanOrEqual(MAX_ROWS)
      expect(inside.drilled.length).toBeGreaterThan(0)
    },
    30_000,
  )
})
