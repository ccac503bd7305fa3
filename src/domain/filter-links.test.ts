import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { Link, Place } from '@/data/schema'
import type { Country, Project } from '@/data/schema-files'
import { DEFAULT_FILTERS, type Filters } from '@/state/defaults'
import { filterLinks, selectVisible } from './filter-links'

// The link filter's rules, one example each, on a network small enough to read.

const source = { ref: 'test' }
const text = (s: string) => ({ ja: s, en: s })
const country = (iso3: string, asean: boolean): Country => ({
  iso3,
  iso2: iso3.slice(0, 2),
  isoNumeric: '001',
  name: text(iso3),
  capital: text('capital'),
  asean,
  accessionYear: asean ? 1967 : null,
  source,
})
const place = (id: string, iso3: string, prefecture?: string): Place => ({
  id,
  name: text(id),
  country: iso3,
  level: prefecture === id ? 'prefecture' : 'city',
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
  source: { ref: `src-${id}` },
  ...rest,
})
const project = (id: string, linkId: string, rest: Partial<Project> = {}): Project => ({
  id,
  links: [linkId],
  title: text(id),
  field: 'water',
  scheme: null,
  startYear: 1995,
  endYear: null,
  jpOrgs: [],
  partnerOrgs: [],
  summary: text(id),
  outcomes: [],
  source,
  ...rest,
})

const network = buildNetwork(
  [country('KHM', true), country('VNM', true), country('JPN', false)],
  [
    place('fukuoka', 'JPN', '福岡県'),
    place('福岡県', 'JPN', '福岡県'),
    place('osaka', 'JPN', '大阪府'),
    place('phnom-penh', 'KHM'),
    place('hanoi', 'VNM'),
  ],
  [
    // a: Fukuoka → Phnom Penh, sister city of 2000, exchange only, no project.
    link('a', 'fukuoka', 'phnom-penh'),
    // b: Osaka → Hanoi, an MoU without a year, low confidence; its project is on waste, JICA-funded, from 2010.
    link('b', 'osaka', 'hanoi', { relation: 'mou', year: null, confidence: 'low', fields: ['urban'] }),
    // c: Fukuoka Prefecture → Hanoi, a project tie of 1990 on water.
    link('c', '福岡県', 'hanoi', { relation: 'project', year: 1990, fields: ['water'] }),
    // d: Osaka → a place not in places.json, no year and no project.
    link('d', 'osaka', 'nowhere', { year: null }),
  ],
  [
    project('pb', 'b', { field: 'waste', scheme: 'jica', startYear: 2010 }),
    project('pc', 'c', { scheme: 'clair' }),
  ],
)

const ids = (partial: Partial<Filters>) =>
  filterLinks(network, { ...DEFAULT_FILTERS, ...partial }).map((l) => l.id)

describe('the link filter', () => {
  it('keeps every link when no filter is set', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd'])
  })

  it('countries filter the ASEAN side; a link whose ASEAN place is unknown has no country', () => {
    expect(ids({ countries: ['KHM'] })).toEqual(['a'])
    expect(ids({ countries: ['VNM', 'KHM'] })).toEqual(['a', 'b', 'c'])
    // Japan is never an ASEAN side.
    expect(ids({ countries: ['JPN'] })).toEqual([])
  })

  it('relations and confidence filter the link itself', () => {
    expect(ids({ relations: ['mou'] })).toEqual(['b'])
    expect(ids({ relations: ['sister', 'project'] })).toEqual(['a', 'c', 'd'])
    expect(ids({ confidence: 'high' })).toEqual(['a', 'c', 'd'])
  })

  it('origin keeps every link, the curated ones, or only the user’s own imported ones', () => {
    const mine: Link = {
      ...link('user-2', 'fukuoka', 'hanoi'),
      confidence: 'low',
      source: { ref: 'user-import' },
    }
    const withMine = buildNetwork(
      network.countries,
      network.places,
      [...network.links, mine],
      network.projects,
    )
    const of = (origin: Filters['origin']) =>
      filterLinks(withMine, { ...DEFAULT_FILTERS, origin }).map((l) => l.id)
    expect(of('all')).toEqual(['a', 'b', 'c', 'd', 'user-2'])
    expect(of('curated')).toEqual(['a', 'b', 'c', 'd'])
    expect(of('mine')).toEqual(['user-2'])
  })

  it('fields match the link’s own fields or any of its projects’', () => {
    expect(ids({ fields: ['urban'] })).toEqual(['b'])
    expect(ids({ fields: ['waste'] })).toEqual(['b'])
    expect(ids({ fields: ['water'] })).toEqual(['c'])
    expect(ids({ fields: ['water', 'exchange'] })).toEqual(['a', 'c', 'd'])
  })

  it('schemes match any of the link’s projects; a link without a project has none', () => {
    expect(ids({ schemes: ['jica'] })).toEqual(['b'])
    expect(ids({ schemes: ['jica', 'clair'] })).toEqual(['b', 'c'])
    expect(ids({ schemes: ['other'] })).toEqual([])
  })

  it('the prefecture is the Japanese side’s: a city’s prefecture, or the prefecture itself', () => {
    expect(ids({ prefecture: '福岡県' })).toEqual(['a', 'c'])
    expect(ids({ prefecture: '大阪府' })).toEqual(['b', 'd'])
  })

  it('a year range keeps links whose year, else first project start, is inside it, ends included', () => {
    expect(ids({ yearRange: [2000, 2000] })).toEqual(['a'])
    // b has no year of its own: its project started in 2010.
    expect(ids({ yearRange: [2001, 2010] })).toEqual(['b'])
    expect(ids({ yearRange: [1990, 1999] })).toEqual(['c'])
    // d has neither: it is left out while any range is set.
    expect(ids({ yearRange: [1900, 2100] })).toEqual(['a', 'b', 'c'])
  })

  it('every filter that is set must hold', () => {
    expect(ids({ countries: ['VNM'], fields: ['water'] })).toEqual(['c'])
    expect(ids({ countries: ['VNM'], confidence: 'high', yearRange: [2000, 2020] })).toEqual([])
  })

  it('counts the visible links per ASEAN country and per source, in the same pass', () => {
    const visible = selectVisible(network, { ...DEFAULT_FILTERS, relations: ['sister', 'mou'] })
    expect(visible.links.map((l) => l.id)).toEqual(['a', 'b', 'd'])
    expect(Object.fromEntries(visible.byCountry)).toEqual({ KHM: 1, VNM: 1 })
    expect(Object.fromEntries(visible.bySource)).toEqual({ 'src-a': 1, 'src-b': 1, 'src-d': 1 })
  })

  it('gives the same result object for the same network and filters, a new one for new filters', () => {
    const filters = { ...DEFAULT_FILTERS, countries: ['KHM'] }
    expect(selectVisible(network, filters)).toBe(selectVisible(network, filters))
    expect(selectVisible(network, { ...filters })).not.toBe(selectVisible(network, filters))
  })
})
