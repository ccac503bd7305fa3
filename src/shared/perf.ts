import { useEffect } from 'react'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'

/**
 * Counters and marks the benchmark reads (window.__perf): renders per component, map source
 * updates, and "filter change → everything updated" as performance measures. Cheap enough to
 * stay on in production: an integer increment per render.
 */
interface PerfCounters {
  renders: Record<string, number>
  events: Record<string, number>
}

const counters: PerfCounters = { renders: {}, events: {} }
if (typeof window !== 'undefined') (window as unknown as { __perf: PerfCounters }).__perf = counters

/** Counts the renders of a component (call at the top of its body). */
export function useRenderCount(name: string): void {
  counters.renders[name] = (counters.renders[name] ?? 0) + 1
}

export function countEvent(name: string): void {
  counters.events[name] = (counters.events[name] ?? 0) + 1
}

const CHANGE = 'filter-change'
let pending = false
let reactDone = false
let mapDone = false

/** Called by the store subscription when filters change. */
export function markFilterChange(): void {
  performance.mark(`${CHANGE}:start`)
  pending = true
  reactDone = false
  mapDone = false
}

function finishIfDone(): void {
  if (!pending || !reactDone || !mapDone) return
  pending = false
  performance.mark(`${CHANGE}:end`)
  performance.measure(CHANGE, `${CHANGE}:start`, `${CHANGE}:end`)
}

/** The React side committed (panels updated). */
export function markPanelsCommitted(): void {
  if (!pending || reactDone) return
  reactDone = true
  performance.measure(`${CHANGE}:react`, `${CHANGE}:start`)
  finishIfDone()
}

/** The map applied the change and went idle (or has no map to update). */
export function markMapSettled(): void {
  if (!pending || mapDone) return
  mapDone = true
  performance.measure(`${CHANGE}:map`, `${CHANGE}:start`)
  finishIfDone()
}

/** Marks the React commit of a filter change at the app root (effects run after all children). */
export function usePanelsCommitted(filters: object): void {
  useEffect(() => {
    if (filters) markPanelsCommitted()
  }, [filters])
}

/**
 * The same mark as usePanelsCommitted, from a leaf of its own: render it as the last child of the
 * app so its effect runs after every panel's and the map's, without the app root subscribing to the
 * filters (which re-renders the header, data errors and detail panel on every filter change).
 */
export function PanelsCommitted(): null {
  usePanelsCommitted(useStore(selectFilters))
  return null
}
