import { useMemo } from 'react'
import { useCountries, useIndicators, useNetwork, useOda } from '../../data/use-dataset'
import { selectVisible } from '../../domain/filter-links'
import { type CountryValue, indicatorValues } from '../../domain/indicator-values'
import type { IndicatorId } from '../../state/defaults'
import { selectFilters, selectIndicator, selectYear } from '../../state/selectors'
import { useStore } from '../../state/store'
import { type Choropleth, choropleth } from './choropleth'

const NO_COUNTS = new Map<string, number>()

/** The shaded indicator's value (or no-data reason) per ASEAN country, and its colours. */
export function useChoropleth(): {
  values: CountryValue[]
  scale: Choropleth
  indicator: IndicatorId
  year: number
} {
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
    return { values, scale: choropleth(indicator, values), indicator, year }
  }, [indicator, year, countries, indicators, oda, linkCounts])
}
