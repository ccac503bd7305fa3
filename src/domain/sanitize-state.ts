import type { Network } from '@/data/network'
import type { UrlState } from '@/state/defaults'

/**
 * Drops the parts of a decoded state that name things the data does not have (a stale or
 * hand-edited link): unknown countries, schemes, prefectures, or a selection of a removed record.
 * Returns the same object when nothing had to change.
 */
export function sanitizeState(
  state: UrlState,
  network: Network,
  schemeIds: ReadonlySet<string> | null,
): UrlState {
  const { filters, selection, view } = state
  const isCountry = (iso3: string) => network.countryByIso3.has(iso3)
  const countries = filters.countries.filter(isCountry)
  const schemes = schemeIds ? filters.schemes.filter((s) => schemeIds.has(s)) : filters.schemes
  const prefectures = new Set(
    network.places.map((p) => p.prefecture?.ja ?? (p.level === 'prefecture' ? p.name.ja : '')),
  )
  const prefecture = filters.prefecture && prefectures.has(filters.prefecture) ? filters.prefecture : null
  const compare = view.compare.filter(isCountry)
  const exists =
    !selection ||
    (selection.kind === 'country' && isCountry(selection.id)) ||
    (selection.kind === 'place' && network.placeById.has(selection.id)) ||
    (selection.kind === 'link' && network.linkById.has(selection.id)) ||
    (selection.kind === 'project' && network.projectById.has(selection.id))
  const same =
    countries.length === filters.countries.length &&
    schemes.length === filters.schemes.length &&
    prefecture === filters.prefecture &&
    compare.length === view.compare.length &&
    exists
  if (same) return state
  return {
    filters: { ...filters, countries, schemes, prefecture },
    selection: exists ? selection : null,
    view: { ...view, compare },
  }
}
