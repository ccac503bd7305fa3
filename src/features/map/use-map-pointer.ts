import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import { useStore } from '@/state/store'
import { type FeatureRef, related, setStates } from './map-highlight'
import { hitAt, isCoarse, TOUCH_SLACK } from './map-hit'
import type { MapHit } from './map-pick'
import { useFlowPick, usePointer } from './pointer-store'

/** Shows what the pointer is over: a place, link or country in the store, a flow in the map's own. */
function show(hit: MapHit | null): void {
  const flow = hit?.kind === 'flow' ? hit.id : null
  if (useFlowPick.getState().hover !== flow) useFlowPick.setState({ hover: flow })
  useStore.getState().hoverOn(hit && hit.kind !== 'flow' ? hit : null)
}

/**
 * Pointer and touch: hover on move, select on click or tap (a tap reaches further: TOUCH_SLACK).
 * Hover reaches the map through store subscriptions, not a React render: it changes every few
 * pixels. While the map moves nothing is hovered, so a tooltip closes when the map moves.
 */
export function useMapPointer(map: MapLibreMap | null, network: Network | undefined): void {
  useEffect(() => {
    if (!map || !network) return
    let lit: FeatureRef[] = []
    const apply = () => {
      setStates(map, lit, 'hover', false)
      const hover = useStore.getState().hover
      const flow = useFlowPick.getState().hover
      lit = hover ? related(network, hover) : flow ? related(network, { kind: 'flow', id: flow }) : []
      setStates(map, lit, 'hover', true)
    }
    apply()
    const offStore = useStore.subscribe((s, prev) => {
      if (s.hover !== prev.hover) apply()
    })
    const offFlows = useFlowPick.subscribe((s, prev) => {
      if (s.hover !== prev.hover) apply()
    })
    return () => {
      offStore()
      offFlows()
      setStates(map, lit, 'hover', false)
      lit = []
    }
  }, [map, network])

  useEffect(() => {
    if (!map || !network) return
    const place = (e: MapMouseEvent) => {
      const { clientWidth: width, clientHeight: height } = map.getContainer()
      usePointer.setState({ x: e.point.x, y: e.point.y, width, height })
    }
    const onMove = (e: MapMouseEvent) => {
      if (map.isMoving()) return
      const hit = hitAt(map, network, e.point)
      place(e)
      show(hit)
      map.getCanvas().style.cursor = hit ? 'pointer' : ''
    }
    const onLeave = () => show(null)
    const onClick = (e: MapMouseEvent) => {
      const hit = hitAt(map, network, e.point, isCoarse(e.originalEvent) ? TOUCH_SLACK : 0)
      place(e)
      // On touch there is no hover: a tap also shows the tooltip and highlight.
      show(hit)
      if (hit?.kind === 'flow') {
        // A flow expands into its links; it is not a selection of the app (nothing else shows flows).
        useStore.getState().select(null)
        useFlowPick.setState({ expanded: hit.id })
      } else {
        useFlowPick.setState({ expanded: null })
        if (hit) useStore.getState().select(hit)
      }
    }
    map.on('mousemove', onMove)
    map.on('mouseout', onLeave)
    map.on('movestart', onLeave)
    map.on('click', onClick)
    return () => {
      map.off('mousemove', onMove)
      map.off('mouseout', onLeave)
      map.off('movestart', onLeave)
      map.off('click', onClick)
    }
  }, [map, network])
}
