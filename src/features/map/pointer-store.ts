import { create } from 'zustand'

/**
 * Pointer position over the map, in px from the map's top-left, and the map's size (the tooltip
 * turns to the other side near an edge); only the tooltip listens.
 */
export const usePointer = create<{ x: number; y: number; width: number; height: number }>(() => ({
  x: 0,
  y: 0,
  width: 0,
  height: 0,
}))

/**
 * The flow under the pointer, and the flow a click expanded into its links. Flows are drawn only by
 * the map (no other view hovers or selects one), so they live here, not in the app's store.
 */
export const useFlowPick = create<{ hover: string | null; expanded: string | null }>(() => ({
  hover: null,
  expanded: null,
}))
