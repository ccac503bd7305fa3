import type { StoreState } from '@/state/store'

// Narrow selectors for the panels: each returns a primitive or a value already in the state, so a
// panel re-renders only when the few things it draws change.

export const selectCountryFilter = (s: StoreState): string[] => s.filters.countries
export const selectScale = (s: StoreState) => s.view.scale
export const selectOdaView = (s: StoreState) => s.view.odaView
export const selectShowJapan = (s: StoreState): boolean => s.view.showJapan

export const selectSelectedCountry = (s: StoreState): string | null =>
  s.selection?.kind === 'country' ? s.selection.id : null
export const selectHoveredCountry = (s: StoreState): string | null =>
  s.hover?.kind === 'country' ? s.hover.id : null
export const selectSelectedLink = (s: StoreState): string | null =>
  s.selection?.kind === 'link' ? s.selection.id : null
export const selectHoveredLink = (s: StoreState): string | null =>
  s.hover?.kind === 'link' ? s.hover.id : null
export const selectSelectedPlace = (s: StoreState): string | null =>
  s.selection?.kind === 'place' ? s.selection.id : null
export const selectHoveredPlace = (s: StoreState): string | null =>
  s.hover?.kind === 'place' ? s.hover.id : null
export const selectSelectedProject = (s: StoreState): string | null =>
  s.selection?.kind === 'project' ? s.selection.id : null

/**
 * How a country's marks are drawn: `focus` when it is hovered or selected, `dim` when another
 * country is (or when a country filter is set and it is not in it), `normal` otherwise.
 */
export type Emphasis = 'focus' | 'normal' | 'dim'
export function emphasisOf(
  iso3: string,
  focus: { hovered: string | null; selected: string | null; filter: readonly string[] },
): Emphasis {
  if (iso3 === focus.hovered || iso3 === focus.selected) return 'focus'
  if (focus.hovered !== null || focus.selected !== null) return 'dim'
  if (focus.filter.length > 0) return focus.filter.includes(iso3) ? 'focus' : 'dim'
  return 'normal'
}
