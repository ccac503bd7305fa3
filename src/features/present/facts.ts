import type { IndicatorsFile } from '@/data/schema'
import type { Fact } from './story-schema'

export type FactValue =
  | { ok: true; year: number; of: number; to: number; ratio: number }
  | { ok: false; year: number | null; reason: 'no-series' | 'no-year' }

/**
 * A slide's computed figure from indicators.json: the two countries' values in the fact's year (or
 * the latest year both have) and their ratio; never a made-up zero when a value is missing.
 */
export function factValue(fact: Fact, indicators: IndicatorsFile): FactValue {
  const series = (iso3: string) =>
    indicators.series.find((s) => s.iso3 === iso3 && s.indicator === fact.indicator)
  const a = series(fact.of)
  const b = series(fact.to)
  if (!a || !b) return { ok: false, year: fact.year, reason: 'no-series' }
  const at = (s: typeof a, year: number) => s.points.find((p) => p[0] === year)?.[1] ?? null
  const years =
    fact.year !== null
      ? [fact.year]
      : [...new Set(a.points.map((p) => p[0]))].sort((x, y) => y - x).filter((y) => at(b, y) !== null)
  for (const year of years) {
    const of = at(a, year)
    const to = at(b, year)
    if (of !== null && to !== null && to !== 0) return { ok: true, year, of, to, ratio: of / to }
  }
  return { ok: false, year: fact.year, reason: 'no-year' }
}
