import type { Map as MapLibreMap } from 'maplibre-gl'
import { existingMap } from '../map/map-instance'

/**
 * The page's one MapLibre map, if it has been created (it is not without WebGL). Present mode moves
 * the camera and reads the canvas; everything else about the map stays with features/map.
 */
export function liveMap(): { map: MapLibreMap; ready: Promise<MapLibreMap> } | null {
  const inst = existingMap()
  return inst && { map: inst.map, ready: inst.ready }
}
