import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { Link, Place } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import { DEFAULT_FILTERS } from '@/state/defaults'
import { filterLinks } from './filter-links'
import { flowCounts, linkFlows, prefectureKey, selectFlowCounts } from './link-flows'

// The flows' rules, one example each, on a network small enough to read.

const source = { ref: 'test' }
const text = (s: string) => ({ ja: s, en: `${s} (en)` })
const country = (iso3: string): Country => ({
  iso3,
  iso2: iso3.slice(0, 2),
  isoNumeric: '001',
  name: text(iso3),
  capital: text('capital'),
  asean: iso3 !== 'JPN',
  accessionYear: iso3 !== 'JPN' ? 1967 : null,
  source,
})
const place = (id: string, iso3: string, level: Place['level'], prefecture?: string): Place => ({
  id,
  name: text(id),
  country: iso3,
  level,
  lat: 0,
  lon: 100,
  ...(prefecture ? { prefecture: text(prefecture) } : {}),
  source,
})
const link = (id: string, jp: string, asean: string, rest: Partial<Link> = {}): Link => ({
  id,
  jp,
  asean,
  relation: 'sister',
  year: 2000,
  fields: ['exchange'],
  confidence: 'high',
  source,
  ...rest,
})

const network = buildNetwork(
  ['JPN', 'KHM', 'VNM'].map(country),
  [
    place('kitakyushu', 'JPN', 'city', '福岡県'),
    place('fukuoka-city', 'JPN', 'city', '福岡県'),
    place('福岡県', 'JPN', 'prefecture', '福岡県'),
    place('osaka', 'JPN', 'city', '大阪府'),
    place('sakai', 'JPN', 'city', '大阪府'),
    place('phnom-penh', 'KHM', 'city'),
    place('cambodia', 'KHM', 'country'),
    place('siem-reap', 'KHM', 'city'),
    place('hanoi', 'VNM', 'city'),
    place('da-nang', 'VNM', 'city'),
  ],
  [
    link('a', 'kitakyushu', 'phnom-penh'),
    link('b', 'kitakyushu', 'siem-reap', { relation: 'project' }),
    link('c', 'fukuoka-city', 'cambodia', { confidence: 'low' }),
    link('d', 'osaka', 'hanoi'),
    link('e', 'osaka', 'da-nang'),
    link('f', 'sakai', 'hanoi', { year: 1990 }),
    link('g', 'kitakyushu', 'hanoi'),
    // A link whose ASEAN place is not in the dataset belongs to no flow.
    link('h', 'osaka', 'nowhere'),
  ],
  [],
)

describe('flows: the links between a Japanese prefecture and an ASEAN country', () => {
  const { flows, flowOfLink, maxLinks } = linkFlows(network)
  const byId = new Map(flows.map((f) => [f.id, f]))

  it('group every link by its Japanese side’s prefecture and its ASEAN side’s country', () => {
    const groups = flows.map((f) => [f.pref, f.country, f.links.map((l) => l.id)])
    expect(groups).toEqual([
      ['福岡県', 'KHM', ['a', 'b', 'c']],
      ['大阪府', 'VNM', ['d', 'e', 'f']],
      ['福岡県', 'VNM', ['g']],
    ])
    expect(flowOfLink.has('h')).toBe(false)
    expect(maxLinks).toBe(3)
    expect(flows.map((f) => f.index)).toEqual([0, 1, 2])
  })

  it('are drawn from the prefecture itself, else its place with most links', () => {
    expect(flows[0]?.from.id).toBe('福岡県')
    // Osaka has no prefecture entry: Osaka City (3 links) stands for it, not Sakai (1).
    expect(flows[1]?.from.id).toBe('osaka')
    expect(flows[1]?.prefName).toEqual(text('大阪府'))
  })

  it('are drawn to the country’s national-level entry, else its place with most links', () => {
    expect(flows[0]?.to.id).toBe('cambodia')
    // Hanoi (3 links) stands for Viet Nam, not Da Nang (1).
    expect(flows[1]?.to.id).toBe('hanoi')
    expect([...byId.keys()]).toEqual(['福岡県>cambodia', 'osaka>hanoi', '福岡県>hanoi'])
  })

  it('count the links each stands for under the current filters', () => {
    const counts = (partial: Partial<typeof DEFAULT_FILTERS>) => [
      ...flowCounts(linkFlows(network), filterLinks(network, { ...DEFAULT_FILTERS, ...partial })),
    ]
    expect(counts({})).toEqual([3, 3, 1])
    expect(counts({ relations: ['sister'] })).toEqual([2, 3, 1])
    expect(counts({ confidence: 'high' })).toEqual([2, 3, 1])
    expect(counts({ yearRange: [1980, 1995] })).toEqual([0, 1, 0])
    expect(counts({ countries: ['KHM'] })).toEqual([3, 0, 0])
  })

  it('are built once per dataset, and the counts once per visible set', () => {
    expect(linkFlows(network)).toBe(linkFlows(network))
    const visible = filterLinks(network, DEFAULT_FILTERS)
    expect(selectFlowCounts(linkFlows(network), visible)).toBe(selectFlowCounts(linkFlows(network), visible))
    expect(selectFlowCounts(linkFlows(network), [...visible])).not.toBe(
      selectFlowCounts(linkFlows(network), visible),
    )
  })

  it('key a Japanese place by its prefecture, a prefecture by itself', () => {
    expect(prefectureKey(network.placeById.get('kitakyushu') as Place)).toBe('福岡県')
    expect(prefectureKey(place('x', 'JPN', 'prefecture'))).toBe('x')
  })
})

describe('flows on the real data', () => {
  it('stand for every link whose places are known, each once', async () => {
    const { readData } = await import('@test/data-files')
    const { countries } = readData<{ countries: Country[] }>('countries.json')
    const { places } = readData<{ places: Place[] }>('places.json')
    const { links } = readData<{ links: Link[] }>('links.json')
    const real = buildNetwork(countries, places, links, [])
    const { flows } = linkFlows(real)
    const known = links.filter((l) => real.placeById.has(l.jp) && real.placeById.has(l.asean))
    expect(flows.reduce((n, f) => n + f.links.length, 0)).toBe(known.length)
    // Fewer flows than links: that is the point of drawing them at national scale.
    expect(flows.length).toBeLessThan(known.length)
    for (const f of flows) {
      expect(f.from.country).toBe('JPN')
      expect(f.to.country).toBe(f.country)
    }
  })
})
