import { scaleLinear } from 'd3-scale'
import { area, curveStepAfter } from 'd3-shape'

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
  /**
   * Past MAX_LANES rows of bars: how many projects were running in each year, stacked by field
   * (one area per field, bottom first), instead of a bar per project; null while the bars fit.
   */
  density: { field: string | null; path: string }[] | null
  /** The most projects running in one year, and the first year it happened (density view). */
  peak: { count: number; year: number } | null
  /** Converts a pixel x back to a year (rounded), for the brush. */
  yearAt: (x: number) => number
  xOf: (year: number) => number
}

const MARGIN = { left: 16, right: 16 }
const SPAN_H = 7
const EVENT_LANES = 3
/**
 * The most rows of project bars drawn. The embedded data needs a few; a national register needs
 * hundreds (thousands of overlapping projects, many open-ended) and the panel grew to 15,000 px.
 */
export const MAX_LANES = 40
const DENSITY_H = 180

/** Events along the top on a few lanes (so marks do not overlap), project spans stacked below. */
export function timelineModel(
  spans: readonly SpanInput[],
  events: readonly EventInput[],
  width: number,
  range: [number, number],
  /** The fields' order in the density view's stack, bottom first (as the legend lists them). */
  fieldOrder: readonly string[] = [],
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
  const dense = laneEnds.length > MAX_LANES
  const { density, peak } = dense
    ? densityOf(spans, range, x, eventsHeight + 8, DENSITY_H, fieldOrder)
    : { density: null, peak: null }
  const height = eventsHeight + 8 + (dense ? DENSITY_H : Math.max(1, laneEnds.length) * (SPAN_H + 3)) + 22
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
    spans: dense ? [] : placedSpans,
    eventsHeight,
    density,
    peak,
    yearAt: (px: number) => Math.round(Math.min(range[1], Math.max(range[0], x.invert(px)))),
    xOf: (year: number) => x(year),
  }
}

/** Projects running per year, stacked by field (in fieldOrder, then as they come), as step areas. */
function densityOf(
  spans: readonly SpanInput[],
  range: [number, number],
  x: (year: number) => number,
  top: number,
  height: number,
  fieldOrder: readonly string[],
): { density: { field: string | null; path: string }[]; peak: { count: number; year: number } } {
  const years = range[1] - range[0] + 1
  const byField = new Map<string | null, number[]>()
  for (const s of spans) {
    let counts = byField.get(s.field)
    if (!counts) {
      counts = new Array<number>(years).fill(0)
      byField.set(s.field, counts)
    }
    const from = Math.max(range[0], s.start)
    const to = Math.min(range[1], s.end ?? range[1])
    for (let y = from; y <= to; y++) counts[y - range[0]] = (counts[y - range[0]] ?? 0) + 1
  }
  const totals = new Array<number>(years).fill(0)
  for (const counts of byField.values()) counts.forEach((c, i) => (totals[i] = (totals[i] ?? 0) + c))
  const max = Math.max(0, ...totals)
  const peakAt = Math.max(0, totals.indexOf(max))
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([top + height, top])
  const below = new Array<number>(years).fill(0)
  const rank = (f: string | null) => {
    const i = f === null ? -1 : fieldOrder.indexOf(f)
    return i === -1 ? fieldOrder.length : i
  }
  const stacked = [...byField].sort(([a], [b]) => rank(a) - rank(b))
  const density = stacked.map(([field, counts]) => {
    // One point per year and one past the last, so the last year has its full width.
    const points = Array.from({ length: years + 1 }, (_, i) => {
      const k = Math.min(i, years - 1)
      return { year: range[0] + i, y0: below[k] ?? 0, y1: (below[k] ?? 0) + (counts[k] ?? 0) }
    })
    counts.forEach((c, i) => (below[i] = (below[i] ?? 0) + c))
    const shape = area<{ year: number; y0: number; y1: number }>()
      .x((p) => x(p.year))
      .y0((p) => y(p.y0))
      .y1((p) => y(p.y1))
      .curve(curveStepAfter)
    return { field, path: shape(points) ?? '' }
  })
  return { density, peak: { count: max, year: range[0] + peakAt } }
}
