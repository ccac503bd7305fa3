import { describe, expect, it } from 'vitest'
import { readRecord, removeRecord, saveRecord } from './record-db'

// The browser's IndexedDB is exercised by e2e/import.spec.ts (kept across reloads, a full disk,
// records moved from localStorage); here, a runtime without it.
describe('records without IndexedDB', () => {
  it('says the storage is unavailable instead of throwing, and reads nothing', async () => {
    expect(typeof indexedDB).toBe('undefined')
    expect(await saveRecord('k', { head: {}, lists: { links: [1] } })).toEqual({
      ok: false,
      reason: 'unavailable',
    })
    expect(await readRecord('k')).toBeUndefined()
    await expect(removeRecord('k')).resolves.toBeUndefined()
  })
})
