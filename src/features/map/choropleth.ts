import { extent } from 'd3-array'
import { interpolateRgbBasis } from 'd3-interpolate'
import type { CountryValue } from '@/domain/indicator-values'
import type { IndicatorId } from '@/state/defaults'

export interface Choropleth {
  colorOf: Map<string, string>
  /** Sampled ramp for the legend, low to high. */
  stops: { t: number; color: string }[]
  domain: [number, number] | null
  /** Diverging around zero (growth): the legend marks the middle. */
  diverging: boolean
}

// The two ColorBrewer ramps d3-scale-chromatic builds (its largest scheme, B-spline through the
// colours). Defined here because importing them from d3-scale-chromatic pulls every scheme into
// the initial chunk (~6 KB gzip): the package's top-level scheme tables do not tree-shake.
const colors = (hex: string) => hex.match(/.{6}/g)?.map((c) => `#${c}`) ?? []
const interpolateRdBu = interpolateRgbBasis(
  colors('67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061'),
)
const interpolateYlGnBu = interpolateRgbBasis(
  colors('ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58'),
)

/** Low values light, high values dark; the ramp starts a little in so the lightest stays visible on the sea. */
const ramp = (t: number) => interpolateYlGnBu(0.12 + 0.88 * t)

/**
 * Where x lies between lo and hi on a scale (0 at lo, 1 at hi), after `f` (a log, a square root):
 * what d3-scale's sequential scales compute, in two lines (importing d3-scale for them brought its
 * number formats and ticks into the first load, ≈ 5 kB gzip; the test checks against d3-scale).
 */
const position = (f: (x: number) => number, lo: number, hi: number) => (x: number) =>
  f(hi) === f(lo) ? 0.5 : (f(x) - f(lo)) / (f(hi) - f(lo))

/**
 * Colours for the countries that have a value. Skewed magnitudes (GDP per capita spans two orders
 * of magnitude in ASEAN) use a log scale; growth diverges around zero; counts use a square root.
 */
export function choropleth(indicator: IndicatorId, values: readonly CountryValue[]): Choropleth {
  const present = values.filter((v): v is CountryValue & { value: number } => v.value !== null)
  const [lo, hi] = extent(present, (v) => v.value)
  if (lo === undefined || hi === undefined)
    return { colorOf: new Map(), stops: [], domain: null, diverging: false }
  let scale: (x: number) => string
  let diverging = false
  if (indicator === 'gdp_growth_pct') {
    // Symmetric around zero: -m → 0, 0 → ½, m → 1.
    const m = Math.max(Math.abs(lo), Math.abs(hi), 0.1)
    const at = position((x) => x, -m, m)
    scale = (x) => interpolateRdBu(at(x))
    diverging = true
  } else if (indicator === 'link_count') {
    const at = position(Math.sqrt, 0, Math.max(hi, 1))
    scale = (x) => ramp(at(x))
  } else if (lo > 0 && hi / lo > 8) {
    const at = position(Math.log, lo, hi)
    scale = (x) => ramp(at(x))
  } else {
    const at = position((x) => x, Math.min(0, lo), hi)
    scale = (x) => ramp(at(x))
  }
  const colorOf = new Map(present.map((v) => [v.iso3, scale(v.value)]))
  const stops = diverging
    ? [0, 0.25, 0.5, 0.75, 1].map((t) => ({ t, color: interpolateRdBu(t) }))
    : [0, 0.25, 0.5, 0.75, 1].map((t) => ({ t, color: ramp(t) }))
  const domain: [number, number] = diverging
    ? [-Math.max(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi))]
    : indicator === 'link_count'
      ? [0, hi]
      : [lo, hi]
  return { colorOf, stops, domain, diverging }
}
