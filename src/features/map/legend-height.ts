/**
 * The legend's height as the page's last layout left it, kept by a ResizeObserver. Reading
 * `offsetHeight` when the camera frames a filter instead made the browser lay the whole page out
 * inside the filter change, just after React changed it (≈ 10–20 ms of the change on the benchmark).
 */
const heights = new WeakMap<Element, number>()
let observer: ResizeObserver | undefined

/** Keeps `element`'s height (border box) up to date; returns what stops it. */
export function watchHeight(element: Element): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries)
      heights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height)
  })
  observer.observe(element)
  return () => {
    observer?.unobserve(element)
    heights.delete(element)
  }
}

/** The watched height of `element`; read from the layout (which it may force) until first observed. */
export function heightOf(element: HTMLElement): number {
  return heights.get(element) ?? element.offsetHeight
}
