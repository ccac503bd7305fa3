import type { Map as MapLibreMap } from 'maplibre-gl'
import { HOME_BOUNDS } from '@/shared/map-instance'
import { clearRect, extentAspect, frameExtent, labelRoom, paddingFor, type Rect } from './frame'
import type { Camera, Frame } from './story-schema'

/** Closest a slide's camera comes: a single place is shown with its surroundings. */
const MAX_FRAME_ZOOM = 6

/**
 * What covers the map in `area`: the map view's overlays (legend, buttons still shown) and MapLibre's
 * controls (attribution), in px of the map's own box. Status lines and tooltips come and go and are
 * not counted.
 */
export function overlaysOf(area: Element, box: DOMRect): Rect[] {
  const out: Rect[] = []
  for (const el of area.querySelectorAll('.map-view > :not(.map-slot), .maplibregl-ctrl')) {
    const role = el.getAttribute('role')
    if (role === 'status' || role === 'tooltip') continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    out.push({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height })
  }
  return out
}

type PlaceAt = (id: string) => { lon: number; lat: number; name?: { ja: string; en: string } } | undefined

/**
 * Room for the label of the frame's easternmost named place, px: its label runs right of it, and
 * with only the frame's margin the map's edge cut it (Yokohama, Kitakyushu, Osaki at 1280×720 and
 * 1024×768).
 */
function eastLabelRoom(frame: Frame, placeAt: PlaceAt, lang: 'ja' | 'en'): number {
  let east: { lon: number; name?: { ja: string; en: string } } | undefined
  for (const id of frame.places) {
    const p = placeAt(id)
    if (p && (!east || p.lon > east.lon)) east = p
  }
  return east?.name ? labelRoom(east.name[lang]) : 0
}

/**
 * The camera that shows a slide's frame (its places and extent; ASEAN and Japan when it names
 * neither) as large as fits in the part of the map its overlays leave clear, the label of its
 * easternmost place included.
 */
export function cameraForFrame(
  map: MapLibreMap,
  frame: Frame,
  placeAt: PlaceAt,
  area: Element,
  lang: 'ja' | 'en',
): Camera | null {
  const extent = frameExtent(frame, placeAt) ?? HOME_BOUNDS
  const box = map.getContainer().getBoundingClientRect()
  if (box.width === 0 || box.height === 0) return null
  const clear = clearRect(box.width, box.height, overlaysOf(area, box), extentAspect(extent))
  const padding = paddingFor(box.width, box.height, clear, undefined, eastLabelRoom(frame, placeAt, lang))
  const camera = map.cameraForBounds(
    [
      [extent[0], extent[1]],
      [extent[2], extent[3]],
    ],
    { padding, maxZoom: MAX_FRAME_ZOOM },
  )
  const center = camera?.center as { lng: number; lat: number } | undefined
  if (!center || camera?.zoom === undefined) return null
  return { center: [center.lng, center.lat], zoom: camera.zoom }
}
