import { readFixture } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { extentOfCamera, migrateV1ToV2, V1_MAP_SIZE } from './story-migrations'
import type { Story } from './story-schema'
import { validateStory } from './story-validate'

describe('story format 1 → 2', () => {
  it('turns a camera into the extent it showed on the screen it was made for', () => {
    const [w, s, e, n] = extentOfCamera([118, 15], 3.2)
    // At zoom 3.2 the world is 512·2^3.2 px wide: 1152 px of it span ≈ 88° of longitude.
    const span = (V1_MAP_SIZE.width / (512 * 2 ** 3.2)) * 360
    expect(e - w).toBeCloseTo(span, 1)
    expect((w + e) / 2).toBeCloseTo(118, 1)
    expect(s).toBeLessThan(15)
    expect(n).toBeGreaterThan(15)
    // Mercator: more degrees of latitude south of the equator-ward centre than north of it.
    expect(15 - s).toBeGreaterThan(n - 15 - 1)
  })

  it('keeps every version-1 slide on the map, framed by its old camera, with the chart options at their defaults', () => {
    const v1 = readFixture<{ slides: { view: { camera: { center: [number, number]; zoom: number } } }[] }>(
      'stories/v1.json',
    )
    const result = validateStory(v1)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const story: Story = result.story
    expect(story.version).toBe(2)
    for (const [i, slide] of story.slides.entries()) {
      const old = v1.slides[i]?.view.camera
      expect(slide.view.show).toBe('map')
      expect(slide.view).toMatchObject({ scale: 'linear', showJapan: false, odaView: 'gross' })
      expect(slide.view.frame.places).toEqual([])
      if (old) expect(slide.view.frame.extent).toEqual(extentOfCamera(old.center, old.zoom))
    }
  })

  it('leaves what it cannot read for validation to report', () => {
    expect(migrateV1ToV2('nonsense')).toBe('nonsense')
    const result = validateStory({ version: 1, id: 'x', title: { ja: 'x', en: 'x' }, slides: [{ id: 'a' }] })
    expect(result.ok).toBe(false)
  })
})
