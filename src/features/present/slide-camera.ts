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
 * Room for the labels of the frame's easternmost and westernmost named places, px. A label runs
 * right of its place, and with only the frame's margin the map's edge cut it (Yokohama, Kitakyushu,
 * Osaki at 1280×720 and 1024×768); the westernmost one runs left when its neighbours take the right
 * (Bangkok beside Vientiane on the Yokohama slide).
 */
function labelRooms(frame: Frame, placeAt: PlaceAt, lang: 'ja' | 'en'): { east: number; west: number } {
  type Named = { lon: number; name?: { ja: string; en: string } }
  let east: Named | undefined
  let west: Named | undefined
  for (const id of frame.places) {
    const p = placeAt(id)
    if (p && (!east || p.lon > east.lon)) east = p
    if (p && (!west || p.lon < west.lon)) west = p
  }
  const room = (p: Named | undefined) => (p?.name ? labelRoom(p.name[lang]) : 0)
  // A frame of one place: its label on the right only.
  return { east: room(east), west: west === east ? 0 : room(west) }
}

/**
 * The camera that shows a slide's frame (its places and extent; ASEAN and Japan when it names
 * neither) as large as fits in the part of the map its overlays leave clear, the labels of its
 * easternmost and westernmost places included.
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
  const rooms = labelRooms(frame, placeAt, lang)
  const padding = paddingFor(box.width, box.height, clear, undefined, rooms.east, rooms.west)
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
