import { describe, expect, it } from 'vitest'
import { choropleth } from './choropleth'

const v = (iso3: string, value: number | null) =>
  value === null
    ? { iso3, value: null, year: 2020, reason: 'no-year' as const, sourceRef: 'wb-wdi' }
    : { iso3, value, year: 2020, sourceRef: 'wb-wdi' }

describe('choropleth', () => {
  it('colours only countries with a value; missing ones get no colour (never the zero colour)', () => {
    const c = choropleth('gdp_per_capita_usd', [v('SGP', 80000), v('KHM', 2000), v('MMR', null)])
    expect(c.colorOf.has('SGP')).toBe(true)
    expect(c.colorOf.has('MMR')).toBe(false)
    expect(c.colorOf.get('SGP')).not.toEqual(c.colorOf.get('KHM'))
  })
  it('diverges around zero for growth', () => {
    const c = choropleth('gdp_growth_pct', [v('A', -4), v('B', 8)])
    expect(c.diverging).toBe(true)
    expect(c.domain).toEqual([-8, 8])
  })
  it('has no domain when nothing has a value', () => {
    expect(choropleth('population', [v('A', null)]).domain).toBeNull()
  })
})

describe('choropleth scales', () => {
  // The scales are written out (choropleth.ts says why); d3-scale, where they come from, checks them.
  const values = [1_200, 3_400, 8_000, 52_000, 98_000].map((x, i) => v(`C${i}`, x))
  it('place values as d3-scale’s log, square-root, linear and diverging sequential scales do', async () => {
    const d3 = await import('d3-scale')
    const { interpolateRgbBasis } = await import('d3-interpolate')
    const same = (ours: Map<string, string>, theirs: (x: number) => string, xs: readonly number[]) =>
      xs.forEach((x, i) => {
        expect(ours.get(`C${i}`)).toBe(theirs(x))
      })
    const xs = values.map((c) => c.value as number)
    // The same basis splines the module builds, so only the positions on them are compared.
    const log = choropleth('gdp_per_capita_usd', values)
    const yl = interpolateRgbBasis(
      'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58'.match(/.{6}/g)?.map((c) => `#${c}`) ?? [],
    )
    const theirRamp = (t: number) => yl(0.12 + 0.88 * t)
    same(log.colorOf, (x) => d3.scaleSequentialLog(theirRamp).domain([1_200, 98_000])(x), xs)
    const sqrt = choropleth('link_count', values)
    same(sqrt.colorOf, (x) => d3.scaleSequentialSqrt(theirRamp).domain([0, 98_000])(x), xs)
    const flat = [10, 12, 15, 20].map((x, i) => v(`C${i}`, x))
    same(
      choropleth('median_age' as 'population', flat).colorOf,
      (x) => d3.scaleSequential(theirRamp).domain([0, 20])(x),
      [10, 12, 15, 20],
    )
    const growth = [-4, 0, 2, 8].map((x, i) => v(`C${i}`, x))
    const rdbu = interpolateRgbBasis(
      '67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061'
        .match(/.{6}/g)
        ?.map((c) => `#${c}`) ?? [],
    )
    same(
      choropleth('gdp_growth_pct', growth).colorOf,
      (x) => d3.scaleDiverging(rdbu).domain([-8, 0, 8])(x),
      [-4, 0, 2, 8],
    )
  })
})
