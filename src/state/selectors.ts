import type { Lang } from '@/i18n/i18n'
import type { Filters, Mode, Selection, View } from './defaults'
import type { Hover, StoreState } from './store'

// Named selectors: components read the store only through these (or as narrow as these).
// Each returns a value already in the state, never a new object, so it cannot cause extra renders.

export const selectFilters = (s: StoreState): Filters => s.filters
export const selectSelection = (s: StoreState): Selection | null => s.selection
export const selectHover = (s: StoreState): Hover | null => s.hover
export const selectView = (s: StoreState): View => s.view
export const selectMode = (s: StoreState): Mode => s.view.mode
export const selectLang = (s: StoreState): Lang => s.view.lang
export const selectYear = (s: StoreState): number => s.view.year
export const selectIndicator = (s: StoreState): View['indicator'] => s.view.indicator
export const selectCompare = (s: StoreState): string[] => s.view.compare
export const selectYearRange = (s: StoreState): Filters['yearRange'] => s.filters.yearRange
export const selectCountryFilter = (s: StoreState): Filters['countries'] => s.filters.countries
export const selectFieldFilter = (s: StoreState): Filters['fields'] => s.filters.fields
export const selectRelationFilter = (s: StoreState): Filters['relations'] => s.filters.relations
export const selectConfidence = (s: StoreState): Filters['confidence'] => s.filters.confidence

/** The id of the selected item of one kind, or null. */
export const selectedIdOf =
  (kind: Selection['kind']) =>
  (s: StoreState): string | null =>
    s.selection?.kind === kind ? s.selection.id : null

/** Whether any filter differs from the defaults (for a "filters active" badge and Clear all). */
export const selectHasFilters = (s: StoreState): boolean => {
  const f = s.filters
  return (
    f.countries.length > 0 ||
    f.fields.length > 0 ||
    f.schemes.length > 0 ||
    f.relations.length > 0 ||
    f.prefecture !== null ||
    f.yearRange !== null ||
    f.confidence !== 'all'
  )
}
