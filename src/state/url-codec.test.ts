import { readFixture } from '@test/data-files'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { migrate } from '@/data/versioned'
import {
  defaultState,
  FIELD_IDS,
  INDICATOR_IDS,
  MAX_COMPARE,
  MODES,
  ORIGINS,
  RELATIONS,
  type UrlState,
  YEAR_MAX,
  YEAR_MIN,
} from './defaults'
import { decodeUrlState, encodeUrlState } from './url-codec'
import { URL_VERSION } from './url-migrations'

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
    origin: fc.constantFrom(...ORIGINS),
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
    expect(encodeUrlState(changed, 'en')).toBe('?v=2&c=KHM,VNM&field=water&y=2015')
  })

  it('writes the year even when it is the default: a shared view must not move with the data', () => {
    const s = defaultState('en')
    const changed: UrlState = { ...s, filters: { ...s.filters, fields: ['water'] } }
    expect(encodeUrlState(changed, 'en')).toBe(`?v=2&field=water&y=${s.view.year}`)
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
      'data',
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
      // Under mutation testing (npm run mutate) each mutant of the codec runs this again: fewer queries.
      { numRuns: process.env.STRYKER_MUTATOR_WORKER === undefined ? 10_000 : 300 },
    )
    // Ten thousand queries: a couple of seconds, more on a busy shared machine.
  }, 30_000)

  it('opens a slide of a story: 1-based slide in the URL, story id checked', () => {
    const s = decodeUrlState('?mode=present&slide=3&story=my-story', 'en')
    expect(s.view).toMatchObject({ mode: 'present', slide: 2, story: 'my-story' })
    expect(encodeUrlState(s, 'en')).toBe(`?v=2&mode=present&y=${s.view.year}&slide=3&story=my-story`)
    expect(decodeUrlState('?story=<b>', 'en').view.story).toBeNull()
  })

  it('falls back part by part: bad values are dropped, good ones kept', () => {
    const s = decodeUrlState(
      '?c=KHM,<script>&field=water&y=99999&ind=nope&sel=link:kitakyushu-phnom-penh',
      'en',
    )
    expect(s.filters.countries).toEqual(['KHM'])
    expect(s.filters.fields).toEqual(['water'])
    expect(s.view.year).toBe(defaultState('en').view.year)
    expect(s.view.indicator).toBe('gdp_per_capita_usd')
    expect(s.selection).toEqual({ kind: 'link', id: 'kitakyushu-phnom-penh' })
  })

  it('keeps the curated/your-data choice under `data`', () => {
    const s = decodeUrlState('?data=mine', 'en')
    expect(s.filters.origin).toBe('mine')
    expect(encodeUrlState(s, 'en')).toBe(`?v=2&data=mine&y=${s.view.year}`)
    expect(decodeUrlState('?data=everything', 'en').filters.origin).toBe('all')
  })

  it('drops an unknown item of a list, and only it', () => {
    const s = decodeUrlState(
      '?v=2&field=water,unknown&c=XXX,KHM,kh&cmp=KHM,VNM,PHL,THA,MYS&rel=sister,cousins',
      'en',
    )
    expect(s.filters.fields).toEqual(['water'])
    expect(s.filters.countries).toEqual(['XXX', 'KHM'])
    expect(s.view.compare).toEqual(['KHM', 'VNM', 'PHL', 'THA'])
    expect(s.filters.relations).toEqual(['sister'])
  })

  it('cuts oversized queries instead of parsing them', () => {
    const huge = `?c=${'KHM,'.repeat(100_000)}&field=water`
    const s = decodeUrlState(huge, 'en')
    expect(s.filters.countries).toEqual(['KHM'])
    // Past the cut: never read.
    expect(s.filters.fields).toEqual([])
  })
})

/** The links of a fixture file: as an older (or the current) version of the app wrote them. */
const fixtures = (version: number) =>
  readFixture<{ links: { url: string; lang: 'ja' | 'en'; state: Partial<UrlState> }[] }>(
    `urls/v${version}.json`,
  ).links

describe('URL versions', () => {
  for (const version of [1, URL_VERSION]) {
    it(`a link of format ${version} decodes to the view it was made of`, () => {
      for (const { url, lang, state } of fixtures(version)) {
        const decoded = decodeUrlState(url, lang)
        expect(decoded, url).toMatchObject(state)
        // Written again in the current format, it still means the same.
        const again = encodeUrlState(decoded, lang)
        expect(again, url).toMatch(new RegExp(`^\\?v=${URL_VERSION}&`))
        expect(decodeUrlState(again, lang), url).toEqual(decoded)
      }
    })
  }

  it('a format-1 link without a year keeps the year it was made at (2025), whatever the default now', () => {
    expect(decodeUrlState('?field=water', 'en').view.year).toBe(2025)
    expect(decodeUrlState('?v=1&field=water', 'en').view.year).toBe(2025)
  })

  it('runs every migration after the link’s version, in order', () => {
    const seen: number[] = []
    const step = (to: number) => ({
      to,
      migrate: (p: URLSearchParams) => {
        seen.push(to)
        return p
      },
    })
    migrate(new URLSearchParams(), 1, [step(3), step(2), step(4)])
    expect(seen).toEqual([2, 3, 4])
    seen.length = 0
    migrate(new URLSearchParams(), 3, [step(3), step(2), step(4)])
    expect(seen).toEqual([4])
  })

  it('reads a link of an unknown (newer) version as the current format, part by part', () => {
    expect(decodeUrlState('?v=99&field=water&y=2010', 'en')).toMatchObject({
      filters: { fields: ['water'] },
      view: { year: 2010 },
    })
  })
})
