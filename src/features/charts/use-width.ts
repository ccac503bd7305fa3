import { type RefObject, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * The content width of an element in CSS pixels, kept up to date with a ResizeObserver.
 * Whole pixels only, so sub-pixel jitter never re-renders a chart.
 *
 * Until the observer first reports, the chart is drawn at `fallback`. Nothing reads the element's
 * size directly: doing so in the layout effect forced a layout of the whole page in the middle of
 * React's commit at start-up, which the next frame then did again (≈ 100 ms of the main thread
 * while the map loads). The observer reports after the browser's own layout, and the new width is
 * rendered (flushSync) before that frame is painted, so a chart is not seen at the fallback width.
 * Panels off screen are skipped by the browser (`content-visibility: auto`) and report when
 * scrolled to.
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
