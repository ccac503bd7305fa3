import { readData, readFixture } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { defaultState } from '@/state/defaults'
import { nearCamera } from './present-camera'
import { moveItem } from './present-store'
import { clampSlide, sameState, slideFromState, stateForSlide } from './slide-state'
import { STORY_VERSION, type Story } from './story-schema'
import { parseStory, validateStory } from './story-validate'

const shipped = readData<Story>('stories/default.json')

describe('story validation', () => {
  it('accepts the shipped default story, 8 to 12 slides, every slide in both languages', () => {
    const result = validateStory(shipped, {}, true)
    expect(result.ok).toBe(true)
    expect(shipped.slides.length).toBeGreaterThanOrEqual(8)
    expect(shipped.slides.length).toBeLessThanOrEqual(12)
  })

  it('names the slide and the field of each problem', () => {
    const broken = structuredClone(shipped) as unknown as { slides: Record<string, unknown>[] }
    const second = broken.slides[1] as { title: Record<string, unknown>; extra?: number }
    delete second.title.en
    second.extra = 1
    const result = validateStory(broken)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        slide: 2,
        slideId: shipped.slides[1]?.id,
        field: 'title.en',
        reason: 'missing',
      }),
    )
    expect(result.problems).toContainEqual(
      expect.objectContaining({ slide: 2, field: 'extra', reason: 'unknownKey' }),
    )
  })

  it('reports references to records that do not exist and repeated slide ids', () => {
    const story = structuredClone(shipped)
    story.slides[1] = { ...(story.slides[0] as Story['slides'][number]) }
    const result = validateStory(story, { sources: new Set(['wb-wdi']) })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.reason)).toEqual(expect.arrayContaining(['duplicate', 'unknownRef']))
  })

  it('reads a story of every format version (fixtures in test/fixtures/stories)', () => {
    for (let version = 1; version <= STORY_VERSION; version++) {
      const result = validateStory(readFixture(`stories/v${version}.json`))
      expect(result.ok, `version ${version}`).toBe(true)
      if (result.ok) expect(result.story.version).toBe(STORY_VERSION)
    }
  })

  it('reports a story of a newer or unknown format as a problem of its version, never as an empty story', () => {
    for (const version of [STORY_VERSION + 1, 0, '1', undefined]) {
      const result = validateStory({ ...shipped, version })
      expect(result.ok).toBe(false)
      if (!result.ok)
        expect(result.problems).toEqual([expect.objectContaining({ field: 'version', reason: 'version' })])
    }
  })

  it('reports unreadable JSON as a problem of the file', () => {
    const result = parseStory('{"slides": [')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]).toMatchObject({ slide: null, reason: 'json' })
  })
})

describe('slides and state', () => {
  it('applies a slide to the store state and captures it back', () => {
    const slide = shipped.slides[5] as Story['slides'][number]
    const state = stateForSlide(defaultState('ja'), slide, 5)
    expect(state.view).toMatchObject({
      mode: 'present',
      slide: 5,
      indicator: slide.view.indicator,
      lang: 'ja',
    })
    expect(state.selection).toEqual(slide.view.selection)
    expect(sameState(state, stateForSlide(state, slide, 5))).toBe(true)
    const back = slideFromState(state, slide.view.show, slide.view.frame.extent, {
      id: 'x',
      title: slide.title,
      text: slide.text,
    })
    expect(back.view.filters).toEqual(slide.view.filters)
    expect(back.view.mode).toBe('explore')
    expect(back.view.show).toBe(slide.view.show)
  })

  it('clamps a slide number past the end', () => {
    expect(clampSlide(99, shipped)).toBe(shipped.slides.length - 1)
    expect(clampSlide(-1, shipped)).toBe(0)
  })

  it('moves slides within bounds only', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
  })

  it('compares cameras with a tolerance that shrinks as the zoom grows', () => {
    const a = { center: [120, 20] as [number, number], zoom: 4 }
    expect(nearCamera(a, { center: [120.01, 20], zoom: 4.01 })).toBe(true)
    expect(nearCamera(a, { center: [121, 20], zoom: 4 })).toBe(false)
  })
})
