import { useEffect } from 'react'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { DEBUG_HANDLES, exposeForTests } from './debug-handles'

/**
 * Counters and marks the e2e tests and the benchmark read (window.__perf): renders per component,
 * map source updates, and "filter change → everything updated" as performance measures. In the test
 * build only (shared/debug-handles.ts): in production every function here does nothing.
 */
interface PerfCounters {
  renders: Record<string, number>
  events: Record<string, number>
}

const counters: PerfCounters = { renders: {}, events: {} }
exposeForTests('__perf', counters)

/** Counts the renders of a component (call at the top of its body). */
export function useRenderCount(name: string): void {
  if (DEBUG_HANDLES) counters.renders[name] = (counters.renders[name] ?? 0) + 1
}

export function countEvent(name: string): void {
  if (DEBUG_HANDLES) counters.events[name] = (counters.events[name] ?? 0) + 1
}

const CHANGE = 'filter-change'
let pending = false
let reactDone = false
let mapDone = false

/** Called by the store subscription when filters change. */
export function markFilterChange(): void {
  if (!DEBUG_HANDLES) return
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
function markPanelsCommitted(): void {
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
function usePanelsCommitted(filters: object): void {
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
