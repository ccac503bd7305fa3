import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Network } from '@/data/network'
import { type Hover, useStore } from '@/state/store'
import { type FeatureRef, pick, related, setStates } from './map-highlight'
import { LAYER_IDS, LINK_HIT_RADIUS } from './map-style'
import { usePointer } from './pointer-store'

/**
 * Pointer and touch: hover on move, select on click or tap. Hover reaches the map through a store
 * subscription, not a React render: it changes every few pixels.
 */
export function useMapPointer(map: MapLibreMap | null, network: Network | undefined): void {
  useEffect(() => {
    if (!map || !network) return
    let lit: FeatureRef[] = []
    const apply = (hover: Hover | null) => {
      setStates(map, lit, 'hover', false)
      lit = hover ? related(network, hover) : []
      setStates(map, lit, 'hover', true)
    }
    apply(useStore.getState().hover)
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.hover !== prev.hover) apply(s.hover)
    })
    return () => {
      unsubscribe()
      apply(null)
    }
  }, [map, network])

  useEffect(() => {
    if (!map) return
    const points = [...LAYER_IDS.clickable]
    const links = [...LAYER_IDS.links]
    const r = LINK_HIT_RADIUS
    const hitAt = ({ x, y }: { x: number; y: number }) =>
      pick([
        ...map.queryRenderedFeatures([x, y], { layers: points }),
        ...map.queryRenderedFeatures(
          [
            [x - r, y - r],
            [x + r, y + r],
          ],
          { layers: links },
        ),
      ])
    const onMove = (e: { point: { x: number; y: number } }) => {
      const hit = hitAt(e.point)
      usePointer.setState({ x: e.point.x, y: e.point.y })
      useStore.getState().hoverOn(hit)
      map.getCanvas().style.cursor = hit ? 'pointer' : ''
    }
    const onLeave = () => useStore.getState().hoverOn(null)
    const onClick = (e: { point: { x: number; y: number } }) => {
      const hit = hitAt(e.point)
      usePointer.setState({ x: e.point.x, y: e.point.y })
      // On touch there is no hover: a tap also shows the tooltip and highlight.
      useStore.getState().hoverOn(hit)
      if (hit) useStore.getState().select(hit)
    }
    map.on('mousemove', onMove)
    map.on('mouseout', onLeave)
    map.on('click', onClick)
    return () => {
      map.off('mousemove', onMove)
      map.off('mouseout', onLeave)
      map.off('click', onClick)
    }
  }, [map])
}
