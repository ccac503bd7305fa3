import type { SourceRef, Text } from '@/data/schema'
import type { IndicatorId, UrlState } from '@/state/defaults'
import type { Extent, Slide, SlideShow, SlideView, Story } from './story-schema'

/**
 * The store state that shows a slide: its filters, selection, indicator, year, compared countries and
 * chart options; the language and the story are kept.
 */
export function stateForSlide(current: UrlState, slide: Slide, index: number): UrlState {
  const v = slide.view
  return {
    filters: {
      ...v.filters,
      yearRange: v.filters.yearRange ? [v.filters.yearRange[0], v.filters.yearRange[1]] : null,
      // A slide shows every link: the user's own data joins a briefing only in the browser that holds it.
      origin: 'all',
    },
    selection: v.selection ? { ...v.selection } : null,
    view: {
      ...current.view,
      mode: 'present',
      indicator: v.indicator as IndicatorId,
      year: v.year,
      compare: [...v.compare],
      scale: v.scale,
      showJapan: v.showJapan,
      odaView: v.odaView,
      slide: index,
    },
  }
}

/** Whether two states show the same thing (the store is only written when something changes). */
export function sameState(a: UrlState, b: UrlState): boolean {
  return JSON.stringify([a.filters, a.selection, a.view]) === JSON.stringify([b.filters, b.selection, b.view])
}

/** Slide index within the story: the URL may ask for one past the end. */
export function clampSlide(index: number, story: Story): number {
  return Math.max(0, Math.min(index, story.slides.length - 1))
}

/** Which sources back a view: a chart's own, or the indicator the map shades. */
function sourcesOfView(show: SlideShow, indicator: IndicatorId): SourceRef[] {
  if (show === 'gdp') return [{ ref: 'wb-wdi', locator: 'NY.GDP.PCAP.CD' }]
  if (show === 'oda') return [{ ref: 'clair-report', locator: '第1章 第2節 2, 表3' }, { ref: 'oecd-dac2a' }]
  if (show !== 'map') return []
  switch (indicator) {
    case 'gdp_per_capita_usd':
    case 'population':
    case 'gdp_growth_pct':
      return [{ ref: 'wb-wdi' }]
    case 'oda_report_2015':
      return [{ ref: 'clair-report', locator: '第1章 第2節 2, 表3' }]
    case 'oda_oecd_gross':
      return [{ ref: 'oecd-dac2a' }]
    case 'link_count':
      return []
  }
}

/**
 * A new slide from what the user is looking at now: `show` names the view beside its text, `extent`
 * what the map showed ([west, south, east, north]; null without a map).
 */
export function slideFromState(
  state: UrlState,
  show: SlideShow,
  extent: Extent | null,
  content: { id: string; title: Text; text: Text },
): Slide {
  // A story's format has no origin filter (see stateForSlide).
  const { origin: _origin, ...filters } = state.filters
  const view: SlideView = {
    show,
    mode: state.view.mode === 'compare' ? 'compare' : 'explore',
    filters: {
      ...filters,
      yearRange: filters.yearRange ? [filters.yearRange[0], filters.yearRange[1]] : null,
    },
    selection: state.selection ? { ...state.selection } : null,
    indicator: state.view.indicator,
    year: state.view.year,
    compare: [...state.view.compare],
    scale: state.view.scale,
    showJapan: state.view.showJapan,
    odaView: state.view.odaView,
    frame: { places: [], extent },
  }
  return { ...content, sources: sourcesOfView(show, state.view.indicator), view }
}

/** A slide id unlikely to repeat within one story: time and a random part, base 36. */
export function newSlideId(now = Date.now(), random = Math.random()): string {
  return `slide-${now.toString(36)}-${Math.floor(random * 36 ** 4).toString(36)}`
}
