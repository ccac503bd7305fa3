import { scaleLinear } from 'd3-scale'
import { area, curveStepAfter, type SeriesPoint, stack } from 'd3-shape'

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
  // Greedy lane packing of spans so that a row never holds two overlapping spans. Only the spans
  // that run within the range are drawn (the schema allows years outside it).
  const inRange = spans.filter((s) => s.start <= range[1] && (s.end ?? range[1]) >= range[0])
  const laneEnds: number[] = []
  const placedSpans = inRange
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
    ? densityOf(inRange, range, x, eventsHeight + 8, DENSITY_H, fieldOrder)
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
  const years = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => range[0] + i)
  // Per field ('' for none), the number of projects running in each year, both end years included.
  const counts = new Map<string, number[]>()
  for (const s of spans) {
    const key = s.field ?? ''
    let row = counts.get(key)
    if (!row) {
      row = years.map(() => 0)
      counts.set(key, row)
    }
    const to = Math.min(range[1], s.end ?? range[1])
    for (let y = Math.max(range[0], s.start); y <= to; y++) row[y - range[0]] = (row[y - range[0]] ?? 0) + 1
  }
  const rank = (key: string) => {
    const i = fieldOrder.indexOf(key)
    return i === -1 ? fieldOrder.length + (key === '' ? 1 : 0) : i
  }
  const keys = [...counts.keys()].sort((a, b) => rank(a) - rank(b))
  const series = stack<number, string>()
    .keys(keys)
    .value((year, key) => counts.get(key)?.[year - range[0]] ?? 0)(years)
  const totals = series.at(-1)?.map((d) => d[1]) ?? []
  const max = Math.max(0, ...totals)
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([top + height, top])
  // Steps like the bars: a year runs from its x to the next year's, and the range ends at its last year.
  const shape = area<SeriesPoint<number>>()
    .x((d) => x(d.data))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]))
    .curve(curveStepAfter)
  return {
    density: series.map((band) => ({ field: band.key === '' ? null : band.key, path: shape(band) ?? '' })),
    peak: { count: max, year: range[0] + Math.max(0, totals.indexOf(max)) },
  }
}
