import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '@/state/defaults'
import { fieldKey, filterItems, linksModel, type NodeInput } from './links-model'

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
