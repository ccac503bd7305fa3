import { type RefObject, useEffect, useReducer, useRef } from 'react'
import { type StoreState, useStore } from '@/state/store'

/** A panel this near the screen is drawn afresh, so it is current before it scrolls into view. */
const MARGIN = '200px 0px'

/**
 * Whether `ref`'s element is on screen or within MARGIN of it, from an IntersectionObserver: a ref
 * that the panel's store subscriptions read (useStoreOnScreen), so leaving the screen renders
 * nothing, and a render when the element comes back. True until the observer first reports, and
 * where there is no observer.
 */
export function useOnScreen(ref: RefObject<Element | null>): RefObject<boolean> {
  const onScreen = useRef(true)
  const [, render] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const now = entries.at(-1)?.isIntersecting ?? true
        if (now === onScreen.current) return
        onScreen.current = now
        if (now) render()
      },
      { rootMargin: MARGIN },
    )
    observer.observe(el)
    return () => {
      observer.disconnect()
      onScreen.current = true
    }
  }, [ref])
  return onScreen
}

/**
 * `selector` over the store while `onScreen`; off screen, the value it had when last on screen, so a
 * change made elsewhere (a filter, a hover on the map) does not render a panel nobody can see. Back
 * on screen, the panel renders with the store as it is then.
 */
export function useStoreOnScreen<T>(onScreen: RefObject<boolean>, selector: (s: StoreState) => T): T {
  const shown = useRef<{ value: T } | null>(null)
  const value = useStore((s) => (onScreen.current || !shown.current ? selector(s) : shown.current.value))
  shown.current = { value }
  return value
}

/**
 * Marks `ref`'s element aria-busy while it shows an older `selector` value than the store holds (off
 * screen, useStoreOnScreen keeps the value it was drawn with). Assistive technology reads the page
 * without scrolling to it, and would read a diagram of filters no longer set; busy, it waits until
 * the panel is drawn again, as it is when it comes near the screen. The attribute is set on the
 * element itself: a render of the panel is the work that being off screen saves.
 */
export function useBusyWhileStale<T>(
  ref: RefObject<Element | null>,
  onScreen: RefObject<boolean>,
  selector: (s: StoreState) => T,
  drawn: T,
): void {
  useEffect(() => {
    const el = ref.current
    if (!el) return
    // On screen the panel follows the store in the same update: nothing to mark, and a filter
    // change sets and clears no attribute.
    const mark = (s: StoreState) => {
      if (onScreen.current || selector(s) === drawn) el.removeAttribute('aria-busy')
      else el.setAttribute('aria-busy', 'true')
    }
    mark(useStore.getState())
    return useStore.subscribe(mark)
  }, [ref, onScreen, selector, drawn])
}
