// What the service worker has done, for the notice: a tiny external store (useSyncExternalStore).

/**
 * 'ready': everything is cached, the app now works with no network (said once, on the first visit);
 * 'update': a newer version is downloaded and waits for a reload (or the next visit).
 */
export type OfflineStatus = 'none' | 'ready' | 'update'

let status: OfflineStatus = 'none'
const listeners = new Set<() => void>()

export function setOfflineStatus(next: OfflineStatus): void {
  status = next
  for (const listener of listeners) listener()
}

export function offlineStatus(): OfflineStatus {
  return status
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
