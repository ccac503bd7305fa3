import { lazy, type ReactNode, Suspense } from 'react'
import { MapView } from '@/features/map/map-view'
import type { SlideShow } from '@/features/present/story-schema'

// What a briefing slide can show beside its text: the live map, a chart panel or the compare
// table. Composed here, where every feature is known; each is loaded when a slide first shows it.
const SlideChart = lazy(() =>
  import('@/features/charts/charts-area').then((m) => ({ default: m.SlideChart })),
)
const CompareView = lazy(() =>
  import('@/features/compare/compare-view').then((m) => ({ default: m.CompareView })),
)

export function presentViews(loading: ReactNode): Record<SlideShow, ReactNode> {
  const wait = (node: ReactNode) => <Suspense fallback={loading}>{node}</Suspense>
  return {
    map: <MapView />,
    gdp: wait(<SlideChart chart="gdp" />),
    oda: wait(<SlideChart chart="oda" />),
    links: wait(<SlideChart chart="links" />),
    compare: wait(<CompareView />),
  }
}
