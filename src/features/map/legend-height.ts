/**
 * The legend's height over the map as the page's last layout left it, kept by a ResizeObserver. Reading
 * `offsetHeight` when the camera frames a filter instead made the browser lay the whole page out
 * inside the filter change, just after React changed it (≈ 10–20 ms of the change on the benchmark).
 */
const heights = new WeakMap<Element, number>()
let observer: ResizeObserver | undefined

/**
 * Whether the legend lies over the map (positioned in its corner) rather than under it, as on a
 * phone. Read after a layout (in the observer), where it costs no extra one.
 */
const over = (element: Element) => getComputedStyle(element).position === 'absolute'

/** Keeps `element`'s height over the map (border box, or 0) up to date; returns what stops it. */
export function watchHeight(element: Element): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries)
      heights.set(
        entry.target,
        over(entry.target) ? (entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height) : 0,
      )
  })
  observer.observe(element)
  return () => {
    observer?.unobserve(element)
    heights.delete(element)
  }
}

/**
 * The watched height of `element` over the map, 0 when it lies under it; read from the layout
 * (which it may force) until first observed.
 */
export function heightOf(element: HTMLElement): number {
  return heights.get(element) ?? (over(element) ? element.offsetHeight : 0)
}
