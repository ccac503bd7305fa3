import { max, min } from 'd3-array'
import { scaleBand, scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

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
}

export interface OdaBarsModel {
  width: number
  height: number
  plot: { x0: number; x1: number; y0: number; y1: number }
  zeroX: number
  ticks: { value: number; at: number }[]
  bars: OdaBar[]
}

export const ODA_MARGIN = { top: 8, right: 56, bottom: 22, left: 92 }

/**
 * Horizontal stacked bars of the 2015 composition. Gross stacks grant aid, technical cooperation
 * and loans disbursed; net adds repayments, drawn left of zero, and marks the net total.
 */
export function odaBarsModel(rows: readonly OdaRow[], view: 'gross' | 'net', width: number): OdaBarsModel {
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
  const x = scaleLinear().domain([lo, hi]).nice(5).range([plot.x0, plot.x1])
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
    const total = (view === 'gross' ? r.grossTotal : r.netTotal) ?? 0
    return { iso3: r.iso3, y: y(r.iso3) ?? 0, height: y.bandwidth(), segments, total, totalX: x(total) }
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
  points: readonly (readonly [number, number | null])[]
}

export interface OecdModel {
  width: number
  height: number
  plot: { x0: number; x1: number; y0: number; y1: number }
  xTicks: { value: number; at: number }[]
  yTicks: { value: number; at: number }[]
  lines: { iso3: string; d: string; gaps: number[]; end: { x: number; y: number; value: number } | null }[]
}

export const OECD_MARGIN = { top: 10, right: 44, bottom: 22, left: 48 }

export function oecdModel(series: readonly OecdSeries[], width: number, height: number): OecdModel {
  const m = OECD_MARGIN
  const plot = { x0: m.left, x1: Math.max(m.left + 60, width - m.right), y0: m.top, y1: height - m.bottom }
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
  return {
    width,
    height,
    plot,
    xTicks: x.ticks(6).map((v) => ({ value: v, at: x(v) })),
    yTicks: y.ticks(4).map((v) => ({ value: v, at: y(v) })),
    lines: series.map((s) => {
      const last = [...s.points].reverse().find((p) => p[1] !== null)
      return {
        iso3: s.iso3,
        d: path([...s.points]) ?? '',
        gaps: s.points.filter((p) => p[1] === null).map((p) => p[0]),
        end: last ? { x: x(last[0]), y: y(last[1] as number), value: last[1] as number } : null,
      }
    }),
  }
}
