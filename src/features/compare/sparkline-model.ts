import { extent } from 'd3-array'
import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

export interface SparkPoint {
  x: number
  y: number
  year: number
  value: number
}
export interface Sparkline {
  width: number
  height: number
  /** SVG path of the whole series (years with no value are simply absent from `points`). */
  d: string
  /** Every point placed, for a renderer that draws without SVG paths (the PNG). */
  placed: SparkPoint[]
  first: SparkPoint
  last: SparkPoint
}

/**
 * A small trend line in a width × height box (px), on the series' own scale: it shows the shape of
 * one country's trend, not a level to compare across columns (the number beside it does that).
 * Null with fewer than two points.
 */
export function sparkline(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
  pad = 3,
): Sparkline | null {
  if (points.length < 2) return null
  const [x0, x1] = extent(points, (p) => p[0]) as [number, number]
  const [y0, y1] = extent(points, (p) => p[1]) as [number, number]
  const x = scaleLinear()
    .domain([x0, x1])
    .range([pad, width - pad])
  // A flat series sits in the middle instead of dividing by zero.
  const y = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([height - pad, pad])
  const placed = points.map((p) => ({ x: x(p[0]), y: y(p[1]), year: p[0], value: p[1] }))
  const d = line<SparkPoint>()
    .x((p) => p.x)
    .y((p) => p.y)(placed)
  return {
    width,
    height,
    d: d ?? '',
    placed,
    first: placed[0] as SparkPoint,
    last: placed.at(-1) as SparkPoint,
  }
}
