import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl'
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react'
import { fitHome, isNoWebgl } from '@/shared/map-instance'
import { countEvent } from '@/shared/perf'
import { holdsOf, mapIn } from './map-setup'
import type { MapStart } from './map-style'

export interface MapFailure {
  noWebgl: boolean
  reason: string
}

/**
 * The one map, created in `slot` or moved there once the basemap's files are in (`fontFaces`); the
 * map from its style's load on, or why there is none. `start` is read when the map is created.
 */
export function useMapSlot(
  slot: RefObject<HTMLDivElement | null>,
  fontFaces: StyleSpecification['font-faces'] | undefined,
  canCreate: boolean,
  start: RefObject<(() => MapStart) | null>,
): { map: MapLibreMap | null; failure: MapFailure | null } {
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const [failure, setFailure] = useState<MapFailure | null>(null)

  // Create the one map instance in this view, or move it here; move it out again on unmount. In the
  // commit itself (a layout effect), so the map's worker starts before the panels' effects run.
  useLayoutEffect(() => {
    const here = slot.current
    if (!canCreate || !fontFaces || !here || !start.current) return
    let live = true
    try {
      const inst = mapIn(here, fontFaces, start.current())
      const from = inst.host.parentElement
      if (from !== here) {
        // Started early in its hidden slot (see early-map.ts) and never shown, or shown elsewhere.
        const boot = from?.dataset.bootSlot !== undefined ? from : null
        here.appendChild(inst.host)
        // resize() clears and redraws the canvas even at the same size: only for a real change.
        const canvas = inst.map.getCanvas()
        if (canvas.clientWidth !== here.clientWidth || canvas.clientHeight !== here.clientHeight) {
          inst.map.resize()
          if (boot) fitHome(inst.map, false)
        }
        boot?.remove()
      } else if (holdsOf(inst.map).applied.get('links')) countEvent('map.setData')
      // The view works with the map from its style's load on (see MapInstance.styled).
      void inst.styled.then((m) => {
        if (live) setMap(m)
      })
      return () => {
        live = false
        inst.host.remove()
      }
    } catch (e) {
      setFailure({ noWebgl: isNoWebgl(e), reason: e instanceof Error ? e.message : String(e) })
      return undefined
    }
  }, [canCreate, fontFaces, slot, start])

  // Keep the canvas sized to its slot (panels open and close around it).
  useEffect(() => {
    const here = slot.current
    if (!map || !here) return
    // Only a real change of size: resize() redraws the whole map, and the observer also reports the
    // size the map already has when it starts observing.
    const canvas = map.getCanvasContainer()
    let size = `${canvas.clientWidth}×${canvas.clientHeight}`
    const observer = new ResizeObserver(() => {
      const next = `${canvas.clientWidth}×${canvas.clientHeight}`
      if (next === size) return
      size = next
      map.resize()
    })
    observer.observe(here)
    return () => observer.disconnect()
  }, [map, slot])

  return { map, failure }
}
