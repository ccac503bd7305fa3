import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { i18n, type Lang, loadAllLanguages } from '@/i18n/i18n'
import { existingMap, HOME_BOUNDS } from '@/shared/map-instance'
import { selectFilters, selectMode } from '@/state/selectors'
import { useStore } from '@/state/store'
import { cameraOf } from './present-camera'
import { useUserStory } from './present-store'
import { newSlideId, slideFromState } from './slide-state'
import type { Camera } from './story-schema'
import './add-slide.css'

/** Where the map starts, for a view captured while no map is drawn (no WebGL). */
const HOME_CAMERA: Camera = {
  center: [(HOME_BOUNDS[0] + HOME_BOUNDS[2]) / 2, (HOME_BOUNDS[1] + HOME_BOUNDS[3]) / 2],
  zoom: 3,
}

/** "GDP per capita, 2017" in both languages: a first text the user can keep or change. */
function both(key: string, params: Record<string, unknown>): { ja: string; en: string } {
  const of = (lang: Lang) => i18n.getFixedT(lang)(key, params)
  return { ja: of('ja'), en: of('en') }
}

/**
 * "Add this view as a slide": saves what is on screen in explore or compare mode (filters, selection,
 * indicator, year, map camera) as the next slide of the user's story. Shown in the header.
 */
export function AddSlideButton() {
  const { t } = useTranslation()
  const mode = useStore(selectMode)
  const addSlide = useUserStory((s) => s.addSlide)
  const [status, setStatus] = useState<{ key: string; count: number } | null>(null)
  if (mode === 'present') return null
  const add = async () => {
    await loadAllLanguages() // the slide is written in both languages (usually loaded already)
    const store = useStore.getState()
    // The view as it is shown: in compare mode the country filter is the comparison.
    const state = { ...store, filters: selectFilters(store) }
    const live = existingMap()
    const n = useUserStory.getState().story.slides.length + 1
    const indicator = (lang: Lang) => i18n.getFixedT(lang)(`indicators.${state.view.indicator}.name`)
    const slide = slideFromState(state, live ? cameraOf(live.map) : HOME_CAMERA, {
      id: newSlideId(),
      title: both('present.add.title', { n }),
      text: {
        ja: i18n.getFixedT('ja')('present.add.text', { indicator: indicator('ja'), year: state.view.year }),
        en: i18n.getFixedT('en')('present.add.text', { indicator: indicator('en'), year: state.view.year }),
      },
    })
    addSlide(slide)
    setStatus({ key: live ? 'present.add.added' : 'present.add.noMap', count: n })
  }
  return (
    <span className="add-slide">
      <button type="button" className="text-button" onClick={() => void add()}>
        {t('present.add.button')}
      </button>
      <span className="add-slide-status" role="status">
        {status ? t(status.key, { count: status.count }) : ''}
      </span>
    </span>
  )
}
