import { type RefObject, useEffect, useState } from 'react'

/** Whether a sideways-scrolling box hides content before (left) and after (right) what it shows. */
export interface ScrollEdges {
  before: boolean
  after: boolean
}

/** Under a pixel of scroll left is rounding (zoomed pages give fractional scroll positions), px. */
const SLACK = 1

/**
 * Which sides of `ref`'s box have columns scrolled out of sight, kept up to date as the user
 * scrolls and as the box or its content change size (a country added, a phone turned). Only the
 * two booleans are state, so scrolling re-renders when a side changes, not on every scroll event.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [before, setBefore] = useState(false)
  const [after, setAfter] = useState(false)
  useEffect(() => {
    const box = ref.current
    if (!box) return
    const update = () => {
      setBefore(box.scrollLeft > SLACK)
      setAfter(box.scrollLeft + box.clientWidth < box.scrollWidth - SLACK)
    }
    update()
    box.addEventListener('scroll', update, { passive: true })
    const resize = new ResizeObserver(update)
    resize.observe(box)
    for (const child of box.children) resize.observe(child)
    return () => {
      box.removeEventListener('scroll', update)
      resize.disconnect()
    }
  }, [ref])
  return { before, after }
}
