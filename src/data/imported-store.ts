import { create } from 'zustand'
import { type PersistStorage, persist, type StorageValue } from 'zustand/middleware'
import { keepAside } from './kept-aside'
import { type PartedRecord, readRecord, removeRecord, saveRecord } from './record-db'
import { readItem, removeItem, type SaveResult } from './safe-storage'
import type { Link, Place } from './schema'
import type { Project } from './schema-files'
import { type Migration, migrate } from './versioned'

/** Where the imported records are kept in this browser (and, beside it, any that could not be read). */
export const IMPORTED_STORE = 'jaasean:imported'

/** The format of the kept records; an older one is migrated on reading (see data/versioned.ts). */
const IMPORTED_VERSION = 1
/** What each later format version changed, oldest first: none yet, version 1 is the first. */
const IMPORTED_MIGRATIONS: readonly Migration<unknown>[] = []

export interface ImportedRecords {
  places: Place[]
  links: Link[]
  projects: Project[]
  /** The file the user imported, shown beside the imported layer. */
  fileName: string | null
}

interface ImportedStore extends ImportedRecords {
  setImported: (records: ImportedRecords) => void
  clearImported: () => void
}

const EMPTY: ImportedRecords = { places: [], links: [], projects: [], fileName: null }

/**
 * Whether what the store holds is in this browser's storage: the last write's result (a full quota
 * or a disabled storage is reported, never thrown). A store of its own: the records' store writes
 * storage on every change, so a status kept inside it would write again.
 */
export const useImportSaved = create<{ result: SaveResult }>()(() => ({ result: { ok: true } }))

/**
 * Whether the records kept in this browser have been read back (IndexedDB answers asynchronously):
 * until then a URL naming an imported record must not be "corrected" as pointing at nothing.
 */
export const useImportsRead = create<{ read: boolean }>()(() => ({ read: false }))

type Stored = StorageValue<ImportedRecords>

/** The latest value waiting to be written; whether a write is under way; who waits for both. */
let pending: { name: string; value: Stored } | null = null
let writing = false
let waiters: ((saved: boolean) => void)[] = []
/** The records were read from localStorage, where versions before IndexedDB kept them. */
let inLocalStorage = false

/** The value as stored: the records' lists apart (stored in parts), the rest in the head. */
function partsOf({ state, version }: Stored): PartedRecord {
  const { places, links, projects, fileName } = state
  return { head: { version, fileName }, lists: { places, links, projects } }
}

/** The stored value put together again, for the store to migrate and re-validate. */
function fromParts({ head, lists }: PartedRecord): Stored {
  const { version, ...state } = head
  return {
    version: typeof version === 'number' ? version : undefined,
    state: { ...state, ...lists },
  } as unknown as Stored
}

/**
 * Writes the latest value, then any that came meanwhile. The records are copied for IndexedDB a
 * part at a time (record-db.ts), each in a task of its own, and written off the main thread.
 */
async function write(): Promise<void> {
  if (writing) return
  writing = true
  let result: SaveResult = useImportSaved.getState().result
  while (pending) {
    const { name, value } = pending
    pending = null
    result = await saveRecord(name, partsOf(value))
    // The previous records' own room may be what is missing: without them, the key can never hold
    // records other than those on screen (a reload would bring back an import the person replaced).
    if (!result.ok && result.reason === 'quota') {
      await removeRecord(name)
      result = await saveRecord(name, partsOf(value))
    }
    if (result.ok && inLocalStorage) {
      removeItem(name)
      inLocalStorage = false
    }
  }
  writing = false
  settle(result)
}

function settle(result: SaveResult): void {
  useImportSaved.setState({ result })
  const done = waiters
  waiters = []
  for (const resolve of done) resolve(result.ok)
}

const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 500 })
    : (run) => setTimeout(run, 200)

// A pending write is started when the page goes away right after an import or a removal.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void write())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void write()
  })
}

/**
 * Resolves once what the store holds now is in this browser's storage: true if it was written,
 * false if the write failed (disk quota full, storage disabled).
 */
export function whenSaved(): Promise<boolean> {
  if (!pending && !writing) return Promise.resolve(useImportSaved.getState().result.ok)
  return new Promise((resolve) => waiters.push(resolve))
}

