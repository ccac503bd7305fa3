import type { Lang } from '@/i18n/i18n'
import { filterCountriesOf, sameList } from './compare'
import type { Filters, Mode, Selection, View } from './defaults'
import type { Hover, StoreState } from './store'

// Named selectors: components read the store only through these (or as narrow as these).
// Each returns a value already in the state, or one derived from it and kept while its inputs are
// the same objects, never a new object per call, so it cannot cause extra renders.

let derived: { compare: readonly string[]; filters: Filters; result: Filters } | null = null

/**
 * The filters every view applies. In compare mode the country filter is the comparison (its ASEAN
 * countries): derived here, so the two cannot disagree and nothing copies one into the other.
 */
export const selectFilters = (s: StoreState): Filters => {
  if (s.view.mode !== 'compare') return s.filters
  if (derived?.compare !== s.view.compare || derived.filters !== s.filters) {
    const countries = filterCountriesOf(s.view.compare)
    const result = sameList(countries, s.filters.countries) ? s.filters : { ...s.filters, countries }
    derived = { compare: s.view.compare, filters: s.filters, result }
  }
  return derived.result
}
export const selectSelection = (s: StoreState): Selection | null => s.selection
export const selectHover = (s: StoreState): Hover | null => s.hover
export const selectMode = (s: StoreState): Mode => s.view.mode
export const selectLang = (s: StoreState): Lang => s.view.lang
export const selectYear = (s: StoreState): number => s.view.year
export const selectIndicator = (s: StoreState): View['indicator'] => s.view.indicator
export const selectCompare = (s: StoreState): string[] => s.view.compare
export const selectYearRange = (s: StoreState): Filters['yearRange'] => s.filters.yearRange
export const selectCountryFilter = (s: StoreState): Filters['countries'] => selectFilters(s).countries
export const selectFieldFilter = (s: StoreState): Filters['fields'] => s.filters.fields
export const selectRelationFilter = (s: StoreState): Filters['relations'] => s.filters.relations
export const selectConfidence = (s: StoreState): Filters['confidence'] => s.filters.confidence
export const selectOrigin = (s: StoreState): Filters['origin'] => s.filters.origin

export const selectScale = (s: StoreState): View['scale'] => s.view.scale
export const selectOdaView = (s: StoreState): View['odaView'] => s.view.odaView
export const selectShowJapan = (s: StoreState): boolean => s.view.showJapan
export const selectStory = (s: StoreState): View['story'] => s.view.story
export const selectSlide = (s: StoreState): number => s.view.slide

// The selected and hovered id of one kind, or null: a panel re-renders only when its own kind changes.
const selected = (s: StoreState, kind: Selection['kind']) =>
  s.selection?.kind === kind ? s.selection.id : null
const hovered = (s: StoreState, kind: Hover['kind']) => (s.hover?.kind === kind ? s.hover.id : null)
export const selectSelectedCountry = (s: StoreState): string | null => selected(s, 'country')
export const selectSelectedPlace = (s: StoreState): string | null => selected(s, 'place')
export const selectSelectedLink = (s: StoreState): string | null => selected(s, 'link')
export const selectHoveredCountry = (s: StoreState): string | null => hovered(s, 'country')
export const selectHoveredPlace = (s: StoreState): string | null => hovered(s, 'place')
export const selectHoveredLink = (s: StoreState): string | null => hovered(s, 'link')

/** Whether any of these filters differs from the defaults. */
export function filtersDiffer(f: Filters): boolean {
  return (
    f.countries.length > 0 ||
    f.fields.length > 0 ||
    f.schemes.length > 0 ||
    f.relations.length > 0 ||
    f.prefecture !== null ||
    f.yearRange !== null ||
    f.confidence !== 'all' ||
    f.origin !== 'all'
  )
}

/** Whether any filter every view applies differs from the defaults. */
export const selectHasFilters = (s: StoreState): boolean => filtersDiffer(selectFilters(s))
