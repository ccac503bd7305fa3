import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '@/state/defaults'
import { fieldKey, filterItems, linksModel, type NodeInput, TOP } from './links-model'

const nodes = new Map<string, NodeInput>([
  ['kita', { id: 'kita', label: 'Kitakyushu', group: '40', order: 1 }],
  ['yoko', { id: 'yoko', label: 'Yokohama', group: '14', order: 1 }],
  ['pp', { id: 'pp', label: 'Phnom Penh', group: 'KHM', order: 1 }],
  ['cebu', { id: 'cebu', label: 'Cebu', group: 'PHL', order: 1 }],
  ['sr', { id: 'sr', label: 'Siem Reap', group: 'KHM', order: 2 }],
])

describe('linksModel', () => {
  const links = [
    { id: 'a', jp: 'kita', asean: 'pp', country: 'KHM', field: 'water', weight: 6 },
    { id: 'b', jp: 'kita', asean: 'sr', country: 'KHM', field: 'water', weight: 1 },
    { id: 'c', jp: 'yoko', asean: 'cebu', country: 'PHL', field: 'urban', weight: 0 },
  ]
  it('places each side once, groups the ASEAN side by country and draws one band per link', () => {
    const m = linksModel(links, nodes, 600)
    expect(m.jp.map((n) => n.id)).toEqual(['yoko', 'kita'])
    expect(m.asean.map((n) => n.id)).toEqual(['pp', 'sr', 'cebu'])
    expect(m.groups.map((g) => g.group)).toEqual(['KHM', 'PHL'])
    expect(m.bands).toHaveLength(3)
    expect(m.jp.find((n) => n.id === 'kita')?.degree).toBe(2)
  })
  it('draws a link with more projects wider, and one with none still visible', () => {
    const m = linksModel(links, nodes, 600)
    const w = (id: string) => m.bands.find((b) => b.id === id)?.strokeWidth ?? 0
    expect(w('a')).toBeGreaterThan(w('b'))
    expect(w('c')).toBeGreaterThan(0)
  })
  it('skips links whose places are unknown instead of drawing them at 0', () => {
    const m = linksModel(
      [{ id: 'x', jp: 'nowhere', asean: 'pp', country: 'KHM', field: null, weight: 1 }],
      nodes,
      600,
    )
    expect(m.bands).toEqual([])
  })
})

describe('linksModel with grouped sides', () => {
  // Prefectures on the left, countries (nodes of group '': no headings) on the right.
  const grouped = new Map<string, NodeInput>([
    ...Array.from({ length: 6 }, (_, i): [string, NodeInput] => [
      `p${i}`,
      { id: `p${i}`, label: `Pref ${i}`, group: '', order: i },
    ]),
    ['c:KHM', { id: 'c:KHM', label: 'Cambodia', group: '', order: 0 }],
    ['c:VNM', { id: 'c:VNM', label: 'Viet Nam', group: '', order: 0 }],
  ])
  const bands = Array.from({ length: 6 }, (_, i) => ({
    id: `b${i}`,
    jp: `p${i}`,
    asean: i < 3 ? 'c:KHM' : 'c:VNM',
    country: i < 3 ? 'KHM' : 'VNM',
    field: 'water',
    weight: i + 1,
  }))
  it('spreads the shorter side over the height, without headings, and sizes bands by count', () => {
    const m = linksModel(bands, grouped, 600, { row: 13, widthBy: 'count' })
    expect(m.groups).toEqual([])
    const [khm, vnm] = m.asean
    expect(khm?.y).toBeCloseTo(TOP + (6 * 13) / 4)
    expect(vnm?.y).toBeCloseTo(TOP + (3 * 6 * 13) / 4)
    const w = (id: string) => m.bands.find((b) => b.id === id)?.strokeWidth ?? 0
    expect(w('b5')).toBeCloseTo(10)
    expect(w('b2')).toBeCloseTo(1.5 + 8.5 / 2)
  })
})

describe('fieldKey', () => {
  it('lists the fields drawn in the given order, then "no field" when a band has none', () => {
    const order = ['water', 'waste', 'urban']
    expect(fieldKey([{ field: 'urban' }, { field: null }, { field: 'water' }], order)).toEqual([
      'water',
      'urban',
      null,
    ])
    expect(fieldKey([], order)).toEqual([])
  })
})

describe('filterItems', () => {
  const label = {
    heading: (k: string) => k,
    country: (c: string) => `name:${c}`,
    field: (f: string) => `field:${f}`,
    relation: (r: string) => `rel:${r}`,
    scheme: (s: string) => `scheme:${s}`,
    highConfidenceOnly: 'well-sourced only',
  }
  it('says nothing for the defaults and names each filter that is set', () => {
    expect(filterItems(DEFAULT_FILTERS, label)).toEqual([])
    expect(
      filterItems(
        {
          ...DEFAULT_FILTERS,
          countries: ['KHM', 'VNM'],
          fields: ['water'],
          yearRange: [2010, 2018],
          confidence: 'high',
        },
        label,
      ),
    ).toEqual([
      'countries: name:KHM, name:VNM',
      'fields: field:water',
      'years: 2010–2018',
      'well-sourced only',
    ])
  })
})
