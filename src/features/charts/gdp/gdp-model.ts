import { max, min, range } from 'd3-array'
import { scaleLinear, scaleLog } from 'd3-scale'
import { line } from 'd3-shape'
import { spreadLabels } from '../label-layout'

/** One country's yearly values; a year that is absent has no value (drawn as a gap, never as 0). */
export interface GdpSeries {
  iso3: string
  points: readonly (readonly [number, number])[]
}

export interface GdpModelInput {
  /** The ASEAN countries: drawn, ranked and compared. */
  series: readonly GdpSeries[]
  /** Japan, drawn as a reference line when given; never ranked. */
  reference?: GdpSeries | null
  width: number
  height: number
  scale: 'linear' | 'log'
  /** The selected year: marked on the chart and ranked. */
  year: number
  /** First year drawn (the WDI series used here start in 1990). */
  firstYear?: number
}

export interface GdpLine {
  iso3: string
  reference: boolean
  /** SVG path; a missing year breaks the line. */
  d: string
  /** Years inside the drawn range without a value. */
  missingYears: number[]
  /** The last drawn point and where its label goes (spread apart from the other labels). */
  end: { x: number; y: number; labelY: number; year: number; value: number } | null
}

export interface RankedValue {
  iso3: string
  value: number
  rank: number
  /** Share of the top value (0–1), for a bar in the ranking. */
  share: number
}

export interface GdpModel {
  width: number
  height: number
  plot: { x0: number; x1: number; y0: number; y1: number }
  years: [number, number]
  xTicks: { value: number; at: number }[]
  yTicks: { value: number; at: number }[]
  lines: GdpLine[]
  /** The selected year's vertical marker, or null when the year is outside the data. */
  marker: { x: number; year: number } | null
  /** Points on each line at the selected year. */
  dots: { iso3: string; x: number; y: number; value: number }[]
  /** ASEAN countries with a value in the selected year, highest first. */
  ranking: RankedValue[]
  /** ASEAN countries without a value in the selected year. */
  missing: string[]
  /** Highest over lowest value of the selected year, from the data; null with fewer than two values. */
  spread: { top: RankedValue; bottom: RankedValue; ratio: number } | null
}

const GDP_MARGIN = { top: 12, right: 96, bottom: 24, left: 44 }
const LABEL_GAP = 11

/** Places the GDP per capita lines, axes, selected-year marker and the ranking of that year. */
export function gdpModel(input: GdpModelInput): GdpModel {
  const { width, height, scale, year } = input
  const m = GDP_MARGIN
  const plot = { x0: m.left, x1: Math.max(m.left + 40, width - m.right), y0: m.top, y1: height - m.bottom }
  const drawn = input.reference ? [...input.series, input.reference] : [...input.series]
  const valid = (v: number) => Number.isFinite(v) && (scale === 'linear' || v > 0)

  const firstYear = input.firstYear ?? 1990
  const lastYear = max(drawn, (s) => max(s.points, (p) => p[0])) ?? firstYear
  const years: [number, number] = [firstYear, Math.max(firstYear + 1, lastYear)]
  const x = scaleLinear().domain(years).range([plot.x0, plot.x1])

  const values = drawn.flatMap((s) =>
    s.points.filter((p) => p[0] >= years[0] && valid(p[1])).map((p) => p[1]),
  )
  const hi = max(values) ?? 1
  const y =
    scale === 'log'
      ? scaleLog()
          .domain([10 ** Math.floor(Math.log10(min(values) ?? 1)), 10 ** Math.ceil(Math.log10(hi))])
          .range([plot.y1, plot.y0])
      : scaleLinear().domain([0, hi]).nice(5).range([plot.y1, plot.y0])

  const yTickValues =
    scale === 'log'
      ? logTicks(y.domain() as [number, number])
      : (y as ReturnType<typeof scaleLinear>).ticks(5)
  const xStep = plot.x1 - plot.x0 < 300 ? 10 : 5
  const xTickValues = range(Math.ceil(years[0] / xStep) * xStep, years[1] + 1, xStep)

  const path = line<{ year: number; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value as number))

  const lines: GdpLine[] = drawn.map((s) => {
    const byYear = new Map(s.points.filter((p) => valid(p[1])).map((p) => [p[0], p[1]]))
    const full = range(years[0], years[1] + 1).map((yr) => ({ year: yr, value: byYear.get(yr) ?? null }))
    const present = full.filter((p): p is { year: number; value: number } => p.value !== null)
    const last = present.at(-1)
    return {
      iso3: s.iso3,
      reference: s === input.reference,
      d: path(full) ?? '',
      missingYears: full.filter((p) => p.value === null).map((p) => p.year),
      end: last
        ? { x: x(last.year), y: y(last.value), labelY: y(last.value), year: last.year, value: last.value }
        : null,
    }
  })
  const labelYs = spreadLabels(
    lines.flatMap((l) => (l.end ? [{ key: l.iso3, y: l.end.y }] : [])),
    LABEL_GAP,
    plot.y0,
    plot.y1,
  )
  for (const l of lines) if (l.end) l.end.labelY = labelYs.get(l.iso3) ?? l.end.y

  const inRange = year >= years[0] && year <= years[1]
  const dots = inRange
    ? drawn.flatMap((s) => {
        const p = s.points.find((q) => q[0] === year)
        return p && valid(p[1]) ? [{ iso3: s.iso3, x: x(year), y: y(p[1]), value: p[1] }] : []
      })
    : []

  const { ranking, missing, spread } = rankYear(input.series, year)
  return {
    width,
    height,
    plot,
    years,
    xTicks: xTickValues.map((v) => ({ value: v, at: x(v) })),
    yTicks: yTickValues.map((v) => ({ value: v, at: y(v) })),
    lines,
    marker: inRange ? { x: x(year), year } : null,
    dots,
    ranking,
    missing,
    spread,
  }
}

/** The countries ranked by their value in `year`, and the spread between the highest and lowest. */
export function rankYear(
  series: readonly GdpSeries[],
  year: number,
): Pick<GdpModel, 'ranking' | 'missing' | 'spread'> {
  const withValue: { iso3: string; value: number }[] = []
  const missing: string[] = []
  for (const s of series) {
    const p = s.points.find((q) => q[0] === year)
    if (p && Number.isFinite(p[1])) withValue.push({ iso3: s.iso3, value: p[1] })
    else missing.push(s.iso3)
  }
  withValue.sort((a, b) => b.value - a.value || a.iso3.localeCompare(b.iso3))
  const topValue = withValue[0]?.value ?? 0
  const ranking = withValue.map((v, i) => ({
    ...v,
    rank: i + 1,
    share: topValue > 0 ? v.value / topValue : 0,
  }))
  const top = ranking[0]
  const bottom = ranking.at(-1)
  const spread =
    top && bottom && ranking.length >= 2 && bottom.value > 0
      ? { top, bottom, ratio: top.value / bottom.value }
      : null
  return { ranking, missing, spread }
}

/** Powers of ten, with 2× and 5× steps added when the domain spans few decades. */
function logTicks([lo, hi]: [number, number]): number[] {
  const decades: number[] = []
  for (let e = Math.round(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++) decades.push(10 ** e)
  if (decades.length > 3) return decades
  return decades.flatMap((d) => [d, 2 * d, 5 * d]).filter((v) => v >= lo && v <= hi * 1.0001)
}
