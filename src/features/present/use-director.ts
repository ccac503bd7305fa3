import { useEffect, useState } from 'react'
import { existingMap } from '@/shared/map-instance'
import { CameraDirector } from './present-camera'

const reduceMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/** The camera director for the live map, once the map view has created and placed the map. */
export function useDirector(): CameraDirector | null {
  const [director, setDirector] = useState<CameraDirector | null>(null)
  useEffect(() => {
    let live = true
    let made: CameraDirector | null = null
    // The map view creates the map when its fonts are in: look for it until it is there (without
    // WebGL there is never a map; stop looking after a minute).
    const started = Date.now()
    const timer = window.setInterval(() => {
      const found = existingMap()
      if (!found) {
        if (Date.now() - started > 60_000) window.clearInterval(timer)
        return
      }
      window.clearInterval(timer)
      void found.ready.then((map) => {
        if (!live) return
        made = new CameraDirector(map, reduceMotion)
        setDirector(made)
      })
    }, 150)
    return () => {
      live = false
      window.clearInterval(timer)
      made?.dispose()
    }
  }, [])
  return director
}
