import * as maplibregl from 'maplibre-gl'
import { createMap, dataArriving, existingMap, HOME_BOUNDS, type MapInstance } from '@/shared/map-instance'
import { baseStyle, type MapStart, type SourceId } from './map-style'

/** A 8×8 diagonal hatch for countries without data. */
function hatchImage(): ImageData {
  const size = 8
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2
      const i = (y * size + x) * 4
      const [r, g, b] = on ? [150, 150, 150] : [222, 222, 222]
      data.set([r, g, b, 255], i)
    }
  }
  return new ImageData(data, size, size)
}

/** An arrowhead pointing right (east), drawn as an SDF so it can take each field's colour. */
function arrowImage(): ImageData {
  const w = 24
  const h = 24
  const data = new Uint8ClampedArray(w * h * 4)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Triangle with tip at (20, 12) and base from (4, 3) to (4, 21).
      const inside = x >= 4 && x <= 20 && Math.abs(y - 12) <= ((20 - x) * 9) / 16
      data.set([0, 0, 0, inside ? 255 : 0], (y * w + x) * 4)
    }
  }
  return new ImageData(data, w, h)
}

/**
 * What the map's sources and layers hold, kept with the map (it outlives a view when modes switch):
 * per source, the key of the data it holds (see setSourceData); the link filter expression as JSON
 * ('null': none, as the style starts) and the dataset the place filter was built from; the hatched
 * countries' ISO3 codes as JSON ('[]': none, as the style starts) and the unlabelled ones' (members
 * that had not joined in the shading's year); the flows' link counts as last set; what is dimmed
 * around a focus (use-map-dimming.ts) and the focus layer's filter, wanted and set.
 */
export interface MapHolds {
  applied: Map<SourceId, unknown>
  filters: { links: string; network: unknown; noData: string; outside: string }
  flowCounts: { network: unknown; counts: Int32Array | null }
  dim: { network: unknown; active: boolean; links: ReadonlySet<string>; places: ReadonlySet<string> }
  focus: { wanted: maplibregl.FilterSpecification | null; applied: string }
}
const holds = new WeakMap<maplibregl.Map, MapHolds>()

/** A value no key or filter ever has: whatever the map holds is unknown and is set again. */
const UNKNOWN = '\u0000unknown'

/**
 * After a WebGL context was lost and restored, MapLibre rebuilds the style from a snapshot with no
 * feature-state: nothing of what the holds record can be trusted, so every hook sets it all again.
 */
export function forgetHolds(map: maplibregl.Map): void {
  holds.set(map, {
    applied: new Map(),
    filters: { links: UNKNOWN, network: null, noData: UNKNOWN, outside: UNKNOWN },
    flowCounts: { network: null, counts: null },
    dim: { network: null, active: false, links: new Set(), places: new Set() },
    focus: { wanted: holdsOf(map).focus.wanted, applied: UNKNOWN },
  })
}

/**
 * Whether the map has a style to change: MapLibre drops it while the WebGL context is lost (a laptop
 * waking, a projector switching GPU) and rebuilds it on restore, when `useMapContextLost` has the hooks set it all again.
 */
export function drawable(map: maplibregl.Map): boolean {
  return (map as { style?: unknown }).style != null
}

export function holdsOf(map: maplibregl.Map): MapHolds {
  let h = holds.get(map)
  if (!h) {
    h = {
      applied: new Map(),
      filters: { links: 'null', network: null, noData: '[]', outside: '[]' },
      flowCounts: { network: null, counts: null },
      dim: { network: null, active: false, links: new Set(), places: new Set() },
      focus: { wanted: null, applied: 'null' },
    }
    holds.set(map, h)
  }
  return h
}

/**
 * The page's map with this feature's style, controls and images: created in `slot` on the first
 * call with whatever data is already at hand (`start.keys` names it for setSourceData); later calls
 * return the same map, to be moved by the caller. Throws when no map can be made (see isNoWebgl).
 */
export function mapIn(
  slot: HTMLElement,
  fontFaces: maplibregl.StyleSpecification['font-faces'],
  start: MapStart,
): MapInstance {
  const existing = existingMap()
  if (existing) return existing
  const inst = createMap(slot, {
    style: baseStyle(fontFaces, start),
    // The style is the app's own, built by tested code: checking it again on every load cost the
    // start-up ≈ 60 ms of main thread.
    validateStyle: false,
    bounds: HOME_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
    // Keeps the last frame readable for PNG export and pixel checks.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    renderWorldCopies: false,
    // Low enough that the home view fits a phone's map (≈ 1.9 for a 370 px map, less beside an
    // overlay on a narrow window); maxBounds keeps the camera over the region anyway.
    minZoom: 1,
    // Keep the camera over the region the basemap covers.
    maxBounds: [
      [60, -30],
      [180, 65],
    ],
    maxZoom: 9,
    // Labels appear at once instead of fading in over 300 ms: a fade keeps software GL drawing
    // frames after every filter change (and delays idle), for no information.
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  })
  const { map } = inst
  map.touchZoomRotate.disableRotation()
  map.keyboard.disableRotation()
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
  // The credits are added in the page's language by setMapUiText, once the page's messages are in.
  // The style's two images are handed over the moment the first tiles ask for them: added after
  // 'load' instead, every tile that uses them would be laid out twice. (A 'styleimagemissing'
  // listener is too late since MapLibre 6: the tile is laid out without the image first.)
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return
    if (id === 'hatch') map.addImage('hatch', hatchImage())
    if (id === 'arrow') map.addImage('arrow', arrowImage(), { sdf: true })
  })
  const { applied } = holdsOf(map)
  for (const [source, key] of Object.entries(start.keys)) applied.set(source as SourceId, key)
  return inst
}

