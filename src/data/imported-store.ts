import { create } from 'zustand'
import { type PersistStorage, persist, type StorageValue } from 'zustand/middleware'
import { keepAside } from './kept-aside'
import { type Link, linkSchema, type Place, placeSchema } from './schema'
import { type Project, projectSchema } from './schema-files'
import { type Migration, migrate } from './versioned'

/** The source ref every imported record carries: the UI marks these as the user's own data. */
export const USER_IMPORT_REF = 'user-import'

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

/** Whether the last write to localStorage failed (quota full or storage disabled). */
let saveFailed = false

type Stored = StorageValue<ImportedRecords>

/** The value waiting to be written, and who waits for the write. */
let pending: { name: string; value: Stored } | null = null
let waiters: ((saved: boolean) => void)[] = []

function write(): void {
  if (!pending) return
  const { name, value } = pending
  pending = null
  try {
    localStorage.setItem(name, JSON.stringify(value))
    saveFailed = false
  } catch {
    saveFailed = true
  }
  settle()
}

function settle(): void {
  const done = waiters
  waiters = []
  for (const resolve of done) resolve(!saveFailed)
}

const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 500 })
    : (run) => setTimeout(run, 200)

// A pending write is not lost when the page goes away right after an import or a removal.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', write)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write()
  })
}

/**
 * Resolves once what the store holds now is in localStorage: true if it was written, false if
 * the write failed (quota full or storage disabled).
 */
export function whenSaved(): Promise<boolean> {
  if (!pending) return Promise.resolve(!saveFailed)
  return new Promise((resolve) => waiters.push(resolve))
}

/**
 * localStorage, written after the page has updated: serialising thousands of records and writing
 * them is a long synchronous block, so it waits for an idle moment instead of running inside the
 * store update (and the redraw it causes). Only the latest value is written. A full quota is
 * reported (whenSaved) instead of thrown inside the store update.
 */
const deferredStorage: PersistStorage<ImportedRecords> = {
  getItem: (name) => {
    try {
      const text = localStorage.getItem(name)
      return text === null ? null : (JSON.parse(text) as Stored)
    } catch {
      // Storage disabled, or not JSON: start without imported records.
      return null
    }
  },
  setItem: (name, value) => {
    const scheduled = pending !== null
    pending = { name, value }
    if (!scheduled) whenIdle(write)
  },
  removeItem: (name) => {
    pending = null
    try {
      localStorage.removeItem(name)
    } catch {
      // Storage disabled: nothing was kept.
    }
    settle()
  },
}

/**
 * What storage gives back is re-validated record by record: a hand-edited entry cannot break the
 * app. When any record fails, the whole stored value is kept aside (data/kept-aside.ts) before the
 * store writes again, and the import dialog reports it: saved work is never silently dropped.
 */
export function revalidate(persisted: unknown): ImportedRecords {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<ImportedRecords>
  let failed = 0
  const keep = <T>(list: unknown, schema: { safeParse: (x: unknown) => { success: boolean } }): T[] => {
    if (!Array.isArray(list)) return []
    const ok = list.filter((x) => schema.safeParse(x).success) as T[]
    failed += list.length - ok.length
    return ok
  }
  const links = keep<Link>(p.links, linkSchema).filter(isImported)
  const records = {
    places: keep<Place>(p.places, placeSchema),
    links,
    projects: keep<Project>(p.projects, projectSchema).filter(isImported),
    fileName: links.length && typeof p.fileName === 'string' ? p.fileName : null,
  }
  if (failed > 0) {
    keepAside(IMPORTED_STORE, persisted)
    keptOnLoad = true
  }
  return records
}

/** Whether the stored records were kept aside as this page read them. */
let keptOnLoad = false

/**
 * Projects and links the user brought in from their own CSV/JSON: kept in this browser only
 * (localStorage), never uploaded. Whatever is read back from storage is re-validated against the
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
      storage: deferredStorage,
      merge: (persisted, current) => ({ ...current, ...revalidate(persisted) }),
      partialize: ({ places, links, projects, fileName }) => ({ places, links, projects, fileName }),
    },
  ),
)

// The records in use (the readable ones) take the stored value's place in the store's own key: the
// unreadable ones are read from the side from now on, until downloaded or discarded.
if (keptOnLoad) useImportedStore.setState({})

function isImported(record: { source: { ref: string } }): boolean {
  return record.source.ref === USER_IMPORT_REF
}
