import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { Link, Place } from '@/data/schema'
import type { Country, Project } from '@/data/schema-files'
import { DEFAULT_FILTERS, defaultState, type UrlState } from '@/state/defaults'
import { sanitizeState } from './sanitize-state'

const source = { ref: 'test' }
const text = (s: string) => ({ ja: s, en: s })
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
const places: Place[] = [
  {
    id: 'fukuoka',
    name: text('福岡市'),
    country: 'JPN',
    level: 'city',
    prefecture: text('福岡県'),
    lat: 33,
    lon: 130,
    source,
  },
  {
    id: 'tokyo',
    name: text('東京都'),
    country: 'JPN',
    level: 'prefecture',
    prefecture: text('東京都'),
    lat: 35,
    lon: 139,
    source,
  },
  { id: 'hanoi', name: text('Hanoi'), country: 'VNM', level: 'city', lat: 21, lon: 105, source },
]
const link: Link = {
  id: 'a',
  jp: 'fukuoka',
  asean: 'hanoi',
  relation: 'sister',
  year: 2000,
  fields: ['water'],
  confidence: 'high',
  source,
}
const project: Project = {
  id: 'p',
  links: ['a'],
  title: text('p'),
  field: 'water',
  scheme: null,
  startYear: 2001,
  endYear: null,
  jpOrgs: [],
  partnerOrgs: [],
  summary: text('p'),
  outcomes: [],
  source,
}
const network = buildNetwork([country('VNM'), country('KHM'), country('JPN')], places, [link], [project])
const schemes = new Set(['jica'])
const base = defaultState('en')
const state = (
  filters: Partial<UrlState['filters']>,
  view: Partial<UrlState['view']> = {},
  selection: UrlState['selection'] = null,
): UrlState => ({
  filters: { ...DEFAULT_FILTERS, ...filters },
  selection,
  view: { ...base.view, ...view },
})

describe('sanitizeState', () => {
  it('gives back the same object when everything it names exists', () => {
    const s = state(
      { countries: ['VNM'], schemes: ['jica'], prefecture: '福岡県' },
      { compare: ['VNM', 'JPN'] },
      { kind: 'link', id: 'a' },
    )
    expect(sanitizeState(s, network, schemes)).toBe(s)
  })

  it('drops countries the data does not have, from the filter and from the comparison', () => {
    const clean = sanitizeState(
      state({ countries: ['VNM', 'XXX'] }, { compare: ['KHM', 'YYY', 'JPN'] }),
      network,
      schemes,
    )
    expect(clean.filters.countries).toEqual(['VNM'])
    expect(clean.view.compare).toEqual(['KHM', 'JPN'])
  })

  it('drops a comparison country the data does not have even when the filter is clean', () => {
    const clean = sanitizeState(state({}, { compare: ['KHM', 'ZZZ'] }), network, schemes)
    expect(clean.view.compare).toEqual(['KHM'])
  })

  it('drops unknown schemes, but keeps them all while the schemes file is not in', () => {
    const s = state({ schemes: ['jica', 'gone'] })
    expect(sanitizeState(s, network, schemes).filters.schemes).toEqual(['jica'])
    expect(sanitizeState(s, network, null)).toBe(s)
  })

  it('keeps a prefecture of a Japanese place or a prefecture itself, drops any other', () => {
    expect(sanitizeState(state({ prefecture: '東京都' }), network, schemes).filters.prefecture).toBe('東京都')
    expect(sanitizeState(state({ prefecture: '大阪府' }), network, schemes).filters.prefecture).toBeNull()
  })

  it('drops a selection of a record the data does not have, of each kind', () => {
    for (const selection of [
      { kind: 'country' as const, id: 'XXX' },
      { kind: 'place' as const, id: 'gone' },
      { kind: 'link' as const, id: 'gone' },
      { kind: 'project' as const, id: 'gone' },
    ])
      expect(sanitizeState(state({}, {}, selection), network, schemes).selection).toBeNull()
    for (const selection of [
      { kind: 'country' as const, id: 'KHM' },
      { kind: 'place' as const, id: 'hanoi' },
      { kind: 'project' as const, id: 'p' },
    ]) {
      const s = state({}, {}, selection)
      expect(sanitizeState(s, network, schemes)).toBe(s)
    }
  })

  it('leaves the rest of the state as it was', () => {
    const s = state(
      { countries: ['XXX'], fields: ['water'], yearRange: [1990, 2000] },
      { year: 2010, mode: 'compare' },
    )
    const clean = sanitizeState(s, network, schemes)
    expect(clean.filters).toEqual({ ...s.filters, countries: [] })
    expect(clean.view).toEqual(s.view)
  })
})
