import { type RefObject, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * The content width of an element in CSS pixels, kept up to date with a ResizeObserver.
 * Whole pixels only, so sub-pixel jitter never re-renders a chart.
 *
 * Until the observer first reports, the chart is drawn at `fallback`. Nothing measures the element
 * directly: the chart panels start below the fold with `content-visibility: auto`, and reading their
 * size would make the browser lay out at start-up what it otherwise skips until they are scrolled to
 * (≈ 100 ms of the main thread while the map loads). The observer reports once the browser lays the
 * element out, and the new width is rendered before that frame is painted, so a chart is never seen
 * at the fallback width.
 */
export function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    // Height changes also reach the observer: only a new width may set state, since even a
    // same-value update can cost the panel an extra render.
    let last = -1
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const next = Math.floor(entry.contentRect.width)
        if (next <= 0 || next === last) continue
        last = next
        // Synchronously, inside the browser's rendering step: the new layout is what gets painted.
        flushSync(() => setWidth(next))
      }
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
