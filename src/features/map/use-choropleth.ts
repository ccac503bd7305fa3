import { useMemo } from 'react'
import { useCountries, useIndicators, useNetwork, useOda } from '../../data/use-dataset'
import { selectVisibleLinks } from '../../domain/filter-links'
import { type CountryValue, indicatorValues } from '../../domain/indicator-values'
import type { IndicatorId } from '../../state/defaults'
import { selectFilters, selectIndicator, selectYear } from '../../state/selectors'
import { useStore } from '../../state/store'
import { type Choropleth, choropleth } from './choropleth'

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
  const visible = network ? selectVisibleLinks(network, filters) : undefined
  return useMemo(() => {
    const iso3s = countries?.countries.filter((c) => c.asean).map((c) => c.iso3) ?? []
    const linkCounts = new Map<string, number>()
    if (network && visible) {
      for (const link of visible) {
        const iso3 = network.countryOfLink.get(link.id)
        if (iso3) linkCounts.set(iso3, (linkCounts.get(iso3) ?? 0) + 1)
      }
    }
    const values = indicatorValues(indicator, year, iso3s, { indicators, oda, linkCounts })
    return { values, scale: choropleth(indicator, values), indicator, year }
  }, [indicator, year, countries, indicators, oda, network, visible])
}
