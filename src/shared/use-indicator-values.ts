import { useMemo } from 'react'
import type { SourceRef } from '@/data/schema'
import { useCountries, useIndicators, useNetwork, useOda } from '@/data/use-dataset'
import { selectVisible } from '@/domain/filter-links'
import { type CountryValue, indicatorValues } from '@/domain/indicator-values'
import type { IndicatorId } from '@/state/defaults'
import { selectFilters, selectIndicator, selectYear } from '@/state/selectors'
import { useStore } from '@/state/store'

const NO_COUNTS = new Map<string, number>()

/** The indicator the map is shaded by, its year, and each ASEAN country's value or no-data reason. */
export interface ShadedValues {
  values: CountryValue[]
  indicator: IndicatorId
  year: number
}

/**
 * The shaded indicator's value per ASEAN country: what the map colours, its legend lists and a
 * country's details state. One object while nothing it is made of changes.
 */
export function useIndicatorValues(): ShadedValues {
  const indicator = useStore(selectIndicator)
  const year = useStore(selectYear)
  const filters = useStore(selectFilters)
  const countries = useCountries().data
  const indicators = useIndicators().data
  const oda = useOda().data
  const { network } = useNetwork()
  // Counted per country in the filter pass itself (no second pass over the visible links).
  // Only the link-count indicator depends on the filters: the other shadings stay the same object
  // through a filter change, so the legend and the map's feature states are left alone.
  const linkCounts =
    indicator === 'link_count' && network ? selectVisible(network, filters).byCountry : NO_COUNTS
  return useMemo(() => {
    const iso3s = countries?.countries.filter((c) => c.asean).map((c) => c.iso3) ?? []
    const values = indicatorValues(indicator, year, iso3s, { indicators, oda, linkCounts })
    return { values, indicator, year }
  }, [indicator, year, countries, indicators, oda, linkCounts])
}

/** The source of a shaded indicator: the legend, the map image and a country's details cite it. */
export function useIndicatorSource(indicator: IndicatorId): SourceRef | undefined {
  const indicators = useIndicators().data
  const oda = useOda().data
  if (indicator === 'oda_report_2015') return oda?.report2015.source
  if (indicator === 'oda_oecd_gross') return oda?.oecd.source
  if (indicator === 'link_count') return { ref: 'clair-report', locator: 'links.json' }
  return indicators?.indicators.find((i) => i.id === indicator)?.source
}
