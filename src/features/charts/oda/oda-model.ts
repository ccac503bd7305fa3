import { max, min } from 'd3-array'
import { scaleBand, scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { estimateTextWidth, spreadLabels } from '../label-layout'

/** One country's row of the report's 2015 table (US$ million). Repayments are negative. */
export interface OdaRow {
  iso3: string
  grantAid: number | null
  technicalCooperation: number | null
  loansDisbursed: number | null
  loansRepaid: number | null
  grossTotal: number | null
  netTotal: number | null
}

export type OdaPart = 'grantAid' | 'technicalCooperation' | 'loansDisbursed' | 'loansRepaid'
export const ODA_PARTS: readonly OdaPart[] = [
  'grantAid',
  'technicalCooperation',
  'loansDisbursed',
  'loansRepaid',
]
export const ODA_PART_COLORS: Record<OdaPart, string> = {
  grantAid: '#2a7bbf',
  technicalCooperation: '#7fb4e0',
  loansDisbursed: '#e08a2a',
  loansRepaid: '#9c4a1a',
}

export interface OdaSegment {
  iso3: string
  part: OdaPart
  value: number
  x: number
  width: number
}

export interface OdaBar {
  iso3: string
  y: number
  height: number
  segments: OdaSegment[]
  /** The total shown for this view (gross or net), with its end position. */
  total: number
  totalX: number
  /** Where the total's label goes: past the end of the bar on the side of zero the total is on. */
  label: { x: number; anchor: 'start' | 'end' }
}

export interface OdaBarsModel {
  width: number
  height: number
  plot: { x0: number; x1: number; y0: number; y1: number }
  zeroX: number
  ticks: { value: number; at: number }[]
  bars: OdaBar[]
}

const ODA_MARGIN = { top: 8, right: 56, bottom: 22, left: 92 }

const TOTAL_FONT = 10

/**
 * Horizontal stacked bars of the 2015 composition. Gross stacks grant aid, technical cooperation
 * and loans disbursed; net adds repayments, drawn left of zero, and marks the net total. A
 * negative total is labelled left of its bar, in room kept for it between the names and the bars;
 * `format` is how the panel writes a total (its width decides that room).
 */
export function odaBarsModel(
  rows: readonly OdaRow[],
  view: 'gross' | 'net',
  width: number,
  format: (v: number) => string = String,
): OdaBarsModel {
  const m = ODA_MARGIN
  const sorted = [...rows].sort((a, b) => (b.grossTotal ?? 0) - (a.grossTotal ?? 0))
  const barH = 22
  const height = m.top + m.bottom + sorted.length * (barH + 6)
  const plot = { x0: m.left, x1: Math.max(m.left + 60, width - m.right), y0: m.top, y1: height - m.bottom }
  const parts = view === 'gross' ? ODA_PARTS.slice(0, 3) : ODA_PARTS
  const positives = sorted.map((r) => parts.reduce((s, p) => s + Math.max(0, r[p] ?? 0), 0))
  const negatives = sorted.map((r) => parts.reduce((s, p) => s + Math.min(0, r[p] ?? 0), 0))
  const lo = Math.min(0, min(negatives) ?? 0)
  const hi = Math.max(1, max(positives) ?? 1)
  const totalOf = (r: OdaRow) => (view === 'gross' ? r.grossTotal : r.netTotal) ?? 0
  const leftRoom = Math.max(
    0,
    ...sorted.filter((r) => totalOf(r) < 0).map((r) => estimateTextWidth(format(totalOf(r)), TOTAL_FONT) + 8),
  )
  const x = scaleLinear()
    .domain([lo, hi])
    .nice(5)
    .range([plot.x0 + leftRoom, plot.x1])
  const y = scaleBand<string>()
    .domain(sorted.map((r) => r.iso3))
    .range([plot.y0, plot.y1])
    .paddingInner(0.2)
  const bars = sorted.map((r) => {
    let pos = 0
    let neg = 0
    const segments: OdaSegment[] = []
    for (const part of parts) {
      const v = r[part]
      if (v === null || v === 0) continue
      const from = v > 0 ? pos : neg + v
      const to = v > 0 ? pos + v : neg
      if (v > 0) pos += v
      else neg += v
      segments.push({ iso3: r.iso3, part, value: v, x: x(from), width: Math.max(0.5, x(to) - x(from)) })
    }
    const total = totalOf(r)
    const totalX = x(total)
    const label =
      total < 0
        ? { x: Math.min(totalX, ...segments.map((g) => g.x)) - 4, anchor: 'end' as const }
        : { x: Math.max(totalX, ...segments.map((g) => g.x + g.width)) + 4, anchor: 'start' as const }
    return { iso3: r.iso3, y: y(r.iso3) ?? 0, height: y.bandwidth(), segments, total, totalX, label }
  })
  return {
    width,
    height,
    plot,
    zeroX: x(0),
    ticks: x.ticks(5).map((v) => ({ value: v, at: x(v) })),
    bars,
  }
}

/** Yearly OECD values; null is a year whose value was not published (a gap, never 0). */
export interface OecdSeries {
  iso3: string
  /** The country's name as the line's label, in the reader's language. */
  label: string
  points: readonly (readonly [number, number | null])[]
}

export interface OecdLine {
  iso3: string
  d: string
  gaps: number[]
  /** Values with no published neighbour: a line cannot show them, so each gets a dot. */
  dots: { year: number; value: number; x: number; y: number }[]
  end: { x: number; y: number; value: number } | null
  /** The name at the line's last value, moved up or down so that no two names overlap. */
  label: { x: number; y: number; text: string } | null
}

export interface OecdModel {
  width: number
  height: number
  plot: { x0: number; x1: number; y0: number; y1: number }
  xTicks: { value: number; at: number }[]
  yTicks: { value: number; at: number }[]
  lines: OecdLine[]
}

const OECD_MARGIN = { top: 10, right: 44, bottom: 22, left: 48 }
export const OECD_LABEL_FONT = 10
const LABEL_GAP = 12

export function oecdModel(series: readonly OecdSeries[], width: number, height: number): OecdModel {
  const m = OECD_MARGIN
  // The names of lines reaching the last year stand right of the plot: keep room for the longest.
  const nameRoom = Math.max(0, ...series.map((s) => estimateTextWidth(s.label, OECD_LABEL_FONT) + 8))
  const right = Math.min(Math.max(m.right, nameRoom), width / 3)
  const plot = { x0: m.left, x1: Math.max(m.left + 60, width - right), y0: m.top, y1: height - m.bottom }
  const years = series.flatMap((s) => s.points.map((p) => p[0]))
  const values = series.flatMap((s) => s.points.flatMap((p) => (p[1] === null ? [] : [p[1]])))
  const x = scaleLinear()
    .domain([min(years) ?? 2009, max(years) ?? 2022])
    .range([plot.x0, plot.x1])
  const y = scaleLinear()
    .domain([0, max(values) ?? 1])
    .nice(5)
    .range([plot.y1, plot.y0])
  const path = line<readonly [number, number | null]>()
    .defined((p) => p[1] !== null)
    .x((p) => x(p[0]))
    .y((p) => y(p[1] as number))
  const lines = series.map((s) => {
    const last = [...s.points].reverse().find((p) => p[1] !== null)
    const dots = s.points.flatMap((p, i) => {
      const v = p[1]
      const lonely = (s.points[i - 1]?.[1] ?? null) === null && (s.points[i + 1]?.[1] ?? null) === null
      return v !== null && lonely ? [{ year: p[0], value: v, x: x(p[0]), y: y(v) }] : []
    })
    return {
      iso3: s.iso3,
      d: path([...s.points]) ?? '',
      gaps: s.points.filter((p) => p[1] === null).map((p) => p[0]),
      dots,
      end: last ? { x: x(last[0]), y: y(last[1] as number), value: last[1] as number } : null,
      label: null as OecdLine['label'],
    }
  })
  // Names that would share horizontal room form a group; each group is spread apart vertically.
  const boxes = series
    .map((s, i) => {
      const end = lines[i]?.end
      return end
        ? { i, x0: end.x + 5, x1: end.x + 5 + estimateTextWidth(s.label, OECD_LABEL_FONT), y: end.y }
        : null
    })
    .filter((b) => b !== null)
    .sort((a, b) => a.x0 - b.x0)
  let group: typeof boxes = []
  let groupEnd = Number.NEGATIVE_INFINITY
  const place = () => {
    const ys = spreadLabels(
      group.map((b) => ({ key: String(b.i), y: b.y })),
      LABEL_GAP,
      // Half a line inside the plot, so no name hangs over the year axis.
      plot.y0 + LABEL_GAP / 2,
      plot.y1 - LABEL_GAP / 2,
    )
    for (const b of group) {
      const l = lines[b.i]
      const s = series[b.i]
      if (l && s) l.label = { x: b.x0, y: ys.get(String(b.i)) ?? b.y, text: s.label }
    }
  }
  for (const b of boxes) {
    if (b.x0 > groupEnd && group.length > 0) {
      place()
      group = []
    }
    group.push(b)
    groupEnd = group.length === 1 ? b.x1 : Math.max(groupEnd, b.x1)
  }
  if (group.length > 0) place()
  return {
    width,
    height,
    plot,
    xTicks: x.ticks(6).map((v) => ({ value: v, at: x(v) })),
    yTicks: y.ticks(4).map((v) => ({ value: v, at: y(v) })),
    lines,
  }
}
