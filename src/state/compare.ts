import { JAPAN, MAX_COMPARE } from './defaults'

// Compare mode and the country filter are one list: the compared countries are the country filter
// while compare mode is shown (selectFilters derives it). These pure rules turn a change made to
// either into the one list, so nothing has to keep two lists equal afterwards.

/** The compared countries that filter the links: the ASEAN ones (Japan is every link's other end). */
export function filterCountriesOf(compare: readonly string[]): string[] {
  return compare.filter((c) => c !== JAPAN)
}

/** `compare` with `iso3` added or removed; unchanged when it would hold more than MAX_COMPARE. */
export function toggleCompared(compare: readonly string[], iso3: string): readonly string[] {
  if (compare.includes(iso3)) return compare.filter((c) => c !== iso3)
  return compare.length >= MAX_COMPARE ? compare : [...compare, iso3]
}

/**
 * The comparison after the country filter is set to `filter` while comparing (a country's details,
 * a list of chips): the compared countries still in it and Japan keep their places, the others
 * join after them, and the newest additions give way past MAX_COMPARE.
 */
export function comparedFromFilter(compare: readonly string[], filter: readonly string[]): string[] {
  const kept = compare.filter((c) => c === JAPAN || filter.includes(c))
  const next = [...kept, ...filter.filter((c) => !kept.includes(c))]
  while (next.length > MAX_COMPARE)
    next.splice(
      next.findLastIndex((c) => c !== JAPAN),
      1,
    )
  return next
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
