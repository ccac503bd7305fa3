// Work saved in this browser that cannot be read back (a newer format, a hand edit, a broken
// write) is never replaced by an empty one: it is kept under a key of its own, beside the store's,
// until the person downloads it (to fix and import it again) or discards it.

const SUFFIX = ':unreadable'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Storage disabled.
    return null
  }
}

/**
 * Keeps `value` (text, or JSON written out) aside from the store `name`. The store then writes what
 * it could read in its own key (see the stores), so the unreadable value is only read from here.
 */
export function keepAside(name: string, value: unknown): void {
  try {
    storage()?.setItem(name + SUFFIX, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
  } catch {
    // A full quota: the value stays in the store's own key, unread; nothing better can be done here.
  }
}

/** What is kept aside from the store `name`, or null. */
export function keptAside(name: string): string | null {
  try {
    return storage()?.getItem(name + SUFFIX) ?? null
  } catch {
    return null
  }
}

export function discardKeptAside(name: string): void {
  try {
    storage()?.removeItem(name + SUFFIX)
  } catch {
    // Storage disabled: nothing was kept.
  }
}
