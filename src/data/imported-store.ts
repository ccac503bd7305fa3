import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
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

/** localStorage that reports a full quota instead of throwing inside the store update. */
const safeStorage = {
  getItem: (key: string) => localStorage.getItem(key),
  setItem: (key: string, value: string) => {
    try {
      localStorage.setItem(key, value)
      saveFailed = false
    } catch {
      saveFailed = true
    }
  },
  removeItem: (key: string) => localStorage.removeItem(key),
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
      storage: createJSONStorage(() => safeStorage),
      merge: (persisted, current) => ({ ...current, ...revalidate(persisted) }),
      partialize: ({ places, links, projects, fileName }) => ({ places, links, projects, fileName }),
    },
  ),
)

export function isImported(record: { source: { ref: string } }): boolean {
  return record.source.ref === USER_IMPORT_REF
}
