import { afterEach, describe, expect, it, vi } from 'vitest'
import { fitsBeside, readItem, removeItem, STORAGE_CHARS, saveItem, storedChars } from './safe-storage'

/** A Map-backed Storage with a quota in characters, as browsers enforce it. */
function fakeStorage(quota: number): Storage {
  const items = new Map<string, string>()
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0)
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (used() - (items.get(k)?.length ?? 0) + k.length + v.length > quota)
        throw new DOMException('full', 'QuotaExceededError')
      items.set(k, v)
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  }
}

afterEach(() => vi.unstubAllGlobals())

describe('safe storage', () => {
  it('writes and reads, and reports a full quota instead of throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage(20))
    expect(saveItem('a', 'hello')).toEqual({ ok: true })
    expect(readItem('a')).toBe('hello')
    expect(saveItem('b', 'x'.repeat(30))).toEqual({ ok: false, reason: 'quota' })
    expect(readItem('b')).toBeNull()
    removeItem('a')
    expect(readItem('a')).toBeNull()
  })

  it('reports storage that is missing or disabled as unavailable', () => {
    vi.stubGlobal('localStorage', undefined)
    expect(saveItem('a', 'x')).toEqual({ ok: false, reason: 'unavailable' })
    expect(readItem('a')).toBeNull()
    expect(storedChars()).toBe(0)
  })

  it('warns before a value would outgrow the allowance, counting what the key holds now', () => {
    vi.stubGlobal('localStorage', fakeStorage(STORAGE_CHARS))
    saveItem('story', 'x'.repeat(1000))
    expect(fitsBeside('story', 'y'.repeat(1000))).toBe(true)
    expect(fitsBeside('story', 'y'.repeat(STORAGE_CHARS))).toBe(false)
  })
})
