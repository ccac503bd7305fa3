import { create } from 'zustand'

/** Pointer position over the map, in px from the map's top-left; only the tooltip listens. */
export const usePointer = create<{ x: number; y: number }>(() => ({ x: 0, y: 0 }))
