import { create } from 'zustand'
import { type PersistStorage, persist, type StorageValue } from 'zustand/middleware'
import { type Link, linkSchema, type Place, type Project, placeSchema, projectSchema } from './schema'

/** The source ref every imported record carries: the UI marks these as the user's own data. */
export const USER_IMPORT_REF = 'user-import'

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
export function lastSaveFailed(): boolean {
  return saveFailed
}

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
 * reported (whenSaved, lastSaveFailed) instead of thrown inside the store update.
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

/** What storage gives back is re-validated record by record: a hand-edited entry cannot break the app. */
function revalidate(persisted: unknown): ImportedRecords {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<ImportedRecords>
  const keep = <T>(list: unknown, schema: { safeParse: (x: unknown) => { success: boolean } }): T[] =>
    Array.isArray(list) ? (list.filter((x) => schema.safeParse(x).success) as T[]) : []
  const links = keep<Link>(p.links, linkSchema).filter(isImported)
  return {
    places: keep<Place>(p.places, placeSchema),
    links,
    projects: keep<Project>(p.projects, projectSchema).filter(isImported),
    fileName: links.length && typeof p.fileName === 'string' ? p.fileName : null,
  }
}

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
      name: 'jaasean:imported',
      version: 1,
      storage: deferredStorage,
      merge: (persisted, current) => ({ ...current, ...revalidate(persisted) }),
      partialize: ({ places, links, projects, fileName }) => ({ places, links, projects, fileName }),
    },
  ),
)

export function isImported(record: { source: { ref: string } }): boolean {
  return record.source.ref === USER_IMPORT_REF
}
