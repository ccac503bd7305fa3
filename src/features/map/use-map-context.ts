import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { forgetHolds } from './map-setup'

/**
 * Whether the map's WebGL context is lost. MapLibre drops the style when the context is lost and
 * rebuilds it from a snapshot on restore (sources, layers, filters), without feature-state; once the
 * rebuilt style has loaded, what the map holds is forgotten and this turns false again, so the hooks,
 * handed the map again (MapView), set filters, shading, selection and dimming from the store, with
 * what changed meanwhile.
 */
export function useMapContextLost(map: MapLibreMap | null): boolean {
  const [lost, setLost] = useState(false)
  useEffect(() => {
    if (!map) return
    let live = true
    const onLost = () => setLost(true)
    const onStyle = () => {
      if (!live) return
      forgetHolds(map)
      setLost(false)
    }
    // The snapshot's style loads after the restore event, as a rule; if it already has, go on at once.
    const onRestored = () => (map.isStyleLoaded() ? onStyle() : map.once('style.load', onStyle))
    map.on('webglcontextlost', onLost)
    map.on('webglcontextrestored', onRestored)
    return () => {
      live = false
      map.off('webglcontextlost', onLost)
      map.off('webglcontextrestored', onRestored)
    }
  }, [map])
  return lost
}
