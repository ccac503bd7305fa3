import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLang } from '@/shared/use-lang'
import { selectSlide, selectStory } from '@/state/selectors'
import { useStore } from '@/state/store'
import { correctingUrl } from '@/state/url-sync'
import { PresentBar } from './present-bar'
import { USER_STORY_ID, useUserStory } from './present-store'
import { SlidePanel } from './slide-panel'
import { clampSlide, sameState, stateForSlide } from './slide-state'
import { StoryEditor } from './story-editor'
import { defaultStoryQuery } from './story-query'
import { useDeckExport } from './use-deck-export'
import { useDirector } from './use-director'
import { useFullscreen } from './use-fullscreen'
import { type PresentCommand, usePresentKeys } from './use-present-keys'
import './present.css'

/** Back in explore mode, focus returns to the mode switch the presenter came from. */
function focusModeSwitch() {
  window.setTimeout(
    () => document.querySelector<HTMLElement>('.mode-switch [aria-pressed="true"]')?.focus(),
    0,
  )
}

/**
 * Briefing mode: one slide at a time, the live map beside the slide's text in large type.
 * A slide is a saved view: showing it sets the store (filters, selection, indicator, year) and flies
 * the map to its camera. The slide number and the story are in the URL.
 */
export function PresentView({ map }: { map?: ReactNode }) {
  const { t } = useTranslation()
  const lang = useLang()
  const storyId = useStore(selectStory)
  const requested = useStore(selectSlide)
  const userStory = useUserStory((s) => s.story)
  const shipped = useQuery(defaultStoryQuery)
  const story = storyId === USER_STORY_ID ? userStory : shipped.data
  const total = story?.slides.length ?? 0
  const index = story && total > 0 ? clampSlide(requested, story) : 0
  const slide = story?.slides[index]
  const director = useDirector()
  const fullscreen = useFullscreen()
  const editor = useRef<HTMLDialogElement>(null)
  const main = useRef<HTMLElement>(null)
  // Exports step through every slide: the camera jumps instead of flying.
  const jump = useRef(true)

  const show = useCallback((i: number) => {
    jump.current = true
    correctingUrl(() => useStore.getState().setSlide(i))
  }, [])
  const exporter = useDeckExport(story, director, show, index)

  // The slide's view goes into the store; the entry the slide change pushed is corrected in place.
  useEffect(() => {
    if (!slide) return
    const s = useStore.getState()
    const next = stateForSlide(s, slide, index)
    if (sameState(s, next)) return
    correctingUrl(() => s.replaceState(next))
  }, [slide, index])

  // The camera moves after the map view has reacted to the new state (its effects run first).
  useEffect(() => {
    if (!director || !slide) return
    director.goTo(slide.view.camera, !jump.current)
    jump.current = false
  }, [director, slide])

  useEffect(() => {
    main.current?.focus()
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  const go = useCallback(
    (i: number) => {
      if (total === 0 || exporter.busy) return
      const target = Math.max(0, Math.min(total - 1, i))
      if (target !== useStore.getState().view.slide) useStore.getState().setSlide(target)
    },
    [total, exporter.busy],
  )
  const leave = useCallback(() => {
    fullscreen.exit()
    useStore.getState().setMode('explore')
    focusModeSwitch()
  }, [fullscreen])

  usePresentKeys((command: PresentCommand) => {
    const cur = story ? clampSlide(useStore.getState().view.slide, story) : 0
    if (command === 'next') go(cur + 1)
    else if (command === 'prev') go(cur - 1)
    else if (command === 'first') go(0)
    else if (command === 'last') go(total - 1)
    else leave()
  })

  return (
    <main ref={main} id="main" className="present" tabIndex={-1} aria-label={t('present.label')} lang={lang}>
      <PresentBar
        story={story}
        fullscreen={fullscreen}
        onEdit={() => editor.current?.showModal()}
        onLeave={leave}
        exporter={exporter}
      />
      <div className="present-stage">
        <section className="present-map" aria-label={t('present.mapLabel')}>
          {map}
        </section>
        <SlidePanel
          slide={slide}
          story={story}
          error={storyId === USER_STORY_ID ? null : shipped.error}
          loading={storyId !== USER_STORY_ID && shipped.isPending}
        />
      </div>
      <nav className="present-nav" aria-label={t('present.progressLabel', { current: index + 1, total })}>
        <button type="button" className="present-step" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">←</span> {t('present.prev')}
        </button>
        <div className="present-progress">
          <span data-testid="present-progress">
            {t('present.progress', { current: total ? index + 1 : 0, total })}
          </span>
          <span className="present-progress-track" aria-hidden="true">
            <span style={{ width: `${total ? ((index + 1) / total) * 100 : 0}%` }} />
          </span>
        </div>
        <button
          type="button"
          className="present-step"
          onClick={() => go(index + 1)}
          disabled={index >= total - 1}
        >
          {t('present.next')} <span aria-hidden="true">→</span>
        </button>
        <p className="present-keys">{t('present.keysHelp')}</p>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {slide ? t('present.announce', { current: index + 1, total, title: slide.title[lang] }) : ''}
      </p>
      <StoryEditor
        dialog={editor}
        onPresent={() => {
          editor.current?.close()
          useStore.getState().setStory(USER_STORY_ID)
        }}
      />
    </main>
  )
}
