import type { Extent, Frame } from './story-schema'

// Framing a slide: the camera must show the slide's places inside the part of the map that is
// really visible, whatever the screen. Pure geometry here; present-camera.ts asks MapLibre for the
// camera (cameraForBounds) with the padding computed below.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** Room kept around the framed places, px: a place's dot and the start of its label stay clear. */
export const FRAME_MARGIN = 28

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * The largest clear rectangle of a `width`×`height` map for content of the given aspect
 * (width / height): among the rectangles bounded by the map's and the obstacles' edges that touch
 * no obstacle, the one the content can be drawn largest in. Obstacles are in the map's pixels
 * (legend, attribution, any overlay still shown).
 */
export function clearRect(width: number, height: number, obstacles: readonly Rect[], aspect: number): Rect {
  const inside = obstacles
    .map((o) => {
      const x = Math.max(0, o.x)
      const y = Math.max(0, o.y)
      return { x, y, width: Math.min(width, o.x + o.width) - x, height: Math.min(height, o.y + o.height) - y }
    })
    .filter((o) => o.width > 0 && o.height > 0)
  const xs0 = [0, ...inside.map((o) => o.x + o.width)]
  const xs1 = [width, ...inside.map((o) => o.x)]
  const ys0 = [0, ...inside.map((o) => o.y + o.height)]
  const ys1 = [height, ...inside.map((o) => o.y)]
  let best: Rect = { x: 0, y: 0, width, height }
  let bestScale = -1
  for (const x0 of xs0)
    for (const x1 of xs1) {
      if (x1 <= x0) continue
      for (const y0 of ys0)
        for (const y1 of ys1) {
          if (y1 <= y0) continue
          const r = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
          if (inside.some((o) => overlaps(r, o))) continue
          // How large the content can be drawn in r (its area breaks ties between equal fits).
          const scale = Math.min(r.width / aspect, r.height) + (r.width * r.height) / 1e9
          if (scale > bestScale) {
            best = r
            bestScale = scale
          }
        }
    }
  return best
}

/**
 * MapLibre padding that fits content into `rect` of a `width`×`height` map, with `margin` px more
 * on every side where there is room for it (never more than leaves a quarter of the map), on the
 * right at least `label` px (the label of the easternmost place; at most a third of the rect) and
 * on the left at least `labelLeft` px (the westernmost place's, where its neighbours push it).
 */
export function paddingFor(
  width: number,
  height: number,
  rect: Rect,
  margin = FRAME_MARGIN,
  label = 0,
  labelLeft = 0,
): Padding {
  const m = Math.max(0, Math.min(margin, rect.width / 4, rect.height / 4))
  const right = Math.max(m, Math.min(label, rect.width / 3))
  const left = Math.max(m, Math.min(labelLeft, rect.width / 3))
  return {
    top: Math.round(rect.y + m),
    left: Math.round(rect.x + left),
    bottom: Math.round(height - rect.y - rect.height + m),
    right: Math.round(width - rect.x - rect.width + right),
  }
}

/** The places' labels at their largest, px (the label layer's text-size, 11–13). */
const LABEL_PX = 13
/** Wide characters (CJK, kana, full-width forms): 1 em each; others about 0.6 em. */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/

/**
 * Room a place's label takes to the right of the place, px, estimated from its text: MapLibre puts
 * a label right of its mark when it can (the layer's first anchor), and the map's edge cuts it
 * there. The gap from the place to the text is the layer's radial offset, 0.3 em + the mark's
 * radius / 11 em, up to ≈ 1.6 em with a city's rings; with the halo and MapLibre's collision
 * padding 2.5 em is kept (1.2 em left Japanese names cut at 1280×720).
 */
export function labelRoom(text: string, size = LABEL_PX): number {
  let em = 2.5
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6
  return Math.ceil(em * size)
}

/**
 * What a frame asks to see, [west, south, east, north]: its extent and each of its places (at
 * their coordinates), or null when it names nothing that can be found.
 */
export function frameExtent(
  frame: Frame,
  placeAt: (id: string) => { lon: number; lat: number } | undefined,
): Extent | null {
  const points: [number, number][] = []
  if (frame.extent) points.push([frame.extent[0], frame.extent[1]], [frame.extent[2], frame.extent[3]])
  for (const id of frame.places) {
    const p = placeAt(id)
    if (p) points.push([p.lon, p.lat])
  }
  if (points.length === 0) return null
  const lons = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}

/** Mercator aspect (width / height) of an extent, for clearRect: at least a sliver in each direction. */
export function extentAspect(e: Extent): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const w = Math.max(0.5, e[2] - e[0]) * (Math.PI / 180)
  const h = Math.max(0.5 * (Math.PI / 180), y(e[3]) - y(e[1]))
  return w / h
}
