import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { IndicatorsFile } from '@/data/schema'
import { factValue } from './facts'
import type { Story } from './story-schema'

const indicators = readData<IndicatorsFile>('indicators.json')
const story = readData<Story>('stories/default.json')

const value = (iso3: string, year: number) =>
  indicators.series
    .find((s) => s.iso3 === iso3 && s.indicator === 'gdp_per_capita_usd')
    ?.points.find((p) => p[0] === year)?.[1] ?? null

describe('a slide’s computed figures', () => {
  it('divide the two countries’ values of the latest year both have, from indicators.json', () => {
    const fact = { kind: 'ratio', indicator: 'gdp_per_capita_usd', of: 'SGP', to: 'KHM', year: null } as const
    const v = factValue(fact, indicators)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    expect(v.of).toBe(value('SGP', v.year))
    expect(v.ratio).toBeCloseTo((value('SGP', v.year) ?? 0) / (value('KHM', v.year) ?? 1), 6)
    const later = indicators.series
      .find((s) => s.iso3 === 'SGP' && s.indicator === 'gdp_per_capita_usd')
      ?.points.filter((p) => p[0] > v.year && p[1] !== null && value('KHM', p[0]) !== null)
    expect(later).toEqual([])
  })

  it('say there is no data rather than divide by a missing value', () => {
    const none = factValue(
      { kind: 'ratio', indicator: 'gdp_per_capita_usd', of: 'SGP', to: 'XXX', year: null },
      indicators,
    )
    expect(none).toEqual({ ok: false, year: null, reason: 'no-series' })
    const early = factValue(
      { kind: 'ratio', indicator: 'gdp_per_capita_usd', of: 'SGP', to: 'KHM', year: 1950 },
      indicators,
    )
    expect(early).toMatchObject({ ok: false, reason: 'no-year' })
  })

  it('the GDP slide sets the report’s “about 15 times” beside today’s ratio computed from the data', () => {
    const slide = story.slides.find((s) => s.view.show === 'gdp')
    expect(slide?.text.en).toMatch(/about 15 times/)
    expect(slide?.text.ja).toMatch(/約15倍/)
    expect(slide?.facts?.[0]).toMatchObject({ of: 'SGP', to: 'KHM', year: null })
  })
})
