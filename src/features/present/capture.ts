import type { Map as MapLibreMap } from 'maplibre-gl'
import type { DeckSlide } from './deck'
import type { CameraDirector } from './present-camera'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Resolves on the map's next idle (or after `ms`, so a stuck map cannot hang an export). */
function idle(map: MapLibreMap, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, ms)
    function done() {
      window.clearTimeout(timer)
      map.off('idle', done)
      resolve()
    }
    map.on('idle', done)
    map.triggerRepaint()
  })
}

/**
 * Shows each slide in turn on the live map and copies the canvas once the map is idle and the camera
 * is at the slide's position. The map keeps its drawing buffer (preserveDrawingBuffer), so the copy
 * after idle is the finished frame.
 */
export async function captureSlideImages(
  count: number,
  show: (index: number) => void,
  onProgress: (index: number) => void,
  live: { map: MapLibreMap; director: CameraDirector } | null,
): Promise<DeckSlide['image'][]> {
  const images: DeckSlide['image'][] = []
  for (let i = 0; i < count; i++) {
    onProgress(i)
    show(i)
    // Let React apply the slide and the map view run its effects before waiting for the map.
    await nextFrame()
    await nextFrame()
    if (!live) {
      images.push(null)
      continue
    }
    for (let tries = 0; tries < 6; tries++) {
      await idle(live.map, 8000)
      if (live.director.settled() && !live.map.isMoving() && live.map.loaded()) break
    }
    const canvas = live.map.getCanvas()
    images.push({ data: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height })
  }
  return images
}
