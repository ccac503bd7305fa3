import { firstIdle } from './map-instance'

/**
 * The first screen is drawn: the map's first view (map-instance's firstIdle), or 15 s, whichever
 * comes first, so that a map that never finishes holds nothing back for ever.
 */
export const firstScreen: Promise<void> = Promise.race([
  firstIdle,
  new Promise<void>((resolve) => setTimeout(resolve, 15_000)),
])

/**
 * Runs `run` once the first screen is drawn and the browser is idle: the page is idle long before
 * that while it waits for its files and the GPU.
 */
export function afterFirstScreen(run: () => void): void {
  const idle = globalThis.requestIdleCallback ?? ((next: () => void) => setTimeout(next, 1000))
  void firstScreen.then(() => idle(() => run()))
}
