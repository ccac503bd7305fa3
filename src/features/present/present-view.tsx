import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNetwork } from '@/data/use-dataset'
import { foldCredits, HOME_BOUNDS } from '@/shared/map-instance'
import { useLang } from '@/shared/use-lang'
import { DEFAULT_FILTERS, defaultState } from '@/state/defaults'
import { selectSlide, selectStory } from '@/state/selectors'
import { useStore } from '@/state/store'
import { correctingUrl } from '@/state/url-sync'
import { takeBeforePresenting } from './before-present'
import { PresentBar } from './present-bar'
import { USER_STORY_ID, useUserStory } from './present-store'
import { cameraForFrame } from './slide-camera'
import { SlidePanel } from './slide-panel'
import { clampSlide, sameState, stateForSlide } from './slide-state'
import { StoryEditor } from './story-editor'
import { defaultStoryQuery } from './story-query'
import type { SlideShow } from './story-schema'
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

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Briefing mode: one slide at a time, its view (the live map, a chart or the compare table, as
 * app/ composes them in `views`) beside the slide's text in large type. A slide is a saved view:
 * showing it sets the store (filters, selection, indicator, year, chart options) and fits the map
 * to what the slide names, inside the part of the map its legend leaves visible. The slide number
 * and the story are in the URL. Esc returns to the state present mode was entered from.
 */
export function PresentView({ views }: { views: Record<SlideShow, ReactNode> }) {
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
  const { network } = useNetwork()
  const editor = useRef<HTMLDialogElement>(null)
  const main = useRef<HTMLElement>(null)
  const visual = useRef<HTMLElement>(null)
  const shown: SlideShow = slide?.view.show ?? 'map'
  // Exports step through every slide: the camera jumps instead of flying.
  const jump = useRef(true)

  const show = useCallback((i: number) => {
    jump.current = true
    correctingUrl(() => useStore.getState().setSlide(i))
  }, [])
  const exporter = useDeckExport(story, director, show, index, visual)

  // The slide's view goes into the store; the entry the slide change pushed is corrected in place.
  useEffect(() => {
    if (!slide) return
    const s = useStore.getState()
    const next = stateForSlide(s, slide, index)
    if (sameState(s, next)) return
    correctingUrl(() => s.replaceState(next))
  }, [slide, index])

  // The camera moves once the slide's state is drawn (its legend is measured as it will be shown)
  // and the map view has reacted to it (its own framing runs first, and is corrected).
  useEffect(() => {
    if (!director || !slide || slide.view.show !== 'map' || !network) return
    const animate = !jump.current
    jump.current = false
    let live = true
    const frame = slide.view.frame
    const placeAt = (id: string) => network.placeById.get(id)
    const area = visual.current
    delete area?.dataset.framed
    const map = director.mapInstance
    // Marks the view once the camera is at the slide's frame and the map has drawn it (e2e waits
    // for data-framed; the map host's data-map-state says 'moving' meanwhile).
    const settled = () => {
      if (!live || !director.settled() || map.isMoving()) return
      map.off('idle', settled)
      if (area) area.dataset.framed = slide.id
    }
    void nextFrame()
      .then(nextFrame)
      .then(() => {
        if (!live || !area) return
        // Before the camera measures what covers the map: the folded credits cover only their ⓘ.
        foldCredits(map)
        director.frame((m) => cameraForFrame(m, frame, placeAt, area, lang), animate)
        map.on('idle', settled)
        map.triggerRepaint()
      })
    return () => {
      live = false
      map.off('idle', settled)
    }
  }, [director, slide, network, lang])

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
  // Back to what was explored before presenting: its filters, selection, mode and camera (the
  // defaults and the home view when the page opened in present mode); the language stays.
  const leave = useCallback(() => {
    fullscreen.exit()
    const before = takeBeforePresenting()
    const s = useStore.getState()
    if (director) {
      const map = director.mapInstance
      const home = map.cameraForBounds(
        [
          [HOME_BOUNDS[0], HOME_BOUNDS[1]],
          [HOME_BOUNDS[2], HOME_BOUNDS[3]],
        ],
        { padding: 20 },
      )
      const c = home?.center as { lng: number; lat: number } | undefined
      const camera =
        before?.camera ??
        (c && home?.zoom !== undefined
          ? { center: [c.lng, c.lat] as [number, number], zoom: home.zoom }
          : null)
      if (camera) director.restore(camera)
    }
    const state = before?.state ?? {
      filters: DEFAULT_FILTERS,
      selection: null,
      view: defaultState(s.view.lang).view,
    }
    s.replaceState({ ...state, view: { ...state.view, lang: s.view.lang } })
    focusModeSwitch()
  }, [fullscreen, director])

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
        <section
          ref={visual}
          className={`present-visual present-visual--${shown}`}
          aria-label={t(`present.viewLabel.${shown}`)}
          data-testid="slide-view"
        >
          {views[shown]}
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
