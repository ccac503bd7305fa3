import { describe, expect, it } from 'vitest'
import type { Link } from '@/data/schema'
import type { ImportSummary } from './import-types'
import { withFixedRow } from './merge-fix'

const link = (row: number): Link => ({
  id: `user-${row}`,
  jp: 'jp-a',
  asean: 'user-gn-1',
  relation: 'sister',
  year: null,
  fields: ['exchange'],
  confidence: 'low',
  source: { ref: 'user-import' },
})
const summary = (rows: number[], problems: number[]): ImportSummary => ({
  records: { places: [], links: rows.map(link), projects: [] },
  problems: problems.map((row) => ({ row, column: 'partner_city', code: 'notFound', value: 'x' })),
  rows: rows.length + problems.length,
  okRows: rows.length,
  unknownColumns: [],
  headerLang: 'en',
})

describe('a row fixed in place', () => {
  it('replaces its problems with its records, in the file’s row order', () => {
    const fixed = withFixedRow(summary([2, 5], [3, 4]), 3, summary([3], []))
    expect(fixed.records.links.map((l) => l.id)).toEqual(['user-2', 'user-3', 'user-5'])
    expect(fixed.problems.map((p) => p.row)).toEqual([4])
    expect(fixed.okRows).toBe(3)
  })

  it('keeps a problem the fix did not solve, counting nothing twice', () => {
    const still = withFixedRow(summary([2], [3]), 3, summary([], [3]))
    expect(still.problems.map((p) => p.row)).toEqual([3])
    expect(still.okRows).toBe(1)
  })
})
