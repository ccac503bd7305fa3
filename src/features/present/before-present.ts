import { existingMap } from '@/shared/map-instance'
import type { UrlState } from '@/state/defaults'
import { useStore } from '@/state/store'
import type { Camera } from './story-schema'

// Leaving a briefing returns to what the presenter was exploring before it: filters, selection,
// mode (explore or compare), view options and the map's camera. Slides set all of these, so they
// are kept aside the moment present mode starts (main.tsx starts the watch; this module is small and
// loads with the app, while present mode's own code loads when first used).

export interface BeforePresenting {
  state: UrlState
  camera: Camera | null
}

let kept: BeforePresenting | null = null

/** Keeps the state (and camera) each time present mode is entered from another mode. */
export function watchBeforePresenting(): () => void {
  return useStore.subscribe((s, prev) => {
    if (s.view.mode !== 'present' || prev.view.mode === 'present') return
    const map = existingMap()?.map
    const c = map?.getCenter()
    kept = {
      state: { filters: prev.filters, selection: prev.selection, view: prev.view },
      camera: map && c ? { center: [c.lng, c.lat], zoom: map.getZoom() } : null,
    }
  })
}

/** The state kept when present mode was entered, once (null when the page opened in present mode). */
export function takeBeforePresenting(): BeforePresenting | null {
  const out = kept
  kept = null
  return out
}
