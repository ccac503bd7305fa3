import { type RefObject, useLayoutEffect, useRef, useState } from 'react'

/**
 * The content width of an element in CSS pixels, kept up to date with a ResizeObserver.
 * Whole pixels only, so sub-pixel jitter never re-renders a chart.
 */
export function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    // Height changes also reach the observer: only a new width may set state, since even a
    // same-value update can cost the panel an extra render.
    let last = -1
    const update = (w: number) => {
      const next = Math.floor(w)
      if (next <= 0 || next === last) return
      last = next
      setWidth(next)
    }
    update(el.getBoundingClientRect().width)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.contentRect.width)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
