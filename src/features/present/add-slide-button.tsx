import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { selectMode } from '@/state/selectors'
import { useStore } from '@/state/store'
import type { SlideShow } from './story-schema'
import './add-slide.css'

/** The views a slide can show, by the mode they are saved from. */
const VIEWS: Record<'explore' | 'compare', readonly SlideShow[]> = {
  explore: ['map', 'gdp', 'oda', 'links'],
  compare: ['compare', 'map'],
}

type Status = { key: string; count: number } | null

/**
 * "Add this view as a slide": saves what is on screen in explore or compare mode as the next slide
 * of the user's story, showing the map, a chart or the comparison table (chosen from a short list).
 * Shown in the header; the saving itself (add-slide.ts, with the story's store) loads on first use.
 */
export function AddSlideButton() {
  const { t } = useTranslation()
  const mode = useStore(selectMode)
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<Status>(null)
  const listId = useId()
  if (mode === 'present') return null
  const add = async (show: SlideShow) => {
    setOpen(false)
    const { addViewAsSlide } = await import('./add-slide')
    const added = await addViewAsSlide(show)
    const key =
      added.save === 'quota' || added.save === 'unavailable'
        ? `present.add.notSaved.${added.save}`
        : added.save === 'nearlyFull'
          ? 'present.add.nearlyFull'
          : added.withMap
            ? 'present.add.added'
            : 'present.add.noMap'
    setStatus({ key, count: added.count })
  }
  return (
    <span className="add-slide">
      <button
        type="button"
        className="text-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('present.add.button')}
      </button>
      <ul id={listId} className="add-slide-views" hidden={!open} aria-label={t('present.add.choose')}>
        {VIEWS[mode].map((show) => (
          <li key={show}>
            <button type="button" onClick={() => void add(show)}>
              {t(`present.add.views.${show}`)}
            </button>
          </li>
        ))}
      </ul>
      <span className="add-slide-status" role="status">
        {status ? t(status.key, { count: status.count }) : ''}
      </span>
    </span>
  )
}
