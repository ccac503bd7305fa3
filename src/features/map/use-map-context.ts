import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { forgetHolds } from './map-setup'

export interface MapContext {
  /** The WebGL context is lost: nothing is drawn until the browser gives it back. */
  lost: boolean
  /** Counts the restores: the hooks that set filters, shading and feature-state run again on each. */
  restores: number
}

/**
 * A lost WebGL context and its restore. MapLibre drops the style when the context is lost and
 * rebuilds it from a snapshot on restore (sources, layers, filters), without feature-state; once the
 * rebuilt style has loaded, what the map holds is forgotten and `restores` grows, so every hook sets
 * its filters, shading, selection and dimming again from the store, with what changed meanwhile.
 */
export function useMapContext(map: MapLibreMap | null): MapContext {
  const [context, setContext] = useState<MapContext>({ lost: false, restores: 0 })
  useEffect(() => {
    if (!map) return
    let live = true
    const onLost = () => setContext((c) => ({ ...c, lost: true }))
    const onStyle = () => {
      if (!live) return
      forgetHolds(map)
      setContext((c) => ({ lost: false, restores: c.restores + 1 }))
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
  return context
}
