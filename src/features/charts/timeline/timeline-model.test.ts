import { describe, expect, it } from 'vitest'
import { MAX_LANES, timelineModel } from './timeline-model'

describe('timelineModel', () => {
  const spans = [
    { id: 'a', label: 'A', field: 'water', start: 1999, end: 2006 },
    { id: 'b', label: 'B', field: 'water', start: 2003, end: null },
    { id: 'c', label: 'C', field: 'waste', start: 2010, end: 2012 },
  ]
  const events = [{ id: 'e', year: 1955, label: 'First sister city', category: 'exchange' }]
  it('puts overlapping spans on separate lanes and reuses a free lane', () => {
    const m = timelineModel(spans, events, 800, [1950, 2025])
    const y = (id: string) => m.spans.find((s) => s.id === id)?.y
    expect(y('a')).not.toBe(y('b'))
    expect(y('c')).toBe(y('a'))
    expect(m.spans.find((s) => s.id === 'b')?.open).toBe(true)
  })
  it('maps pixels back to whole years inside the range', () => {
    const m = timelineModel(spans, events, 800, [1950, 2025])
    expect(m.yearAt(m.xOf(1988))).toBe(1988)
    expect(m.yearAt(-100)).toBe(1950)
    expect(m.yearAt(10_000)).toBe(2025)
  })

  it('past MAX_LANES rows draws projects running per year, stacked by field, at a fixed height', () => {
    // 300 projects from 1990 on, most of them running for decades: far more rows than fit.
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      label: `P${i}`,
      field: i % 3 === 0 ? 'water' : 'waste',
      start: 1990 + (i % 20),
      end: i % 2 === 0 ? null : 2015,
    }))
    const m = timelineModel(many, events, 800, [1950, 2025])
    const bars = timelineModel(many.slice(0, 30), events, 800, [1950, 2025])
    expect(bars.density).toBeNull()
    expect(bars.spans).toHaveLength(30)
    expect(m.spans).toEqual([])
    expect(m.density?.map((d) => d.field)).toEqual(['water', 'waste'])
    // Stacked in the legend's order when one is given.
    expect(
      timelineModel(many, events, 800, [1950, 2025], ['waste', 'water']).density?.map((d) => d.field),
    ).toEqual(['waste', 'water'])
    // Every project runs in 2009 (the last one starts then, none ends before 2015).
    expect(m.peak).toEqual({ count: 300, year: 2009 })
    expect(m.height).toBeLessThan(300)
    // Few rows: the bars' height grows with them; many: a fixed height however many there are.
    expect(
      timelineModel([...many, ...many.map((s) => ({ ...s, id: `${s.id}b` }))], events, 800, [1950, 2025])
        .height,
    ).toBe(m.height)
    // The stack's top edge reaches the plot's top in the peak years, and nothing is drawn above it.
    const ys = (m.density ?? []).flatMap((d) =>
      [...d.path.matchAll(/[ML][^,]+,([-\d.]+)/g)].map((x) => Number(x[1])),
    )
    expect(Math.min(...ys)).toBeCloseTo(m.eventsHeight + 8, 6)
    // Nor past the last year of the axis.
    const xs = (m.density ?? []).flatMap((d) =>
      [...d.path.matchAll(/[ML]([-\d.]+),/g)].map((x) => Number(x[1])),
    )
    expect(Math.max(...xs)).toBeCloseTo(m.xOf(2025), 6)
  })

  it('switches to the density view past exactly MAX_LANES rows, counting only spans within the range', () => {
    // n spans that all overlap need n rows.
    const overlapping = (n: number, start = 2000) =>
      Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: '', field: 'water', start, end: 2010 }))
    expect(timelineModel(overlapping(MAX_LANES), events, 800, [1950, 2025]).density).toBeNull()
    expect(timelineModel(overlapping(MAX_LANES + 1), events, 800, [1950, 2025]).density).not.toBeNull()
    // Planned projects after the range are not drawn and do not count towards the rows.
    const later = overlapping(MAX_LANES + 1, 2030).map((s) => ({ ...s, id: `l${s.id}`, end: 2040 }))
    const m = timelineModel([...overlapping(3), ...later], events, 800, [1950, 2025])
    expect(m.density).toBeNull()
    expect(m.spans).toHaveLength(3)
  })
})
