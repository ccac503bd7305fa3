import { describe, expect, it } from 'vitest'
import { INSET_STEP, insetsFor, mercatorAspect } from './map-insets'

describe('mercatorAspect', () => {
  it('is 1 for a box as tall as it is wide at the equator, and widens nothing towards the poles', () => {
    expect(mercatorAspect([-10, -10, 10, 10])).toBeCloseTo(1, 1)
    // The same span of latitude is taller in Mercator further north: the box is narrower for its height.
    expect(mercatorAspect([0, 40, 20, 60])).toBeLessThan(mercatorAspect([0, -10, 20, 10]))
  })
})

describe('insetsFor', () => {
  it('is no inset without overlays', () => {
    expect(insetsFor(800, 600, [], 1)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 })
  })

  it('clears a legend in the bottom left along its side on a wide map, along its top on a tall one', () => {
    const legend = { left: 10, top: 450, right: 310, bottom: 590 }
    // Wide: 800×600 framing a square. Beside the legend: 482 wide × 600 tall → a 482 px frame;
    // above it: 800 × 442 → 442. The side wins.
    expect(insetsFor(800, 600, [legend], 1)).toEqual({ top: 0, right: 0, bottom: 0, left: 320 })
    // Tall: 500×900. Beside: 182 wide; above: 500 × 442. The top wins.
    const tallLegend = { left: 10, top: 750, right: 310, bottom: 890 }
    expect(insetsFor(500, 900, [tallLegend], 1)).toEqual({ top: 0, right: 0, bottom: 160, left: 0 })
  })

  it('clears a full-width strip of chips at the top along its bottom, and buttons at the right along their side', () => {
    const chips = { left: 10, top: 10, right: 700, bottom: 42 }
    const buttons = { left: 750, top: 10, right: 790, bottom: 100 }
    expect(insetsFor(800, 600, [chips, buttons], 1)).toEqual({ top: 56, right: 64, bottom: 0, left: 0 })
  })

  it('keeps every overlay off the framed area, whatever the combination chosen', () => {
    const boxes = [
      { left: 10, top: 10, right: 400, bottom: 44 },
      { left: 1040, top: 10, right: 1070, bottom: 70 },
      { left: 10, top: 420, right: 320, bottom: 570 },
      { left: 900, top: 500, right: 1070, bottom: 570 },
    ]
    const i = insetsFor(1080, 580, boxes, 0.95)
    const free = { left: i.left, top: i.top, right: 1080 - i.right, bottom: 580 - i.bottom }
    for (const b of boxes) {
      const overlaps =
        b.left < free.right && b.right > free.left && b.top < free.bottom && b.bottom > free.top
      expect(overlaps, JSON.stringify(b)).toBe(false)
    }
    expect(free.right - free.left).toBeGreaterThan(0)
    expect(free.bottom - free.top).toBeGreaterThan(0)
  })

  it('ignores overlays outside the map, and clips those partly outside', () => {
    expect(insetsFor(800, 600, [{ left: 900, top: 0, right: 1000, bottom: 50 }], 1)).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    })
    expect(insetsFor(800, 600, [{ left: -20, top: -20, right: 700, bottom: 30 }], 1).top).toBe(40)
  })

  it('moves in whole steps, so an overlay a few pixels larger leaves the insets as they are', () => {
    const legend = (right: number) => [{ left: 10, top: 450, right, bottom: 590 }]
    expect(insetsFor(800, 600, legend(305), 1)).toEqual(insetsFor(800, 600, legend(310), 1))
    expect(insetsFor(800, 600, legend(305), 1).left % INSET_STEP).toBe(0)
  })
})
