import type { SourceRef } from '@/data/schema'

/**
 * The distinct sources of a panel's records, the most cited first: a panel names these, never a
 * single report for all. Only the reference is kept (each record's locator and page address stay
 * in the CSV and the detail panel).
 */
export function distinctSources(records: readonly { source: SourceRef }[]): SourceRef[] {
  const counts = new Map<string, number>()
  for (const r of records) counts.set(r.source.ref, (counts.get(r.source.ref) ?? 0) + 1)
  return sourcesByCount(counts)
}

/** Sources counted already (per reference), the most cited first. */
export function sourcesByCount(counts: ReadonlyMap<string, number>): SourceRef[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([ref]) => ({ ref }))
}
