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
