import type { Place } from '@/data/schema'

/** For matching either language, ignoring case and width/diacritics differences. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
}

/**
 * Every name a place is known by, normalised once per place (searching 100,000 links stays cheap):
 * its own name in both languages, and, where it has been redrawn since its tie was made, the names of
 * what it is part of now (`today.units`: Quang Binh is found as Quang Tri, which it merged into).
 */
const searchText = new WeakMap<Place, string>()
export function namesOf(place: Place | undefined): string {
  if (!place) return ''
  let text = searchText.get(place)
  if (text === undefined) {
    const names = [place.name, ...(place.today?.units ?? [])]
    text = names.map((n) => `${normalise(n.ja)}\n${normalise(n.en)}`).join('\n')
    searchText.set(place, text)
  }
  return text
}

/** Whether a place is found by the (normalised) query, under its name then or now. */
export function placeMatches(place: Place | undefined, query: string): boolean {
  return query !== '' && namesOf(place).includes(query)
}

/** Whether the place is found by the query only under what it is today, not by its own name. */
export function matchedOnlyToday(place: Place, query: string): boolean {
  return (
    query !== '' &&
    !normalise(place.name.ja).includes(query) &&
    !normalise(place.name.en).includes(query) &&
    placeMatches(place, query)
  )
}
