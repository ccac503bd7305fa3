import { describe, expect, it } from 'vitest'
import type { Place } from '@/data/schema'
import { matchedOnlyToday, namesOf, normalise, placeMatches } from './place-search'

const source = { ref: 'geonames' }
const quangBinh: Place = {
  id: 'vn-quang-binh',
  name: { ja: 'クアンビン省', en: 'Quang Binh Province' },
  country: 'VNM',
  level: 'province',
  lat: 17.46885,
  lon: 106.62226,
  source,
  today: {
    kind: 'merged-into',
    units: [{ ja: 'クアンチ省', en: 'Quang Tri Province' }],
    since: '2025-07-01',
    source,
  },
}
const hanoi: Place = {
  id: 'vn-hanoi',
  name: { ja: 'ハノイ', en: 'Hà Nội' },
  country: 'VNM',
  level: 'city',
  lat: 21.0245,
  lon: 105.84117,
  source,
}

describe('place search', () => {
  it('ignores case, width and diacritics', () => {
    expect(normalise('Ｈà Nội')).toBe('ha noi')
    expect(placeMatches(hanoi, normalise('HA NOI'))).toBe(true)
    expect(placeMatches(hanoi, normalise('ハノイ'))).toBe(true)
  })

  it('finds a place by its name then or by what it is part of now, in either language', () => {
    expect(placeMatches(quangBinh, normalise('Quang Binh'))).toBe(true)
    expect(placeMatches(quangBinh, normalise('quang tri'))).toBe(true)
    expect(placeMatches(quangBinh, normalise('クアンチ'))).toBe(true)
    expect(placeMatches(hanoi, normalise('quang tri'))).toBe(false)
  })

  it('tells a match by today’s name only from a match by the place’s own name', () => {
    expect(matchedOnlyToday(quangBinh, normalise('quang tri'))).toBe(true)
    expect(matchedOnlyToday(quangBinh, normalise('quang'))).toBe(false)
    expect(matchedOnlyToday(hanoi, normalise('hanoi'))).toBe(false)
  })

  it('matches nothing for an empty query, and nothing for a missing place', () => {
    expect(placeMatches(hanoi, '')).toBe(false)
    expect(namesOf(undefined)).toBe('')
  })
})
