import type { Map as MapLibreMap } from 'maplibre-gl'

/** The framing move each map is making (fitBounds, flyTo), until its camera stops. */
const flights = new WeakMap<MapLibreMap, () => void>()

/**
 * Makes a framing move and keeps it while the camera is on its way, so that a change of the map's
 * insets on the way (the filter chips appearing with the filter that started it) can make it again
 * for the new padding instead of leaving it half done (useMapInsets). `move` reads the padding it
 * needs when it runs.
 */
export function frame(map: MapLibreMap, move: () => void): void {
  move()
  // A move without animation (reduced motion) is over already.
  if (!map.isMoving()) {
    flights.delete(map)
    return
  }
  flights.set(map, move)
  map.once('moveend', () => {
    if (flights.get(map) === move) flights.delete(map)
  })
}

/** The framing move in progress, if the camera is still on its way. */
export function framingInFlight(map: MapLibreMap): (() => void) | undefined {
  return map.isMoving() ? flights.get(map) : undefined
}
