import { i18n, type Lang, loadAllLanguages } from '@/i18n/i18n'
import { existingMap } from '@/shared/map-instance'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { type SaveStatus, useUserStory } from './present-store'
import { newSlideId, slideFromState } from './slide-state'
import type { Extent, SlideShow } from './story-schema'

/** A text in both languages from one message key. */
function both(key: string, params: (lang: Lang) => Record<string, unknown>): { ja: string; en: string } {
  const of = (lang: Lang) => i18n.getFixedT(lang)(key, params(lang))
  return { ja: of('ja'), en: of('en') }
}

const round = (x: number) => Math.round(x * 100) / 100

/**
 * Saves what is on screen (filters, selection, indicator, year, chart options, the map's extent) as
 * the next slide of the user's story, showing `show` beside its text. Loaded on first use, with the
 * story's store: the header's button alone is part of the first download.
 */
export async function addViewAsSlide(
  show: SlideShow,
): Promise<{ count: number; save: SaveStatus; withMap: boolean }> {
  await loadAllLanguages() // the slide is written in both languages (usually loaded already)
  const store = useStore.getState()
  // The view as it is shown: in compare mode the country filter is the comparison.
  const state = { ...store, filters: selectFilters(store) }
  const map = existingMap()?.map
  const b = map?.getBounds()
  const extent: Extent | null = b
    ? [round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth())]
    : null
  const count = useUserStory.getState().story.slides.length + 1
  const what = (lang: Lang) =>
    show === 'map'
      ? i18n.getFixedT(lang)(`indicators.${state.view.indicator}.name`)
      : i18n.getFixedT(lang)(`present.add.views.${show}`)
  const slide = slideFromState(state, show, extent, {
    id: newSlideId(),
    title: both('present.add.title', () => ({ n: count })),
    text: both('present.add.text', (lang) => ({ indicator: what(lang), year: state.view.year })),
  })
  useUserStory.getState().addSlide(slide)
  return { count, save: useUserStory.getState().save, withMap: extent !== null }
}