/** MapLibre's own words on the map, in the page's language. */
export interface MapUiText {
  zoomIn: string
  zoomOut: string
  /** The canvas's accessible name. */
  label: string
  credits: string
  creditsToggle: string
}

const creditsOf = new WeakMap<maplibregl.Map, maplibregl.AttributionControl>()

/**
 * Puts MapLibre's own words in the page's language. MapLibre writes its controls' names once, in
 * English, as each control is added (its `locale` option is read when the map is made, before the
 * page's messages have loaded), so they are set here on its elements, as MapLibre sets them (title
 * and accessible name). The credits are a control of their own, added again when their text changes.
 */
export function setMapUiText(map: maplibregl.Map, text: MapUiText): void {
  const container = map.getContainer()
  const name = (selector: string, words: string) => {
    const el = container.querySelector(selector)
    el?.setAttribute('title', words)
    el?.setAttribute('aria-label', words)
  }
  const shown = creditsOf.get(map)
  if (shown?.options.customAttribution !== text.credits) {
    if (shown) map.removeControl(shown)
    const credits = new maplibregl.AttributionControl({ compact: true, customAttribution: text.credits })
    map.addControl(credits)
    creditsOf.set(map, credits)
  }
  name('.maplibregl-ctrl-zoom-in', text.zoomIn)
  name('.maplibregl-ctrl-zoom-out', text.zoomOut)
  name('.maplibregl-ctrl-attrib-button', text.creditsToggle)
  map.getCanvas().setAttribute('aria-label', text.label)
}

/**
 * Features sent to MapLibre's worker in one message. MapLibre copies the data for its worker in
 * JavaScript on the main thread, ≈ 50 µs per arc (an import of 10,000 rows blocked the page for
 * 0.6 s in one task); in parts of this size, each part is a short task and the page keeps drawing.
 */
export const FEATURES_PER_MESSAGE = 1000

/** Which sending of each source is the latest: an older one stops sending its parts. */
const sendings = new WeakMap<maplibregl.Map, Map<SourceId, number>>()

/** A task of its own: the page draws and answers input before the next part of the work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Gives a source new data unless it already holds the data of this key (the same object, as a
 * rule): setData makes MapLibre parse every tile of the source again. A large collection goes in
 * parts: the first replaces the data, each next one is added (updateData, by the features' ids)
 * once the previous has reached the worker, in a task of its own. `size`, the number of features
 * the data will have when the caller knows it before building it: above one part, the data is
 * built in a task of its own too (10,000 imported arcs take ≈ 75 ms to build), not in the caller's.
 */
export function setSourceData(
  map: maplibregl.Map,
  source: SourceId,
  key: unknown,
  data: () => GeoJSON.FeatureCollection,
  size?: number,
): boolean {
  const { applied } = holdsOf(map)
  if (applied.get(source) === key) return false
  applied.set(source, key)
  const target = map.getSource(source) as maplibregl.GeoJSONSource
  const perMap = sendings.get(map) ?? new Map<SourceId, number>()
  sendings.set(map, perMap)
  const sending = (perMap.get(source) ?? 0) + 1
  perMap.set(source, sending)
  const latest = () => perMap.get(source) === sending && map.getSource(source) === target
  const large = size !== undefined && size > FEATURES_PER_MESSAGE
  const collection = large ? undefined : data()
  if (collection && collection.features.length <= FEATURES_PER_MESSAGE) {
    void target.setData(collection)
    return true
  }
  const rest = async () => {
    let built = collection
    if (!built) {
      await nextTask()
      if (!latest()) return
      built = data()
      await nextTask()
      if (!latest()) return
    }
    const { features } = built
    await target.setData({ ...built, features: features.slice(0, FEATURES_PER_MESSAGE) })
    for (let from = FEATURES_PER_MESSAGE; from < features.length; from += FEATURES_PER_MESSAGE) {
      await nextTask()
      if (!latest()) return
      await target.updateData({ add: features.slice(from, from + FEATURES_PER_MESSAGE) })
    }
  }
  dataArriving(rest())
  return true
}
