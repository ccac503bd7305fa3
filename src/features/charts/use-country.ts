import { useCallback } from 'react'
import { useCountries } from '@/data/use-dataset'
import { useLocalText } from '@/shared/use-lang'
import { selectCountryFilter, selectHoveredCountry, selectSelectedCountry } from '@/state/selectors'
import { useStore } from '@/state/store'

/** A country's name in the current language from countries.json; the ISO3 code until it loads. */
export function useCountryName(): (iso3: string) => string {
  const countries = useCountries().data
  const text = useLocalText()
  return useCallback(
    (iso3: string) => {
      const c = countries?.countries.find((x) => x.iso3 === iso3)
      return c ? text(c.name) : iso3
    },
    [countries, text],
  )
}

/** What the country panels emphasise: the hovered and selected country and the country filter. */
export function useCountryFocus(): {
  hovered: string | null
  selected: string | null
  filter: readonly string[]
} {
  const hovered = useStore(selectHoveredCountry)
  const selected = useStore(selectSelectedCountry)
  const filter = useStore(selectCountryFilter)
  return { hovered, selected, filter }
}
