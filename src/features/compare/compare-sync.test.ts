import { describe, expect, it } from 'vitest'
import { linkCountriesOf, reconcileCompare } from './compare-sync'

describe('compare ↔ country filter', () => {
  it('does nothing when they agree (Japan is never a filter country)', () => {
    expect(reconcileCompare(['KHM', 'VNM', 'JPN'], ['VNM', 'KHM'], true)).toBeNull()
    expect(linkCountriesOf(['KHM', 'JPN'])).toEqual(['KHM'])
  })
  it('a new comparison rewrites the filter', () => {
    expect(reconcileCompare(['KHM', 'VNM'], ['THA'], true)).toEqual({ filter: ['KHM', 'VNM'] })
    expect(reconcileCompare([], ['THA'], true)).toEqual({ filter: [] })
  })
  it('a filter change from another panel adds and removes compared countries, keeping Japan', () => {
    expect(reconcileCompare(['KHM', 'JPN'], ['KHM', 'PHL'], false)).toEqual({
      compare: ['KHM', 'JPN', 'PHL'],
    })
    expect(reconcileCompare(['KHM', 'VNM', 'JPN'], ['VNM'], false)).toEqual({ compare: ['VNM', 'JPN'] })
  })
  it('keeps at most four, dropping the newest, and then corrects the filter too', () => {
    expect(reconcileCompare(['KHM', 'VNM', 'JPN'], ['KHM', 'VNM', 'PHL', 'THA'], false)).toEqual({
      compare: ['KHM', 'VNM', 'JPN', 'PHL'],
      filter: ['KHM', 'VNM', 'PHL'],
    })
  })
})
