import type { MapInsets } from '@/state/store'

/** An overlay's box in the map's own pixels (0,0 at the map's top left). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Space kept between an overlay and the places framed beside it, in px. */
const GAP = 8

/**
 * Width over height of a [west, south, east, north] box in Web Mercator: the shape of what the map
 * frames at home, which decides whether an overlay is better kept clear of along a side or an end.
 */
export function mercatorAspect([west, south, east, north]: readonly [
  number,
  number,
  number,
  number,
]): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  return ((east - west) * Math.PI) / 180 / (y(north) - y(south))
}

/**
 * The insets that keep every overlay off the framed area. Each overlay is cleared along one edge:
 * the side it sits against (a full-height strip) or its top or bottom (a full-width strip). Of every
 * combination, the one that leaves room for the largest frame of `aspect` (width / height) wins, and
 * of equal frames the one that leaves the larger area. Overlays outside the map are ignored.
 */
export function insetsFor(width: number, height: number, boxes: readonly Box[], aspect: number): MapInsets {
  const clear = boxes
    .map((b) => ({
      left: Math.max(0, b.left),
      top: Math.max(0, b.top),
      right: Math.min(width, b.right),
      bottom: Math.min(height, b.bottom),
    }))
    .filter((b) => b.right > b.left && b.bottom > b.top)
  let best: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 }
  let bestFrame = Number.NEGATIVE_INFINITY
  let bestArea = Number.NEGATIVE_INFINITY
  // 2^n combinations: n is the handful of overlays a map carries.
  for (let mask = 0; mask < 1 << clear.length; mask++) {
    const insets = { top: 0, right: 0, bottom: 0, left: 0 }
    clear.forEach((b, i) => {
      // Bit set: cleared along its side; unset: along its top or bottom (whichever it is nearer).
      if (mask & (1 << i)) {
        if (b.left + b.right < width) insets.left = Math.max(insets.left, b.right + GAP)
        else insets.right = Math.max(insets.right, width - b.left + GAP)
      } else if (b.top + b.bottom < height) insets.top = Math.max(insets.top, b.bottom + GAP)
      else insets.bottom = Math.max(insets.bottom, height - b.top + GAP)
    })
    const w = width - insets.left - insets.right
    const h = height - insets.top - insets.bottom
    if (w <= 0 || h <= 0) continue
    // The frame's height; equal frames within half a pixel are equal.
    const frame = Math.round(Math.min(w / aspect, h) * 2) / 2
    if (frame > bestFrame || (frame === bestFrame && w * h > bestArea)) {
      best = insets
      bestFrame = frame
      bestArea = w * h
    }
  }
  return { top: up(best.top), right: up(best.right), bottom: up(best.bottom), left: up(best.left) }
}

/**
 * Insets move in steps of this many px, rounded up: an overlay that changes size by a few pixels (a
 * font arriving, a count gaining a digit) leaves them as they are, and the camera where it is.
 */
export const INSET_STEP = 8
const up = (px: number) => Math.ceil(px / INSET_STEP) * INSET_STEP
