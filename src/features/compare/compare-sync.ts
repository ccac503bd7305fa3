import { useEffect } from 'react'
import { MAX_COMPARE, type Store, useStore } from '@/state/store'
import { replaceNextUrlWrite } from '@/state/url-sync'
import { JAPAN } from './compare-model'

/** The compared countries whose links the map should show: the ASEAN ones (Japan is every link's other end). */
export const linkCountriesOf = (compare: readonly string[]): string[] => compare.filter((c) => c !== JAPAN)

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/**
 * Keeps the country filter equal to the compared countries, in both directions: a change to the
 * comparison rewrites the filter (so the map and the list show only those links, and the map frames
 * them); a change to the filter from another panel (the country chips, a country's details) adds or
 * removes compared countries. Null when the two already agree.
 */
export function reconcileCompare(
  compare: readonly string[],
  filter: readonly string[],
  compareChanged: boolean,
): { compare?: string[]; filter?: string[] } | null {
  const want = linkCountriesOf(compare)
  if (sameSet(want, filter)) return null
  if (compareChanged) return { filter: want }
  const kept = compare.filter((c) => c === JAPAN || filter.includes(c))
  const added = filter.filter((c) => !compare.includes(c))
  // The newest additions give way when there are more than four.
  const next = [...kept, ...added]
  while (next.length > MAX_COMPARE) {
    const i = next.findLastIndex((c) => c !== JAPAN)
    next.splice(i, 1)
  }
  return sameSet(linkCountriesOf(next), filter)
    ? { compare: next }
    : { compare: next, filter: linkCountriesOf(next) }
}

function apply(s: Store, change: ReturnType<typeof reconcileCompare>): void {
  if (!change) return
  // The correction belongs to the history entry the user just made: Back must not land on a
  // half-synchronised state (which would be corrected again, trapping Back).
  if (change.compare) {
    replaceNextUrlWrite()
    s.setCompareCountries(change.compare)
  }
  if (change.filter) {
    replaceNextUrlWrite()
    useStore.getState().setCountryFilter(change.filter)
  }
}

/** While compare mode is shown: the store subscription that keeps compare and the country filter in step. */
export function useCompareFilterSync(): void {
  useEffect(() => {
    const s = useStore.getState()
    // On entering compare mode the comparison wins if there is one; otherwise a country filter
    // set while exploring becomes the comparison.
    apply(s, reconcileCompare(s.view.compare, s.filters.countries, s.view.compare.length > 0))
    return useStore.subscribe((state, prev) => {
      if (state.view.mode !== 'compare') return
      const compareChanged = state.view.compare !== prev.view.compare
      if (!compareChanged && state.filters.countries === prev.filters.countries) return
      apply(state, reconcileCompare(state.view.compare, state.filters.countries, compareChanged))
    })
  }, [])
}
