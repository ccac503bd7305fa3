import type { ImportedRecords } from './imported-store'
import { isUserId, isUserRecord } from './origin'
import { type Link, linkSchema, type Place, placeSchema } from './schema'
import { type Project, projectSchema } from './schema-files'

/**
 * What storage gives back, re-validated record by record: a hand-edited entry cannot break the
 * app, nor pass for curated data (every record must cite the import and have an id of the user's
 * namespace; links are the user's, unverified: never "well-sourced"). Returns the records that
 * pass and how many did not (imported-store.ts keeps the stored value aside when any failed).
 */
export function checkImported(persisted: unknown): { records: ImportedRecords; failed: number } {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<ImportedRecords>
  let failed = 0
  const keep = <T extends { id: string }>(
    list: unknown,
    schema: { safeParse: (x: unknown) => { success: boolean } },
    mine: (x: T) => boolean,
  ): T[] => {
    if (!Array.isArray(list)) return []
    const ok = list.filter((x) => schema.safeParse(x).success && mine(x as T)) as T[]
    failed += list.length - ok.length
    return ok
  }
  const links = keep<Link>(p.links, linkSchema, (l) => isUserRecord(l) && isUserId(l.id)).map((l) =>
    l.confidence === 'low' ? l : { ...l, confidence: 'low' as const },
  )
  const records = {
    places: keep<Place>(p.places, placeSchema, (x) => isUserId(x.id)),
    links,
    projects: keep<Project>(p.projects, projectSchema, (x) => isUserRecord(x) && isUserId(x.id)),
    fileName: links.length && typeof p.fileName === 'string' ? p.fileName : null,
  }
  return { records, failed }
}
