import { type RefObject, useEffect } from 'react'
import { HOME_BOUNDS } from '@/shared/map-instance'
import { NO_INSETS, useStore } from '@/state/store'
import { type Box, insetsFor, mercatorAspect } from './map-insets'

/**
 * What lies over the map and must not hide the places it frames: the filter chips, the legend, the
 * map's buttons and MapLibre's controls. (The tooltip follows the pointer and is left out.)
 */
const OVERLAYS =
  '.active-filters, .map-legend, .map-reset, .map-download, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right, .maplibregl-ctrl-top-left, .maplibregl-ctrl-bottom-left'

const HOME_ASPECT = mercatorAspect(HOME_BOUNDS)

/**
 * Measures the overlays inside `stage` (the box the map fills) and gives the map the insets that keep
 * them off what it frames (store: mapInsets; the map view applies them as the camera's padding).
 * Measured again whenever the stage or an overlay changes size or an overlay comes or goes; back to
 * no insets when the layout goes (present mode frames the whole map).
 */
export function useMapInsets(stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const here = stage.current
    if (!here) return
    const setInsets = useStore.getState().setMapInsets
    let observed: Element[] = []
    const measure = () => {
      // The map's own box: on a phone the stage also holds the legend, under the map.
      const frame = (here.querySelector('.map-slot') ?? here).getBoundingClientRect()
      const boxes: Box[] = observed
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({
          left: r.left - frame.left,
          top: r.top - frame.top,
          right: r.right - frame.left,
          bottom: r.bottom - frame.top,
        }))
      setInsets(insetsFor(frame.width, frame.height, boxes, HOME_ASPECT))
    }
    // A ResizeObserver reports after layout: measuring in it costs no extra layout.
    const sizes = new ResizeObserver(measure)
    const observe = () => {
      const now = [...here.querySelectorAll(OVERLAYS)]
      if (now.length === observed.length && now.every((el, i) => el === observed[i])) return
      sizes.disconnect()
      observed = now
      sizes.observe(here)
      for (const el of observed) sizes.observe(el)
    }
    // Overlays come and go (the chips with the filters, the buttons once the map is there).
    const children = new MutationObserver(observe)
    children.observe(here, { childList: true, subtree: true })
    observe()
    return () => {
      children.disconnect()
      sizes.disconnect()
      setInsets(NO_INSETS)
    }
  }, [stage])
}
