import { useMemo } from 'react'
import { useCountries } from '@/data/use-dataset'
import { aseanMembersIn } from '@/domain/asean-membership'
import { type ShadedValues, useIndicatorValues } from '@/shared/use-indicator-values'
import type { IndicatorId } from '@/state/defaults'
import { type Choropleth, choropleth } from './choropleth'

/**
 * The shaded indicator's values for the members of the shading's year and their colours; `outside`:
 * the ASEAN countries that had not joined by then (Timor-Leste before 2025), drawn as neighbours.
 * One object while nothing it is made of changes.
 */
export type ShadedMap = ShadedValues & { scale: Choropleth; shownYear: number; outside: string[] }

/** The year a shading shows: the report's ODA table is for 2015 whatever year is chosen. */
export function shownYearOf(indicator: IndicatorId, year: number): number {
  return indicator === 'oda_report_2015' ? 2015 : year
}

export function useChoropleth(): ShadedMap {
  const shaded = useIndicatorValues()
  const countries = useCountries().data
  return useMemo(() => {
    const shownYear = shownYearOf(shaded.indicator, shaded.year)
    const members = new Set(aseanMembersIn(countries?.countries ?? [], shownYear).map((c) => c.iso3))
    const values = countries ? shaded.values.filter((v) => members.has(v.iso3)) : shaded.values
    const outside = shaded.values.filter((v) => !values.includes(v)).map((v) => v.iso3)
    return { ...shaded, values, shownYear, outside, scale: choropleth(shaded.indicator, values) }
  }, [shaded, countries])
}
