// Records too large for localStorage (an import of thousands of rows) are kept in IndexedDB: its
// writes are asynchronous and its allowance is a share of the disk, not 5 M characters. Like
// safe-storage.ts, nothing here throws: a full disk or a browser without IndexedDB is a result.
import { createStore, getMany, promisifyRequest, type UseStore } from 'idb-keyval'
import { isQuotaError, type SaveResult } from './safe-storage'

/**
 * Records per stored part. The browser copies what is stored (structured clone) on the main thread,
 * ≈ 10 µs a record: 20,000 records in one value blocked the page for 0.2 s. A part at a time, each
 * copied in a task of its own, the page keeps drawing and answering.
 */
export const RECORDS_PER_PART = 1000

/** What `name` holds: a head (any fields) and lists of records, stored in parts. */
export interface PartedRecord {
  head: Record<string, unknown>
  lists: Record<string, unknown[]>
}

let db: UseStore | null | undefined

/** The app's object store, opened on first use; null where IndexedDB is missing or refused. */
function store(): UseStore | null {
  if (db === undefined) {
    try {
      db = typeof indexedDB === 'undefined' ? null : createStore('jaasean', 'records')
    } catch {
      db = null
    }
  }
  return db
}

const partKey = (name: string, list: string, index: number) => `${name}#${list}#${index}`
const partsOf = (name: string) => IDBKeyRange.bound(`${name}#`, `${name}#\uffff`)

/**
 * Writes `record` under `name` in one transaction (all or nothing): the head, then each list in
 * parts of RECORDS_PER_PART, the next part put when the previous one is stored (its success event
 * is a task of its own). Parts of what was stored before are removed.
 */
export async function saveRecord(name: string, record: PartedRecord): Promise<SaveResult> {
  const s = store()
  if (!s) return { ok: false, reason: 'unavailable' }
  const parts: [string, unknown[]][] = []
  const counts: Record<string, number> = {}
  for (const [list, items] of Object.entries(record.lists)) {
    counts[list] = Math.ceil(items.length / RECORDS_PER_PART)
    for (let i = 0; i * RECORDS_PER_PART < items.length; i++)
      parts.push([partKey(name, list, i), items.slice(i * RECORDS_PER_PART, (i + 1) * RECORDS_PER_PART)])
  }
  try {
    await s('readwrite', (os) => {
      try {
        os.delete(partsOf(name))
        let next = 0
        // A put that throws inside a success event aborts the transaction (nothing is written).
        const putNext = () => {
          const part = parts[next++]
          if (part) os.put(part[1], part[0]).onsuccess = putNext
        }
        os.put({ ...record.head, parts: counts }, name).onsuccess = putNext
      } catch (error) {
        os.transaction.abort()
        throw error
      }
      return promisifyRequest(os.transaction)
    })
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' }
  }
}

/**
 * What `name` holds: its head and lists put together again; undefined when absent or IndexedDB
 * cannot be read. A value that is not a head this module wrote (a hand edit) is given as it is.
 */
export async function readRecord(name: string): Promise<PartedRecord | { other: unknown } | undefined> {
  const s = store()
  if (!s) return undefined
  try {
    const head = await s('readonly', (os) => promisifyRequest(os.get(name)))
    if (head === undefined) return undefined
    const counts = (head as { parts?: unknown }).parts
    if (typeof head !== 'object' || head === null || typeof counts !== 'object' || counts === null)
      return { other: head }
    const { parts: _, ...rest } = head as Record<string, unknown>
    // Every part in one read (one transaction): the lists are those of one write.
    const wanted = Object.entries(counts).map(([list, count]) => ({
      list,
      keys: Array.from({ length: Number.isInteger(count) && count > 0 ? count : 0 }, (_, i) =>
        partKey(name, list, i),
      ),
    }))
    const parts = await getMany<unknown>(
      wanted.flatMap((w) => w.keys),
      s,
    )
    const lists: Record<string, unknown[]> = {}
    let at = 0
    for (const { list, keys } of wanted) {
      lists[list] = parts.slice(at, at + keys.length).flatMap((part) => (Array.isArray(part) ? part : []))
      at += keys.length
    }
    return { head: rest, lists }
  } catch {
    return undefined
  }
}

/** Removes `name` and its parts; resolves either way. */
export async function removeRecord(name: string): Promise<void> {
  const s = store()
  if (!s) return
  try {
    await s('readwrite', (os) => {
      os.delete(name)
      os.delete(partsOf(name))
      return promisifyRequest(os.transaction)
    })
  } catch {
    // Nothing is kept that could be removed.
  }
}
