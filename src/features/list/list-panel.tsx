import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Network } from '@/data/network'
import type { Link } from '@/data/schema'
import { useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { matchedOnlyToday, normalise, placeMatches } from '@/domain/place-search'
import { joinItems } from '@/i18n/format'
import { firstScreen } from '@/shared/first-screen'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { useCitations } from '@/shared/use-sources'
import { selectFilters, selectSelection } from '@/state/selectors'
import { useStore } from '@/state/store'
import { LinkRow } from './link-row'

/** Rows drawn at first and added by each "show more": the DOM stays small whatever the data size. */
const LIST_PAGE = 100

const NONE_HIDDEN: ReadonlySet<Link> = new Set()
const orders = new WeakMap<Network, Map<Link, number>>()
/** Each link's place in the network (visible links and search results keep that order). */
function linkOrder(network: Network): Map<Link, number> {
  let order = orders.get(network)
  if (!order) {
    order = new Map(network.links.map((link, i) => [link, i]))
    orders.set(network, order)
  }
  return order
}
/**
 * Rows drawn until the map has drawn its first view: more than the list shows on a tall screen. The
 * rest of the page follows at once after it; built before, each row's elements were created, laid
 * out and laid out again (as each web font arrived) while the map was starting.
 */
const FIRST_SCREEN_ROWS = 24

let firstScreenDone = false
void firstScreen.then(() => {
  firstScreenDone = true
})
/** False until the map's first view is drawn (see map-instance's firstIdle; 15 s at most), then true. */
function useFirstScreenDone(): boolean {
  const [done, setDone] = useState(firstScreenDone)
  useEffect(() => {
    if (!done) void firstScreen.then(() => setDone(true))
  }, [done])
  return done
}

/**
 * The list alternative to the map: every visible link, searchable by place name in Japanese or
 * English, as the place was named when the tie was made or as what it is part of today. While
 * searching, the count says how many of the visible links match. Choosing an item is the same as
 * clicking it on the map.
 */
export function ListPanel() {
  useRenderCount('ListPanel')
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const searchId = useId()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const { network, error } = useNetwork()
  const filters = useStore(selectFilters)
  const selection = useStore(selectSelection)
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const visible = network ? selectVisibleLinks(network, filters) : undefined
  // Without a search the rows are the visible links themselves: a filter change costs the list no
  // pass over them, and places are looked up for the drawn page only.
  const q = normalise(deferred.trim())
  const rows = useMemo(() => {
    if (!network || !visible) return []
    if (!q) return visible
    return visible.filter(
      (link) =>
        placeMatches(network.placeById.get(link.jp), q) || placeMatches(network.placeById.get(link.asean), q),
    )
  }, [network, visible, q])
  // How many rows are drawn; back to one page whenever the rows change (filters or search).
  const [page, setPage] = useState<{ rows: unknown; limit: number }>({ rows: null, limit: LIST_PAGE })
  const limit = page.rows === rows ? page.limit : LIST_PAGE
  const drawnLimit = useFirstScreenDone() ? limit : Math.min(limit, FIRST_SCREEN_ROWS)
  const shown = useMemo(
    () => (rows.length > drawnLimit ? rows.slice(0, drawnLimit) : rows),
    [rows, drawnLimit],
  )
  // Rows the filters or the search have just hidden stay mounted, hidden, after the shown ones (up
  // to a page of them): a filter turned off again shows them without building them afresh, which
  // was most of the work of such a change.
  const mounted = useRef<readonly Link[]>([])
  const kept = useMemo(() => {
    if (!network) return []
    const showing = new Set(shown)
    return mounted.current
      .filter((link) => !showing.has(link) && network.linkById.get(link.id) === link)
      .slice(0, LIST_PAGE)
  }, [network, shown])
  // Shown and kept rows together in the network's order (the order of the rows themselves): a row
  // keeps its place among the others whether it is shown or hidden, so a change moves no element
  // (with the shown rows first, React moved most of the list's elements on a change).
  const { drawn, hidden } = useMemo(() => {
    if (!network || !kept.length) return { drawn: shown, hidden: NONE_HIDDEN }
    const order = linkOrder(network)
    const all = [...shown, ...kept].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    return { drawn: all, hidden: new Set(kept) }
  }, [network, shown, kept])
  useEffect(() => {
    mounted.current = drawn
  })
  const citations = useCitations()
  // Places whose name matches, so a place can be chosen as on the map (only while searching).
  const places = useMemo(
    () => (network && q ? network.places.filter((p) => placeMatches(p, q)).slice(0, 8) : []),
    [network, q],
  )
  if (error) return null
  return (
    <section className="list-panel" aria-labelledby={`${searchId}-h`}>
      <h2 id={`${searchId}-h`} className="panel-title">
        {t('list.title')}{' '}
        <span
          className="muted"
          data-testid="list-link-count"
          data-count={visible?.length ?? 0}
          data-matches={q ? rows.length : undefined}
        >
          {q
            ? t('list.matches', { count: rows.length, total: visible?.length ?? 0 })
            : t('list.count', { count: visible?.length ?? 0 })}
        </span>
      </h2>
      <label htmlFor={searchId} className="visually-hidden">
        {t('list.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="list-search"
        placeholder={t('list.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {places.length > 0 && (
        <ul className="place-list" aria-label={t('list.places')}>
          {places.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={selection?.kind === 'place' && selection.id === p.id}
                onClick={() => select({ kind: 'place', id: p.id })}
              >
                {text(p.name)}
                {p.today && matchedOnlyToday(p, q) && (
                  <span className="place-today">
                    {t('list.today', { names: joinItems(p.today.units.map(text), lang) })}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul className="link-list" aria-label={t('list.title')}>
        {network &&
          // One flat list: a row moving between the shown and the kept keeps its element.
          drawn.map((link) => (
            <li key={link.id} className="link-row" hidden={hidden.has(link)}>
              <LinkRow
                link={link}
                network={network}
                active={selection?.kind === 'link' && selection.id === link.id}
                citation={citations?.get(link.source.ref)}
                t={t}
                lang={lang}
                select={select}
                hoverOn={hoverOn}
              />
            </li>
          ))}
      </ul>
      {rows.length > limit && (
        <div className="list-more">
          <p className="muted" data-testid="list-shown">
            {t('list.shown', {
              shown: limit,
              total: rows.length,
            })}
          </p>
          <button type="button" className="chip" onClick={() => setPage({ rows, limit: limit + LIST_PAGE })}>
            {t('list.showMore', { count: Math.min(LIST_PAGE, rows.length - limit) })}
          </button>
        </div>
      )}
      {rows.length === 0 && <p className="muted">{t('list.empty')}</p>}
    </section>
  )
}
