// Work saved in this browser that cannot be read back (a newer format, a hand edit, a broken
// write) is never replaced by an empty one: it is kept under a key of its own, beside the store's,
// until the person downloads it (to fix and import it again) or discards it.
import { readItem, removeItem, type SaveResult, saveItem } from './safe-storage'

const SUFFIX = ':unreadable'

/**
 * Keeps `value` (text, or JSON written out) aside from the store `name`. The store then writes what
 * it could read in its own key (see the stores), so the unreadable value is only read from here.
 * A full quota is reported: the caller must then leave the store's own key as it is.
 */
export function keepAside(name: string, value: unknown): SaveResult {
  return saveItem(name + SUFFIX, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
}

/** What is kept aside from the store `name`, or null. */
export function keptAside(name: string): string | null {
  return readItem(name + SUFFIX)
}

export function discardKeptAside(name: string): void {
  removeItem(name + SUFFIX)
}
