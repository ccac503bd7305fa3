import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Link, Place, Project } from './schema'

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

/**
 * Projects and links the user brought in from their own CSV/JSON: kept in this browser only
 * (localStorage), never uploaded. Whatever is read back from storage is re-validated by the import
 * feature before it is trusted.
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
      storage: createJSONStorage(() => localStorage),
      partialize: ({ places, links, projects, fileName }) => ({ places, links, projects, fileName }),
    },
  ),
)

export function isImported(record: { source: { ref: string } }): boolean {
  return record.source.ref === USER_IMPORT_REF
}
