import type { SourceRef } from '@/data/schema'
import type { SourceRecord, SourcesFile } from '@/data/schema-files'
import { useSources } from '@/data/use-dataset'

export type { SourceRef }

export type Citations = ReadonlyMap<string, SourceRecord>

/** sources.json by id, built once per loaded file and shared by every component that cites. */
const indexes = new WeakMap<SourcesFile, Citations>()
function citationIndex(sources: SourcesFile): Citations {
  let index = indexes.get(sources)
  if (!index) {
    index = new Map(sources.sources.map((s) => [s.id, s]))
    indexes.set(sources, index)
  }
  return index
}

/** Every citation by id, or undefined while sources.json loads (or if it failed). */
export function useCitations(): Citations | undefined {
  const sources = useSources().data
  return sources && citationIndex(sources)
}

/** The citation of a source reference, or undefined while sources.json loads (or if it failed). */
export function useCitation(ref: string | undefined): SourceRecord | undefined {
  const citations = useCitations()
  return ref ? citations?.get(ref) : undefined
}
