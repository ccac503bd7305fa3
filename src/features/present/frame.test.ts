import { describe, expect, it } from 'vitest'
import { clearRect, extentAspect, frameExtent, labelRoom, paddingFor } from './frame'

describe('framing a slide', () => {
  it('keeps clear of a legend in the bottom-left corner, on the side that leaves the larger map', () => {
    // A 770×550 map with a 250×140 legend at its bottom left, content wider than tall.
    const legend = { x: 10, y: 400, width: 250, height: 140 }
    const r = clearRect(770, 550, [legend], 1.6)
    expect(r).toEqual({ x: 0, y: 0, width: 770, height: 400 })
    // Tall content is better placed beside the legend than above it.
    const tall = clearRect(770, 550, [legend], 0.6)
    expect(tall).toEqual({ x: 260, y: 0, width: 510, height: 550 })
  })

  it('never returns a rectangle that touches an obstacle', () => {
    const obstacles = [
      { x: 0, y: 300, width: 200, height: 200 },
      { x: 600, y: 0, width: 100, height: 60 },
      { x: 650, y: 470, width: 120, height: 30 },
    ]
    for (const aspect of [0.3, 1, 3]) {
      const r = clearRect(700, 500, obstacles, aspect)
      for (const o of obstacles) {
        const apart =
          r.x + r.width <= o.x || o.x + o.width <= r.x || r.y + r.height <= o.y || o.y + o.height <= r.y
        expect(apart).toBe(true)
      }
      expect(r.width * r.height).toBeGreaterThan(0)
    }
  })

  it('pads to the clear rectangle with a margin, and ignores obstacles outside the map', () => {
    const r = clearRect(800, 600, [{ x: -50, y: -50, width: 20, height: 20 }], 1)
    expect(r).toEqual({ x: 0, y: 0, width: 800, height: 600 })
    expect(paddingFor(800, 600, { x: 0, y: 0, width: 800, height: 450 }, 20)).toEqual({
      top: 20,
      left: 20,
      right: 20,
      bottom: 170,
    })
  })

  it('keeps room on the right for the easternmost label, up to a third of the clear rectangle', () => {
    const rect = { x: 300, y: 0, width: 468, height: 550 }
    expect(paddingFor(768, 550, rect, 28, 120).right).toBe(120)
    expect(paddingFor(768, 550, rect, 28, 10).right).toBe(28)
    expect(paddingFor(768, 550, rect, 28, 400).right).toBe(156)
    expect(paddingFor(768, 550, rect, 28, 120).left).toBe(328)
    // And on the left for the westernmost label, with the same cap.
    expect(paddingFor(768, 550, rect, 28, 120, 90).left).toBe(390)
    expect(paddingFor(768, 550, rect, 28, 120, 400).left).toBe(456)
    // Latin letters about 0.6 em, Japanese 1 em, plus the mark and the gap before the text.
    expect(labelRoom('Yokohama City')).toBe(Math.ceil((2.5 + 13 * 0.6) * 13))
    expect(labelRoom('横浜市')).toBe(Math.ceil((2.5 + 3) * 13))
  })

  it('frames the places a slide names together with its extent; unknown places are left out', () => {
    const at: Record<string, { lon: number; lat: number }> = {
      a: { lon: 130, lat: 33 },
      b: { lon: 105, lat: 11 },
    }
    const placeAt = (id: string) => at[id]
    expect(frameExtent({ places: ['a', 'b', 'x'], extent: null }, placeAt)).toEqual([105, 11, 130, 33])
    expect(frameExtent({ places: ['a'], extent: [120, 0, 125, 5] }, placeAt)).toEqual([120, 0, 130, 33])
    expect(frameExtent({ places: ['x'], extent: null }, placeAt)).toBeNull()
    expect(extentAspect([100, 0, 110, 10])).toBeCloseTo(1, 1)
    expect(extentAspect([130, 33, 130, 33])).toBeGreaterThan(0)
  })
})