/**
 * IndexedDB, written after the page has updated: copying thousands of records waits for an idle
 * moment instead of running inside the store update (and the redraw it causes). Only the latest
 * value is written. A full quota is reported (whenSaved) instead of thrown inside the store update.
 * Records an earlier version of the app kept in localStorage are read from there and moved.
 */
const recordStorage: PersistStorage<ImportedRecords> = {
  getItem: async (name) => {
    const stored = await readRecord(name)
    if (stored !== undefined) {
      if ('head' in stored) {
        await loadImportedCheck()
        return fromParts(stored)
      }
      // Not what this store writes (a hand edit): kept aside, and the app starts without it.
      keptOnLoad = keepAside(name, stored.other).ok
      return null
    }
    const text = readItem(name)
    if (text === null) return null
    inLocalStorage = true
    try {
      const parsed = JSON.parse(text) as Stored
      await loadImportedCheck()
      return parsed
    } catch {
      // Not JSON: kept aside as it is, and the app starts without imported records.
      keptOnLoad = keepAside(name, text).ok
      return null
    }
  },
  setItem: (name, value) => {
    const scheduled = pending !== null
    pending = { name, value }
    if (!scheduled) whenIdle(() => void write())
  },
  removeItem: async (name) => {
    pending = null
    removeItem(name)
    await removeRecord(name)
    settle({ ok: true })
  },
}

/**
 * The records' check against the data schemas (imported-check.ts): loaded by getItem when this
 * browser holds anything, so that a page with nothing imported never loads the schemas.
 */
let checkImported: ((persisted: unknown) => { records: ImportedRecords; failed: number }) | null = null

/** Loads the records' check; getItem does before it hands the store anything stored. */
export async function loadImportedCheck(): Promise<void> {
  checkImported ??= (await import('./imported-check')).checkImported
}

/**
 * The stored records as the store may use them (see imported-check.ts). When any record fails, the
 * whole stored value is kept aside (data/kept-aside.ts) before the store writes again, and the
 * import dialog reports it: saved work is never silently dropped.
 */
export function revalidate(persisted: unknown): ImportedRecords {
  // Without the check (never after getItem), nothing stored is trusted: all of it is kept aside.
  const { records, failed } = checkImported?.(persisted) ?? { records: EMPTY, failed: 1 }
  // Kept aside, the store's own key then holds the readable records. When even that write fails
  // (a full quota), the key is left as it is until the person imports or removes data.
  if (failed > 0) keptOnLoad = keepAside(IMPORTED_STORE, persisted).ok
  return records
}

/** Whether the stored records were kept aside as this page read them. */
let keptOnLoad = false

/**
 * Projects and links the user brought in from their own CSV/JSON: kept in this browser only
 * (IndexedDB), never uploaded. Whatever is read back from storage is re-validated against the
 * data schemas before it is trusted.
 */
export const useImportedStore = create<ImportedStore>()(
  persist(
    (set) => ({
      ...EMPTY,
      setImported: (records) => set(records),
      clearImported: () => set(EMPTY),
    }),
    {
      name: IMPORTED_STORE,
      version: IMPORTED_VERSION,
      // Records written by an older version of the app: upgraded, then re-validated by merge.
      migrate: (persisted, version) =>
        migrate<unknown>(persisted, version, IMPORTED_MIGRATIONS) as ImportedRecords,
      storage: recordStorage,
      // Nothing stored: the state stays the same object, so nothing that reads it draws again.
      merge: (persisted, current) =>
        persisted === undefined ? current : { ...current, ...revalidate(persisted) },
      partialize: ({ places, links, projects, fileName }) => ({ places, links, projects, fileName }),
      onRehydrateStorage: () => () => {
        // The records in use (the readable ones) take the stored value's place in the store's own
        // key (IndexedDB): the unreadable ones are read from the side from now on, until downloaded
        // or discarded; records read from localStorage move to IndexedDB.
        if (keptOnLoad || inLocalStorage) useImportedStore.setState({})
        useImportsRead.setState({ read: true })
      },
    },
  ),
)
