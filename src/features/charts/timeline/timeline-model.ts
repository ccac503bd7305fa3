import { scaleLinear } from 'd3-scale'

export interface SpanInput {
  id: string
  label: string
  field: string | null
  start: number
  /** null: ongoing or end not recorded; drawn to the last year with an open end. */
  end: number | null
}

export interface EventInput {
  id: string
  year: number
  label: string
  category: string
}

export interface TimelineModel {
  width: number
  height: number
  plot: { x0: number; x1: number }
  years: [number, number]
  ticks: { value: number; at: number }[]
  events: { id: string; x: number; year: number; label: string; category: string; lane: number }[]
  spans: {
    id: string
    x: number
    width: number
    y: number
    open: boolean
    field: string | null
    label: string
  }[]
  eventsHeight: number
  /** Converts a pixel x back to a year (rounded), for the brush. */
  yearAt: (x: number) => number
  xOf: (year: number) => number
}

const MARGIN = { left: 16, right: 16 }
const SPAN_H = 7
const EVENT_LANES = 3

/** Events along the top on a few lanes (so marks do not overlap), project spans stacked below. */
export function timelineModel(
  spans: readonly SpanInput[],
  events: readonly EventInput[],
  width: number,
  range: [number, number],
): TimelineModel {
  const plot = { x0: MARGIN.left, x1: Math.max(MARGIN.left + 100, width - MARGIN.right) }
  const x = scaleLinear().domain(range).range([plot.x0, plot.x1])
  const placedEvents = [...events]
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
    .map((e, i) => ({
      id: e.id,
      x: x(e.year),
      year: e.year,
      label: e.label,
      category: e.category,
      lane: i % EVENT_LANES,
    }))
  const eventsHeight = 14 + EVENT_LANES * 10
  // Greedy lane packing of spans so that a row never holds two overlapping spans.
  const laneEnds: number[] = []
  const placedSpans = [...spans]
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((s) => {
      const end = s.end ?? range[1]
      let lane = laneEnds.findIndex((e) => e < s.start)
      if (lane === -1) lane = laneEnds.length
      laneEnds[lane] = end
      const x0 = x(Math.max(range[0], s.start))
      const x1 = x(Math.min(range[1], end + 1))
      return {
        id: s.id,
        x: x0,
        width: Math.max(3, x1 - x0),
        y: eventsHeight + 8 + lane * (SPAN_H + 3),
        open: s.end === null,
        field: s.field,
        label: s.label,
      }
    })
  const height = eventsHeight + 8 + Math.max(1, laneEnds.length) * (SPAN_H + 3) + 22
  const step = width < 500 ? 20 : 10
  const ticks: { value: number; at: number }[] = []
  for (let v = Math.ceil(range[0] / step) * step; v <= range[1]; v += step) ticks.push({ value: v, at: x(v) })
  return {
    width,
    height,
    plot,
    years: range,
    ticks,
    events: placedEvents,
    spans: placedSpans,
    eventsHeight,
    yearAt: (px: number) => Math.round(Math.min(range[1], Math.max(range[0], x.invert(px)))),
    xOf: (year: number) => x(year),
  }
}
