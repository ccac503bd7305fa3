import type { SourceRef } from '../data/schema'
import { useSources } from '../data/use-dataset'

export type { SourceRef }

/** The citation of a source reference, or undefined while sources.json loads (or if it failed). */
export function useCitation(ref: string | undefined) {
  const sources = useSources().data
  return ref ? sources?.sources.find((s) => s.id === ref) : undefined
}
