// Every write to browser storage goes through here: a full quota or a disabled storage is caught and
// reported, so the UI can say "not saved" and keep the work on screen instead of claiming success.

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' }

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Whether `error` is a browser's "storage full" error (localStorage or IndexedDB). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  )
}

/** Writes `text` under `name`; never throws. */
export function saveItem(name: string, text: string): SaveResult {
  const s = storage()
  if (!s) return { ok: false, reason: 'unavailable' }
  try {
    s.setItem(name, text)
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' }
  }
}

/** Reads `name`, or null when absent or storage is unavailable; never throws. */
export function readItem(name: string): string | null {
  try {
    return storage()?.getItem(name) ?? null
  } catch {
    return null
  }
}

/** Removes `name`; never throws. */
export function removeItem(name: string): void {
  try {
    storage()?.removeItem(name)
  } catch {
    // Storage disabled: nothing is kept.
  }
}

/**
 * Characters held in localStorage now (keys and values). Browsers allow about 5 million characters
 * per origin; `fitsBeside` uses this to warn before a write would outgrow it.
 */
export function storedChars(): number {
  const s = storage()
  if (!s) return 0
  let total = 0
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i)
      if (key !== null) total += key.length + (s.getItem(key)?.length ?? 0)
    }
  } catch {
    return 0
  }
  return total
}

/** The per-origin localStorage allowance Chromium, Firefox and Safari give: 5 MiB of UTF-16 ≈ 5 M characters. */
export const STORAGE_CHARS = 5 * 1024 * 1024

/**
 * Whether `text` would fit under `name` (replacing what `name` holds now), with a margin so that a
 * warning comes before the write fails.
 */
export function fitsBeside(name: string, text: string, margin = 0.9): boolean {
  const current = readItem(name)?.length ?? 0
  return storedChars() - current + name.length + text.length <= STORAGE_CHARS * margin
}
