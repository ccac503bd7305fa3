import { LngLat, type Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { HOME_BOUNDS } from '@/shared/map-instance'
import { type MapInsets, useStore } from '@/state/store'
import { frame, framingInFlight } from './camera-flight'

/** Whether the camera still shows the home view as fitHome framed it (with the current padding). */
function atHome(map: MapLibreMap): boolean {
  const home = map.cameraForBounds(HOME_BOUNDS, { padding: 20 })
  if (!home?.center || home.zoom === undefined) return false
  const c = map.getCenter()
  const center = LngLat.convert(home.center)
  return (
    Math.abs(map.getZoom() - home.zoom) < 1e-3 &&
    Math.abs(c.lng - center.lng) < 1e-3 &&
    Math.abs(c.lat - center.lat) < 1e-3
  )
}

/**
 * The camera's padding follows the insets the page's layout reports (store: mapInsets): places are
 * framed where no legend, chip or button covers them, by every fitBounds and flyTo. When the insets
 * change, the home view is framed again for them, and a framing on its way is made again for them;
 * any other view stays where it is on screen (the centre moves with the padding), so chips appearing
 * over the map never shift what the reader looks at.
 * Read through subscribe: the insets change the camera, never the view's render.
 */
export function useMapInsets(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return
    const apply = (insets: MapInsets) => {
      const before = map.getPadding()
      if (
        before.top === insets.top &&
        before.right === insets.right &&
        before.bottom === insets.bottom &&
        before.left === insets.left
      )
        return
      // A framing on its way (a filter's, a selection's) is made again for the new padding: stopped
      // where it is, it would leave what it frames under the overlay that just came.
      const flight = framingInFlight(map)
      if (flight) {
        map.setPadding(insets)
        frame(map, flight)
        return
      }
      const home = atHome(map)
      if (home) {
        map.setPadding(insets)
        map.fitBounds(HOME_BOUNDS, { padding: 20, animate: false })
        return
      }
      // The point now at the new padded area's centre becomes the camera's centre: nothing moves.
      const { clientWidth: w, clientHeight: h } = map.getContainer()
      const center = map.unproject([
        (insets.left + w - insets.right) / 2,
        (insets.top + h - insets.bottom) / 2,
      ])
      map.jumpTo({ center, padding: insets })
    }
    apply(useStore.getState().mapInsets)
    return useStore.subscribe((s, prev) => {
      if (s.mapInsets !== prev.mapInsets) apply(s.mapInsets)
    })
  }, [map])
}
