import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl'
import { type RefObject, useLayoutEffect, useState } from 'react'
import { fitHome, isNoWebgl } from '@/shared/map-instance'
import { countEvent } from '@/shared/perf'
import { holdsOf, mapIn } from './map-setup'
import type { MapStart } from './map-style'

export interface MapFailure {
  noWebgl: boolean
  reason: string
}

/**
 * Fits the first view again if `host`, just moved into the page, has another size than the canvas
 * was made for: once, at the browser's first layout of it (the observer's first report), where the
 * sizes are read without forcing one. The canvas's CSS size is MapLibre's own note of that size.
 */
function fitIfResized(map: MapLibreMap, host: HTMLElement): ResizeObserver {
  const canvas = map.getCanvas()
  const made = `${canvas.style.width}×${canvas.style.height}`
  const observer = new ResizeObserver(() => {
    observer.disconnect()
    if (`${host.clientWidth}px×${host.clientHeight}px` === made) return
    map.resize()
    fitHome(map, false)
  })
  observer.observe(host)
  return observer
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
  // Nothing here reads a size: in the commit that forces a layout of the whole page, which the next
  // frame does again. MapLibre keeps the canvas sized to its host itself (its ResizeObserver reports
  // after the browser's own layout), also as panels open and close around it.
  useLayoutEffect(() => {
    const here = slot.current
    if (!canCreate || !fontFaces || !here || !start.current) return
    let live = true
    try {
      const inst = mapIn(here, fontFaces, start.current())
      const from = inst.host.parentElement
      let fitted: ResizeObserver | null = null
      if (from !== here) {
        // Started early in its hidden slot (see early-map.ts) and never shown, or shown elsewhere.
        const boot = from?.dataset.bootSlot !== undefined ? from : null
        here.appendChild(inst.host)
        boot?.remove()
        // The boot slot has the map area's size, from the same CSS: should the page lay the area
        // out otherwise after all, the first view is fitted again to the size it has.
        if (boot) fitted = fitIfResized(inst.map, inst.host)
      } else if (holdsOf(inst.map).applied.get('links')) countEvent('map.setData')
      // The view works with the map from its style's load on (see MapInstance.styled).
      void inst.styled.then((m) => {
        if (live) setMap(m)
      })
      return () => {
        live = false
        fitted?.disconnect()
        inst.host.remove()
      }
    } catch (e) {
      setFailure({ noWebgl: isNoWebgl(e), reason: e instanceof Error ? e.message : String(e) })
      return undefined
    }
  }, [canCreate, fontFaces, slot, start])

  return { map, failure }
}
