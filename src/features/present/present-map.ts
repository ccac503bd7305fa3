import type { Map as MapLibreMap } from 'maplibre-gl'
import { getMap } from '../map/map-instance'

/**
 * The page's one MapLibre map, if it has been created (it is not without WebGL). Present mode moves
 * the camera and reads the canvas; everything else about the map stays with features/map.
 */
export function liveMap(): { map: MapLibreMap; ready: Promise<MapLibreMap> } | null {
  // getMap only creates a map when there is none; the host element tells us one exists.
  if (!document.querySelector('.map-canvas-host')) return null
  const inst = getMap(undefined)
  return { map: inst.map, ready: inst.ready }
}
