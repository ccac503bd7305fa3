import type { Lang } from '@/i18n/i18n'
import type { UrlState } from './defaults'
import { selectFilters } from './selectors'
import { type StoreState, useStore } from './store'
import { decodeUrlState, encodeUrlState } from './url-codec'

/**
 * True when only the values that change continuously while dragging (the year slider, the timeline
 * brush) differ: those are written with replaceState so Back skips the intermediate steps.
 */
function onlyContinuousChange(a: UrlState, b: UrlState): boolean {
  const still = (s: UrlState) =>
    JSON.stringify({ ...s, filters: { ...s.filters, yearRange: null }, view: { ...s.view, year: 0 } })
  return still(a) === still(b)
}

/** How many `correctingUrl` calls are running (they may nest). */
let correcting = 0
/**
 * Runs `correction`: the store changes it makes correct the state the current history entry stands
 * for (a stale id dropped, a slide's saved view applied), so the entry is replaced, not added to:
 * Back must not land on the uncorrected state, which would be corrected again and trap it.
 */
export function correctingUrl(correction: () => void): void {
  correcting++
  try {
    correction()
  } finally {
    correcting--
  }
}

/** What the URL holds of the store: the filters as every view applies them (see selectFilters). */
function pick(s: StoreState): UrlState {
  return { filters: selectFilters(s), selection: s.selection, view: s.view }
}

/**
 * Keeps the URL and the store in step: the URL is read once at start and on Back/Forward;
 * discrete choices push a history entry, dragging a year replaces the current one.
 * The write waits for the task after the change: history.pushState costs the main thread
 * 1–10 ms in Chromium, which would otherwise delay the panels and the map; changes made in the
 * same task become one entry (pushed if any of them was a discrete choice).
 * Returns a cleanup function.
 */
export function startUrlSync(browserLang: Lang): () => void {
  useStore.getState().replaceState(decodeUrlState(window.location.search, browserLang))
  let last = pick(useStore.getState())
  // An old link (or a hand-written one) is written again as the state it decoded to, in the current
  // format, in place: shared on from here, it keeps its meaning.
  const canonical = encodeUrlState(last, browserLang)
  if (canonical !== window.location.search)
    window.history.replaceState(null, '', `${window.location.pathname}${canonical}${window.location.hash}`)
  let applyingPop = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let pendingPush = false

  const write = () => {
    timer = null
    const push = pendingPush
    pendingPush = false
    const search = encodeUrlState(last, browserLang)
    if (search === window.location.search) return
    const url = `${window.location.pathname}${search}${window.location.hash}`
    if (push) window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    pendingPush = false
  }

  const unsubscribe = useStore.subscribe((state) => {
    const next = pick(state)
    if (next.filters === last.filters && next.selection === last.selection && next.view === last.view) return
    const continuous = correcting > 0 || onlyContinuousChange(last, next)
    last = next
    if (applyingPop) return
    if (!continuous) pendingPush = true
    timer ??= setTimeout(write, 0)
  })

  const onPop = () => {
    // The URL is the one Back/Forward went to: a write still waiting is for a state left behind.
    cancel()
    applyingPop = true
    useStore.getState().replaceState(decodeUrlState(window.location.search, browserLang))
    applyingPop = false
  }
  window.addEventListener('popstate', onPop)
  return () => {
    unsubscribe()
    cancel()
    window.removeEventListener('popstate', onPop)
  }
}
