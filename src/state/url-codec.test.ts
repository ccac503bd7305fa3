import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultState,
  FIELD_IDS,
  INDICATOR_IDS,
  MAX_COMPARE,
  MODES,
  RELATIONS,
  type UrlState,
  YEAR_MAX,
  YEAR_MIN,
} from './defaults'
import { decodeUrlState, encodeUrlState } from './url-codec'

const iso3 = fc.constantFrom('BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'JPN')
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/)
const year = fc.integer({ min: YEAR_MIN, max: YEAR_MAX })
const uniq = <T>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { maxLength: max })

const anyState: fc.Arbitrary<UrlState> = fc.record({
  filters: fc.record({
    countries: uniq(iso3, 11),
    fields: uniq(fc.constantFrom(...FIELD_IDS), 13),
    schemes: uniq(id, 5),
    relations: uniq(fc.constantFrom(...RELATIONS), 5),
    prefecture: fc.option(fc.constantFrom('福岡県', '北海道', '東京都', '大阪府', '鹿児島県'), { nil: null }),
    yearRange: fc.option(
      fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
      { nil: null },
    ),
    confidence: fc.constantFrom('all' as const, 'high' as const),
  }),
  selection: fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant('country' as const), id: iso3 }),
      fc.record({ kind: fc.constantFrom('place' as const, 'link' as const, 'project' as const), id }),
    ),
    { nil: null },
  ),
  view: fc.record({
    mode: fc.constantFrom(...MODES),
    lang: fc.constantFrom('ja' as const, 'en' as const),
    indicator: fc.constantFrom(...INDICATOR_IDS),
    year,
    compare: uniq(iso3, MAX_COMPARE),
    scale: fc.constantFrom('linear' as const, 'log' as const),
    odaView: fc.constantFrom('gross' as const, 'net' as const),
    showJapan: fc.boolean(),
    slide: fc.integer({ min: 0, max: 998 }),
    story: fc.option(id, { nil: null }),
  }),
})
/** In compare mode the country filter is the comparison's ASEAN countries (selectFilters). */
const validState = anyState.map(
  (s): UrlState =>
    s.view.mode === 'compare'
      ? { ...s, filters: { ...s.filters, countries: s.view.compare.filter((c) => c !== 'JPN') } }
      : s,
)

describe('URL codec', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeUrlState(defaultState('en'), 'en')).toBe('')
    expect(encodeUrlState(defaultState('ja'), 'ja')).toBe('')
  })

  it('writes readable keys for what differs', () => {
    const s = defaultState('en')
    const changed: UrlState = {
      ...s,
      filters: { ...s.filters, countries: ['KHM', 'VNM'], fields: ['water'] },
      view: { ...s.view, year: 2015 },
    }
    expect(encodeUrlState(changed, 'en')).toBe('?c=KHM,VNM&field=water&y=2015')
  })

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom('ja' as const, 'en' as const), (state, browser) => {
        expect(decodeUrlState(encodeUrlState(state, browser), browser)).toEqual(state)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws and always gives a valid state on arbitrary input', () => {
    const keys = fc.constantFrom(
      'c',
      'field',
      'scheme',
      'rel',
      'pref',
      'yr',
      'conf',
      'sel',
      'mode',
      'lang',
      'ind',
      'y',
      'cmp',
      'scale',
      'oda',
      'jp',
      'slide',
      'story',
      'x',
    )
    const pair = fc.tuple(keys, fc.string({ maxLength: 60 })).map(([k, v]) => `${k}=${v}`)
    const query = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.array(pair, { maxLength: 20 }).map((p) => `?${p.join('&')}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
    )
    fc.assert(
      fc.property(query, (q) => {
        const s = decodeUrlState(q, 'en')
        // Whatever came in, what comes out re-encodes and decodes to itself.
        expect(decodeUrlState(encodeUrlState(s, 'en'), 'en')).toEqual(s)
        expect(s.view.compare.length).toBeLessThanOrEqual(MAX_COMPARE)
        expect(s.view.year).toBeGreaterThanOrEqual(YEAR_MIN)
        expect(s.view.year).toBeLessThanOrEqual(YEAR_MAX)
      }),
      { numRuns: 10_000 },
    )
  })

  it('opens a slide of a story: 1-based slide in the URL, story id checked', () => {
    const s = decodeUrlState('?mode=present&slide=3&story=my-story', 'en')
    expect(s.view).toMatchObject({ mode: 'present', slide: 2, story: 'my-story' })
    expect(encodeUrlState(s, 'en')).toBe('?mode=present&slide=3&story=my-story')
    expect(decodeUrlState('?story=<b>', 'en').view.story).toBeNull()
  })

  it('falls back part by part: bad values are dropped, good ones kept', () => {
    const s = decodeUrlState(
      '?c=KHM,<script>&field=water&y=99999&ind=nope&sel=link:kitakyushu-phnom-penh',
      'en',
    )
    expect(s.filters.countries).toEqual([])
    expect(s.filters.fields).toEqual(['water'])
    expect(s.view.year).toBe(defaultState('en').view.year)
    expect(s.view.indicator).toBe('gdp_per_capita_usd')
    expect(s.selection).toEqual({ kind: 'link', id: 'kitakyushu-phnom-penh' })
  })

  it('cuts oversized queries instead of parsing them', () => {
    const huge = `?c=${'KHM,'.repeat(100_000)}`
    expect(decodeUrlState(huge, 'en').filters.countries).toEqual([])
  })
})
