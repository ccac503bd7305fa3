import { lazy, type ReactNode, Suspense, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TimeBar } from '@/features/filters/time-bar'
import { ListPanel } from '@/features/list/list-panel'
import { MapView } from '@/features/map/map-view'
import { afterFirstScreen } from '@/shared/first-screen'
import type { Filters } from '@/state/defaults'
import { selectFilters } from '@/state/selectors'
import { type StoreState, useStore } from '@/state/store'
import { Summary } from './summary'
import { useMapInsets } from './use-map-insets'

// The panel is closed at start and the chips are there only with a filter: their code comes when
// they are about to be needed (pointer or focus on the panel's button), not in the first download.
const loadFilterPanel = () => import('@/features/filters/filter-panel')
let chipsModule: typeof import('@/features/filters/active-filters') | undefined
const loadActiveFilters = () =>
  import('@/features/filters/active-filters').then((m) => {
    chipsModule = m
    return m
  })
const FilterPanel = lazy(() => loadFilterPanel().then((m) => ({ default: m.FilterPanel })))
const ActiveFilters = lazy(() => loadActiveFilters().then((m) => ({ default: m.ActiveFilters })))
// Many controls set a filter besides the panel (a country's detail, the timeline, the legend): the
// chips' code (under 1 kB) is fetched once the first screen is drawn and the page is idle, so the
// chips come in the same commit as the first filter, not after a download.
afterFirstScreen(() => void loadActiveFilters().catch(() => undefined))
// The detail of a selection: fetched as the panels mount, after the map has started.
const DetailPanel = lazy(() =>
  import('@/features/detail/detail-panel').then((m) => ({ default: m.DetailPanel })),
)
const loadFilters = () => {
  void loadFilterPanel()
  void loadActiveFilters()
}

/** How many filters are in force (each country, field and relation counts as one). */
export function filterCount(f: Filters): number {
  return (
    f.countries.length +
    f.fields.length +
    f.relations.length +
    f.schemes.length +
    (f.prefecture ? 1 : 0) +
    (f.yearRange ? 1 : 0) +
    (f.confidence === 'all' ? 0 : 1)
  )
}
const selectFilterCount = (s: StoreState): number => filterCount(selectFilters(s))

/** The number on the filters' button: its own component, so a filter change renders only it. */
function FilterCount() {
  const { t } = useTranslation()
  const count = useStore(selectFilterCount)
  return count > 0 ? <span className="filters-count">{t('filters.count', { count })}</span> : null
}

/**
 * The chips of the filters in force, over the map: drawn with the filter once their code is in (see
 * loadActiveFilters), else as soon as it arrives.
 */
function ActiveFiltersChips() {
  const any = useStore((s) => selectFilterCount(s) > 0)
  if (!any) return null
  const Loaded = chipsModule?.ActiveFilters
  return Loaded ? (
    <Loaded />
  ) : (
    <Suspense fallback={null}>
      <ActiveFilters />
    </Suspense>
  )
}

/**
 * Explore and compare: a bar with the filters' button and the headline counts, then the map with the
 * list beside it, filling the first screen (compare mode puts its picker and table first). The
 * filters open in a side panel (a drawer over the map on a narrow screen); the filters in force are
 * chips over the map. `before`: what comes before the map (compare); `after`: below it (the charts).
 * `panels`: false in the page's first commit, which only starts the map.
 */
export function Workspace({
  panels,
  before,
  after,
}: {
  panels: boolean
  before: ReactNode
  after: ReactNode
}) {
  const { t } = useTranslation()
  const filtersId = useId()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const stage = useRef<HTMLDivElement>(null)
  useMapInsets(stage)
  const closeFilters = () => {
    setFiltersOpen(false)
    toggle.current?.focus()
  }
  return (
    <main id="main" className={filtersOpen ? 'app-main workspace workspace--filters' : 'app-main workspace'}>
      <div className="workspace-bar">
        <button
          ref={toggle}
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={filtersOpen ? filtersId : undefined}
          onPointerEnter={loadFilters}
          onFocus={loadFilters}
          onClick={() => (filtersOpen ? closeFilters() : setFiltersOpen(true))}
        >
          <span aria-hidden="true" className="filters-toggle-icon">
            ☰
          </span>
          {t('filters.title')}
          <FilterCount />
        </button>
        <Summary />
        {after && (
          <button type="button" className="text-button workspace-jump" onClick={toCharts}>
            {t('app.toCharts')} <span aria-hidden="true">↓</span>
          </button>
        )}
      </div>
      {filtersOpen && (
        <Suspense fallback={<p className="loading filter-panel">{t('app.loading')}</p>}>
          <FilterPanel id={filtersId} onClose={closeFilters} />
        </Suspense>
      )}
      <div className="workspace-content">
        {before}
        <div className="explore-grid">
          <section className="map-area" aria-label={t('map.label')}>
            <div className="map-stage" ref={stage}>
              <MapView overlays={panels} />
              {panels && <ActiveFiltersChips />}
            </div>
            <TimeBar />
          </section>
          <aside className="side-area">
            {panels && (
              <Suspense fallback={null}>
                <DetailPanel />
              </Suspense>
            )}
            {panels ? <ListPanel /> : <p className="loading">{t('app.loading')}</p>}
          </aside>
        </div>
        {after && (
          <section id="charts" className="workspace-charts" aria-label={t('app.charts')} tabIndex={-1}>
            {after}
          </section>
        )}
      </div>
    </main>
  )
}

/** The charts are one click away: below the map, scrolled to and focused. */
function toCharts(): void {
  const charts = document.getElementById('charts')
  if (!charts) return
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  charts.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' })
  charts.focus({ preventScroll: true })
}
