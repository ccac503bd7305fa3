import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Camera } from './story-schema'

/** Length of a slide-to-slide flight, ms. */
const FLY_MS = 1600
/** After a flight, other code (the map's own selection and filter framing) may still move the camera. */
const CORRECTION_WINDOW_MS = 2500
const MAX_CORRECTIONS = 3

/** Whether the camera is at the target: within 1/500 of the view's width and 0.05 zoom levels. */
export function nearCamera(a: Camera, b: Camera): boolean {
  const tolerance = 360 / 2 ** a.zoom / 500
  return (
    Math.abs(a.zoom - b.zoom) < 0.05 &&
    Math.abs(a.center[0] - b.center[0]) < tolerance &&
    Math.abs(a.center[1] - b.center[1]) < tolerance
  )
}

export function cameraOf(map: Pick<MapLibreMap, 'getCenter' | 'getZoom'>): Camera {
  const c = map.getCenter()
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d
  return { center: [round(c.lng, 4), round(c.lat, 4)], zoom: round(map.getZoom(), 2) }
}

type MoveEnd = { originalEvent?: unknown; presentCamera?: boolean }

/** The camera for the map's current size: a slide's frame fitted into what is visible of the map. */
export type CameraFor = (map: MapLibreMap) => Camera | null

/**
 * Moves the map to slides' cameras, each computed for the map's size when it is shown and again
 * when the map is resized (a window resized, full screen entered). A new target while a flight is
 * under way waits for it to end and then flies to the latest target only (rapid key presses
 * coalesce). Camera moves the map makes by itself right after (framing a selection or a filter) are
 * corrected back to the slide's camera; a move by the user's hand is left alone. The map host says
 * 'moving' until MapLibre's idle says 'idle'.
 */
export class CameraDirector {
  private target: Camera | null = null
  private cameraFor: CameraFor | null = null
  /** Inside a jump of its own: the jump's moveend is not a move to correct. */
  private jumping = false
  /** Holding a restored camera: disposing waits for the end of the correction window. */
  private holding = false
  private flying = false
  private pending = false
  private corrections = 0
  private correctUntil = 0

  constructor(
    private readonly map: MapLibreMap,
    private readonly reduceMotion: () => boolean = () => false,
  ) {
    map.on('moveend', this.onMoveEnd)
    map.on('resize', this.onResize)
  }

  /** The map this director moves (exports read its canvas). */
  get mapInstance(): MapLibreMap {
    return this.map
  }

  dispose(): void {
    if (this.holding) return
    this.map.off('moveend', this.onMoveEnd)
    this.map.off('resize', this.onResize)
    this.target = null
    this.cameraFor = null
  }

  /** Shows the camera `cameraFor` gives now, and again after every resize until the next call. */
  frame(cameraFor: CameraFor, animate = true): void {
    this.cameraFor = cameraFor
    const camera = cameraFor(this.map)
    if (camera) this.goTo(camera, animate)
  }

  /**
   * Jumps to `camera` and holds it while the map settles into another layout (its selection framing
   * corrected as during a slide); stops holding, and listening, after the correction window.
   */
  restore(camera: Camera): void {
    this.cameraFor = null
    this.holding = true
    this.goTo(camera, false)
    window.setTimeout(() => {
      this.holding = false
      this.dispose()
    }, CORRECTION_WINDOW_MS)
  }

  goTo(camera: Camera, animate = true): void {
    this.target = camera
    this.corrections = 0
    this.correctUntil = Number.POSITIVE_INFINITY
    if (this.flying && this.map.isMoving()) {
      this.pending = true
      this.markBusy()
      return
    }
    this.start(animate)
  }

  /** True when no flight is under way or queued and the camera is at the target. */
  settled(): boolean {
    return !this.flying && !this.pending && (!this.target || nearCamera(cameraOf(this.map), this.target))
  }

  private markBusy(): void {
    // The map's host element carries data-map-state; MapLibre's next idle sets it back to 'idle'.
    this.map.getContainer().dataset.mapState = 'moving'
  }

  private start(animate: boolean): void {
    const target = this.target
    if (!target) return
    this.flying = true
    this.pending = false
    this.markBusy()
    const options = { center: target.center, zoom: target.zoom }
    const data = { presentCamera: true }
    if (animate && !this.reduceMotion())
      this.map.flyTo({ ...options, duration: FLY_MS, essential: true }, data)
    else {
      this.jumping = true
      this.map.jumpTo(options, data)
      this.jumping = false
      // The map keeps its view inside its bounds and zoom range: where a jump lands is the camera
      // the slide gets (a flight ends with a correcting jump when it was kept short of its target).
      this.target = cameraOf(this.map)
    }
    // A jump to where the camera already is fires no moveend: settle now.
    if (!this.map.isMoving()) this.afterOwnMove()
  }

  private afterOwnMove(): void {
    this.flying = false
    this.correctUntil = performance.now() + CORRECTION_WINDOW_MS
    // MapLibre only reports idle after a frame: ask for one so the idle signal always comes.
    this.map.triggerRepaint()
  }

  private readonly onResize = (): void => {
    const camera = this.cameraFor?.(this.map)
    if (camera && !(this.target && nearCamera(camera, this.target))) this.goTo(camera, false)
  }

  private readonly onMoveEnd = (e: MoveEnd): void => {
    if (!this.target) return
    if (e.originalEvent) {
      // The presenter moved the map by hand: keep their view.
      this.flying = false
      this.pending = false
      this.correctUntil = 0
      return
    }
    if (e.presentCamera) this.afterOwnMove()
    if (this.jumping) return
    if (this.pending) {
      this.start(true)
      return
    }
    if (this.flying || this.map.isMoving()) return
    if (
      performance.now() <= this.correctUntil &&
      this.corrections < MAX_CORRECTIONS &&
      !nearCamera(cameraOf(this.map), this.target)
    ) {
      this.corrections++
      this.start(false)
    }
  }
}
