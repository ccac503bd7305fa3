import { describe, expect, it } from 'vitest'
import { timelineModel } from './timeline-model'

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
})
