import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PanelsCommitted } from '@/shared/perf'
import { selectMode } from '@/state/selectors'
import { useStore } from '@/state/store'
import { DataErrors } from './data-errors'
import { Header } from './header'
import { presentViews } from './present-views'
import { useLanguageSync } from './use-language-sync'
import { useStaleStateCleanup } from './use-stale-state-cleanup'
import { Workspace } from './workspace'

// Compare and present are loaded when first used, so explore starts with less code.
const CompareView = lazy(() =>
  import('@/features/compare/compare-view').then((m) => ({ default: m.CompareView })),
)
// The panels' code is not in the first download, but it is asked for as this module runs: the
// request is then on its way while the map starts, instead of after the page's first render.
type ChartsModule = typeof import('@/features/charts/charts-area')
let charts: ChartsModule | 'failed' | undefined
const chartsArea = import('@/features/charts/charts-area').then(
  (m) => {
    charts = m
  },
  () => {
    charts = 'failed'
  },
)

/**
 * The charts' module, or 'failed', once its download has settled. The charts then mount in the
 * panels' own update, not in a suspended component's retry: that render yields to the map after
 * every panel and, on a busy machine, finished after the map's first idle.
 */
function useChartsModule(): ChartsModule | 'failed' | undefined {
  const [module, setModule] = useState(charts)
  useEffect(() => {
    if (!module) void chartsArea.then(() => setModule(charts))
  }, [module])
  return module
}
const PresentView = lazy(() =>
  import('@/features/present/present-view').then((m) => ({ default: m.PresentView })),
)

/**
 * False in the first commit, true from the next one on. The first commit is the frame and the map,
 * which is created in it (a layout effect) and starts loading at once; the panels render right
 * after, on the main thread while the map's worker cuts its first tiles.
 */
function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false)
  useEffect(() => setAfter(true), [])
  return after
}

export function App() {
  useLanguageSync()
  const panels = useAfterFirstCommit()
  const chartsModule = useChartsModule()
  useStaleStateCleanup()
  const { t } = useTranslation()
  const mode = useStore(selectMode)
  // Escape clears the selection anywhere (an open dialog takes its own Escape first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return
      if (useStore.getState().view.mode === 'present') return
      useStore.getState().clearSelection()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const loading = <p className="loading">{t('app.loading')}</p>
  return (
    <div className={`app app--${mode}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {mode !== 'present' && <Header />}
      <DataErrors />
      {mode === 'present' ? (
        <Suspense fallback={loading}>
          <PresentView views={presentViews(loading)} />
        </Suspense>
      ) : (
        <Workspace
          panels={panels}
          before={
            mode === 'compare' &&
            (panels ? (
              <Suspense fallback={loading}>
                <CompareView />
              </Suspense>
            ) : (
              loading
            ))
          }
          after={
            mode === 'explore' &&
            (!panels || !chartsModule ? (
              loading
            ) : chartsModule === 'failed' ? (
              <p className="data-errors" role="alert">
                {t('app.chartsFailed')}
              </p>
            ) : (
              <chartsModule.ChartsArea />
            ))
          }
        />
      )}
      {/* Last, so its effect runs after every panel's and the map's: the end of a filter change. */}
      <PanelsCommitted />
    </div>
  )
}
