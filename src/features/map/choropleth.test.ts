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
