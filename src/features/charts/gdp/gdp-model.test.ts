import { describe, expect, it } from 'vitest'
import { type GdpSeries, gdpModel, rankYear } from './gdp-model'

const series: GdpSeries[] = [
  {
    iso3: 'SGP',
    points: [
      [1990, 12000],
      [1991, 14000],
      [1992, 16000],
    ],
  },
  {
    iso3: 'KHM',
    points: [
      [1990, 100],
      [1992, 300],
    ],
  },
  {
    iso3: 'VNM',
    points: [
      [1990, 200],
      [1991, 250],
      [1992, 400],
    ],
  },
]
const japan: GdpSeries = {
  iso3: 'JPN',
  points: [
    [1990, 25000],
    [1991, 29000],
    [1992, 31000],
  ],
}
const base = { series, width: 600, height: 260, scale: 'linear' as const, year: 1992 }

describe('gdpModel', () => {
  it('breaks a line where a year has no value instead of drawing it at 0', () => {
    const m = gdpModel({ ...base, year: 1991 })
    const khm = m.lines.find((l) => l.iso3 === 'KHM')
    expect(khm?.missingYears).toEqual([1991])
    // Two isolated points: two move-tos and no line through the missing year.
    expect(khm?.d.match(/M/g)?.length).toBe(2)
    expect(m.dots.map((d) => d.iso3)).not.toContain('KHM')
    expect(m.missing).toEqual(['KHM'])
  })

  it('ranks the selected year highest first and states the spread from the data', () => {
    const m = gdpModel(base)
    expect(m.ranking.map((r) => [r.iso3, r.rank])).toEqual([
      ['SGP', 1],
      ['VNM', 2],
      ['KHM', 3],
    ])
    expect(m.spread?.top.iso3).toBe('SGP')
    expect(m.spread?.bottom.iso3).toBe('KHM')
    expect(m.spread?.ratio).toBeCloseTo(16000 / 300, 10)
    expect(m.ranking[0]?.share).toBe(1)
  })

  it('uses only countries with a value that year for the spread', () => {
    const { spread } = rankYear(series, 1991)
    expect(spread?.bottom.iso3).toBe('VNM')
    expect(spread?.ratio).toBeCloseTo(14000 / 250, 10)
    expect(rankYear(series.slice(0, 1), 1991).spread).toBeNull()
  })

  it('draws Japan as a reference line that is never ranked', () => {
    const m = gdpModel({ ...base, reference: japan })
    expect(m.lines.find((l) => l.iso3 === 'JPN')?.reference).toBe(true)
    expect(m.ranking.map((r) => r.iso3)).not.toContain('JPN')
    // The linear axis grows to fit the reference line.
    expect(Math.max(...m.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(31000)
  })

  it('marks the selected year, and no year outside the data', () => {
    const m = gdpModel(base)
    expect(m.marker?.year).toBe(1992)
    expect(m.marker?.x).toBeCloseTo(m.plot.x1, 5)
    expect(gdpModel({ ...base, year: 1980 }).marker).toBeNull()
  })

  it('on a log scale puts ticks on powers of ten and keeps every value inside the plot', () => {
    const m = gdpModel({ ...base, scale: 'log' })
    const ticks = m.yTicks.map((t) => t.value)
    expect(ticks).toContain(100)
    expect(ticks).toContain(10000)
    for (const d of m.dots) {
      expect(d.y).toBeGreaterThanOrEqual(m.plot.y0 - 1e-9)
      expect(d.y).toBeLessThanOrEqual(m.plot.y1 + 1e-9)
    }
  })

  it('keeps end labels at least 11px apart and inside the plot', () => {
    const close: GdpSeries[] = ['A', 'B', 'C', 'D'].map((iso3, i) => ({
      iso3,
      points: [[2000, 100 + i]],
    }))
    const m = gdpModel({ ...base, series: close, year: 2000, firstYear: 1999 })
    const ys = m.lines.flatMap((l) => (l.end ? [l.end.labelY] : [])).sort((a, b) => a - b)
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(11)
    for (const y of ys) expect(y).toBeLessThanOrEqual(m.plot.y1)
  })
})
