import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { baseStyle, HOME_BOUNDS, type MapStart, type SourceId } from './map-style'

maplibregl.setWorkerUrl(workerUrl)
// The tile worker starts now, while the app evaluates and renders: created with the map instead, it
// would fetch and compile its 800 kB of code only after React's first commit, on the critical path.
maplibregl.prewarm()

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

export interface MapInstance {
  host: HTMLDivElement
  map: maplibregl.Map
  /** Resolves on 'load': the style and the first view's tiles are in. */
  ready: Promise<maplibregl.Map>
  /**
   * Resolves on 'style.load', a frame after creation and before any tile is cut: filters and
   * feature states set from then on are in the first tiles and the first frames (set after 'load',
   * they cost the start-up a re-layout or an extra frame of software GL).
   */
  styled: Promise<maplibregl.Map>
  /** Per source, the key of the data it holds (see setSourceData). */
  applied: Map<SourceId, unknown>
  /**
   * The filters its layers hold: the link filter expression as JSON ('null': none, as the style
   * starts) and the dataset the place filter was built from; the hatched countries' ISO3 codes as
   * JSON ('[]': none, as the style starts).
   */
  filters: { links: string; network: unknown; noData: string }
}

/**
 * The one map of the page. It lives in its own host element, created once and moved between
 * layouts (explore, compare, present), so switching modes never creates a second WebGL context.
 */
let instance: MapInstance | null = null
/** Why the map could not be created (no WebGL, most often); creation is not tried again. */
let failure: Error | null = null

let firstIdleDone: () => void = () => {}
/**
 * Resolves when the map has drawn its first view (its first 'idle'), or at once when it cannot be
 * created: work that can wait for the first screen waits for this.
 */
export const firstIdle = new Promise<void>((resolve) => {
  firstIdleDone = resolve
})

/**
 * How long the canvas may stay hidden while the first view assembles (see build); after this it is
 * shown as it is, so a slow first view still shows its countries and links as they come.
 */
export const SHOW_CANVAS_AFTER_MS = 5000

/** 'none': no map yet (or none can be made); 'drawing': created, its first view not complete yet. */
export type MapShown = 'none' | 'drawing' | 'shown'
let shown: MapShown = 'none'
const shownListeners = new Set<() => void>()
function setShown(next: MapShown): void {
  shown = next
  for (const listener of shownListeners) listener()
}
/** For useSyncExternalStore: whether the map's canvas is on screen yet. */
export function subscribeMapShown(listener: () => void): () => void {
  shownListeners.add(listener)
  return () => {
    shownListeners.delete(listener)
  }
}
export function mapShown(): MapShown {
  return shown
}

/** The map, if it has been created. */
export function existingMap(): MapInstance | null {
  return instance
}

/** Whether the error is the browser refusing MapLibre a WebGL2 context. */
export function isNoWebgl(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError'
}

/**
 * The map, created in `slot` on the first call with whatever data is already at hand (`start.keys`
 * names it for setSourceData); later calls return the same map, to be moved by the caller. Throws
 * when the map cannot be created: GPUInitializationError without WebGL2 (see isNoWebgl).
 */
export function createMap(
  slot: HTMLElement,
  fontFaces: maplibregl.StyleSpecification['font-faces'],
  start: MapStart,
): MapInstance {
  if (instance) return instance
  if (failure) throw failure
  const host = document.createElement('div')
  host.className = 'map-canvas-host'
  host.dataset.testid = 'map'
  host.dataset.mapState = 'loading'
  host.style.position = 'absolute'
  host.style.inset = '0'
  // In place before MapLibre measures it: the first frame is framed for the slot's real size.
  slot.appendChild(host)
  try {
    instance = build(host, fontFaces, start)
    return instance
  } catch (e) {
    host.remove()
    firstIdleDone()
    failure = e instanceof Error ? e : new Error(String(e))
    throw failure
  }
}

/**
 * Gives a source new data unless it already holds the data of this key (the same object, as a
 * rule): setData makes MapLibre parse every tile of the source again.
 */
export function setSourceData(
  source: SourceId,
  key: unknown,
  data: () => GeoJSON.FeatureCollection,
): boolean {
  if (!instance || instance.applied.get(source) === key) return false
  ;(instance.map.getSource(source) as maplibregl.GeoJSONSource).setData(data())
  instance.applied.set(source, key)
  return true
}

function build(
  host: HTMLDivElement,
  fontFaces: maplibregl.StyleSpecification['font-faces'],
  start: MapStart,
): MapInstance {
  const map = new maplibregl.Map({
    container: host,
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
    minZoom: 2,
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
  map.touchZoomRotate.disableRotation()
  map.keyboard.disableRotation()
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
  map.addControl(
    new maplibregl.AttributionControl({
      compact: true,
      customAttribution: 'Natural Earth (public domain) · © CLAIR report, World Bank WDI (CC BY 4.0), OECD',
    }),
  )
  map.on('idle', () => {
    host.dataset.mapState = 'idle'
  })
  map.once('idle', firstIdleDone)
  // The canvas stays hidden until the first view is complete. Without a GPU (software GL, as on
  // virtual desktops and remote sessions) the compositor reads every frame MapLibre draws back
  // from the canvas, 100–400 ms each, and the first view takes ≈ 8 frames to assemble (countries,
  // links, then labels as each font arrives): hidden, those partial frames are never copied, and the
  // complete view is on screen ≈ 1 s sooner (BENCHMARKS.md). With a GPU the partial frames only
  // flicker past. The map's area shows its sea colour and a status line meanwhile (MapView).
  const canvas = map.getCanvas()
  canvas.style.visibility = 'hidden'
  setShown('drawing')
  const show = () => {
    clearTimeout(timer)
    map.off('idle', show)
    canvas.style.visibility = ''
    setShown('shown')
  }
  const timer = setTimeout(show, SHOW_CANVAS_AFTER_MS)
  map.on('idle', show)
  // Tests and the benchmark project data coordinates to screen pixels through the live map.
  ;(window as unknown as { __map?: maplibregl.Map }).__map = map
  map.on('webglcontextlost', () => {
    host.dataset.mapState = 'context-lost'
  })
  map.on('webglcontextrestored', () => {
    host.dataset.mapState = 'loading'
    map.triggerRepaint()
  })
  // The style's two images are handed over the moment the first tiles ask for them: added after
  // 'load' instead, every tile that uses them would be laid out twice. (A 'styleimagemissing'
  // listener is too late since MapLibre 6: the tile is laid out without the image first.)
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return
    if (id === 'hatch') map.addImage('hatch', hatchImage())
    if (id === 'arrow') map.addImage('arrow', arrowImage(), { sdf: true })
  })
  const ready = new Promise<maplibregl.Map>((resolve) => {
    map.once('load', () => resolve(map))
  })
  const styled = new Promise<maplibregl.Map>((resolve) => {
    map.once('style.load', () => resolve(map))
  })
  const applied = new Map<SourceId, unknown>()
  for (const [source, key] of Object.entries(start.keys)) applied.set(source as SourceId, key)
  return { host, map, ready, styled, applied, filters: { links: 'null', network: null, noData: '[]' } }
}

export function fitHome(map: maplibregl.Map, animate = true): void {
  map.fitBounds(HOME_BOUNDS, { padding: 20, animate, duration: animate ? 900 : 0 })
}
