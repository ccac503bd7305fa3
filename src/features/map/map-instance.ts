import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { baseStyle, HOME_BOUNDS } from './map-style'

maplibregl.setWorkerUrl(workerUrl)

/** Whether this browser can give MapLibre a WebGL context at all. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    // Give the probe context back at once: browsers cap the number of live contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
    return gl !== null
  } catch {
    return false
  }
}

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
 * The one map of the page. It lives in its own host element, created once and moved between
 * layouts (explore, compare, present), so switching modes never creates a second WebGL context.
 */
let instance: { host: HTMLDivElement; map: maplibregl.Map; ready: Promise<maplibregl.Map> } | null = null

export function getMap(fontFaces: maplibregl.StyleSpecification['font-faces']) {
  if (instance) return instance
  const host = document.createElement('div')
  host.className = 'map-canvas-host'
  host.dataset.testid = 'map'
  host.dataset.mapState = 'loading'
  // The host must be in the document for MapLibre to measure it; the view moves it into place.
  host.style.position = 'absolute'
  host.style.inset = '0'
  const map = new maplibregl.Map({
    container: host,
    style: baseStyle(fontFaces),
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
  // Tests and the benchmark project data coordinates to screen pixels through the live map.
  ;(window as unknown as { __map?: maplibregl.Map }).__map = map
  map.on('webglcontextlost', () => {
    host.dataset.mapState = 'context-lost'
  })
  map.on('webglcontextrestored', () => {
    host.dataset.mapState = 'loading'
    map.triggerRepaint()
  })
  const ready = new Promise<maplibregl.Map>((resolve) => {
    map.once('load', () => {
      if (!map.hasImage('hatch')) map.addImage('hatch', hatchImage())
      if (!map.hasImage('arrow')) map.addImage('arrow', arrowImage(), { sdf: true })
      resolve(map)
    })
  })
  instance = { host, map, ready }
  return instance
}

export function fitHome(map: maplibregl.Map, animate = true): void {
  map.fitBounds(HOME_BOUNDS, { padding: 20, animate, duration: animate ? 900 : 0 })
}
