import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { exposeForTests } from './debug-handles'

// The page's one MapLibre map, as a service: features/map creates it and draws on it; the modes
// that only move its camera or read its canvas (present, import) and the start-up (main.tsx) reach
// it here, not through another feature.

maplibregl.setWorkerUrl(workerUrl)
// The tile worker starts now, while the app evaluates and renders: created with the map instead, it
// would fetch and compile its 800 kB of code only after React's first commit, on the critical path.
// Only where there are workers: the unit tests import the map's modules in Node, which has none.
if (typeof Worker === 'function') maplibregl.prewarm()

/** The view that fits ASEAN and Japan, [west, south, east, north] in degrees. */
export const HOME_BOUNDS: [number, number, number, number] = [90, -11.5, 150, 46]

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
const SHOW_CANVAS_AFTER_MS = 5000

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
 * The map, created in `slot` with `options` on the first call; later calls return the same map, to
 * be moved by the caller. Throws when the map cannot be created: GPUInitializationError without
 * WebGL2 (see isNoWebgl).
 */
export function createMap(slot: HTMLElement, options: Omit<maplibregl.MapOptions, 'container'>): MapInstance {
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
    instance = build(host, options)
    return instance
  } catch (e) {
    host.remove()
    firstIdleDone()
    failure = e instanceof Error ? e : new Error(String(e))
    throw failure
  }
}

function build(host: HTMLDivElement, options: Omit<maplibregl.MapOptions, 'container'>): MapInstance {
  const map = new maplibregl.Map({ ...options, container: host })
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
  exposeForTests('__map', map)
  map.on('webglcontextlost', () => {
    host.dataset.mapState = 'context-lost'
  })
  map.on('webglcontextrestored', () => {
    host.dataset.mapState = 'loading'
    map.triggerRepaint()
  })
  const ready = new Promise<maplibregl.Map>((resolve) => {
    map.once('load', () => resolve(map))
  })
  const styled = new Promise<maplibregl.Map>((resolve) => {
    map.once('style.load', () => resolve(map))
  })
  return { host, map, ready, styled }
}

export function fitHome(map: maplibregl.Map, animate = true): void {
  map.fitBounds(HOME_BOUNDS, { padding: 20, animate, duration: animate ? 900 : 0 })
}

/** Widest map, px, whose credits start folded (MapLibre's own width for its compact attribution). */
const CREDITS_FOLD_WIDTH = 640

/**
 * Folds MapLibre's compact attribution to its ⓘ button on a map at most CREDITS_FOLD_WIDTH px
 * wide. MapLibre shows it open until the first drag, and a briefing is stepped through with keys:
 * on a phone the open credits covered a fifth of the map. The ⓘ opens them (MapLibre's own toggle:
 * the same classes its drag handler removes).
 */
export function foldCredits(map: maplibregl.Map): void {
  if (map.getContainer().clientWidth > CREDITS_FOLD_WIDTH) return
  map
    .getContainer()
    .querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show')
    ?.classList.remove('maplibregl-compact-show')
}

/** Data still on its way to the map in parts (see setSourceData): whenMapDrawn waits for it. */
let arriving: Promise<unknown> = Promise.resolve()

/** Notes data that reaches the map in parts, done when `sent` settles. */
export function dataArriving(sent: Promise<unknown>): void {
  arriving = Promise.all([arriving, sent.catch(() => undefined)])
}

/**
 * Resolves once the map has drawn the data it was given (at once without a map): MapLibre parses
 * new data in its worker and then redraws, and reports 'idle' when nothing is left to load or draw.
 */
export async function whenMapDrawn(): Promise<void> {
  if (!instance) return
  const map = await instance.ready
  // An idle between two parts of a large import is not the end of its drawing.
  for (let waited = arriving; ; waited = arriving) {
    await waited
    if (waited === arriving) break
  }
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve())
    // An idle map draws one frame and reports idle again; a busy one reports it when done.
    map.triggerRepaint()
  })
}
