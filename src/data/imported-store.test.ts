import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { IMPORTED_STORE, loadImportedCheck, revalidate } from './imported-store'
import { keptAside } from './kept-aside'
import { USER_IMPORT_REF } from './origin'

const source = { ref: USER_IMPORT_REF }
const place = (id: string) => ({
  id,
  name: { ja: id, en: id },
  country: 'KHM',
  level: 'city',
  lat: 11.5,
  lon: 104.9,
  source,
})
const link = {
  id: 'user-1',
  jp: 'jp-a',
  asean: 'user-kh-b',
  relation: 'sister',
  year: 2019,
  fields: ['water'],
  confidence: 'low',
  source,
}

// getItem loads the records' check before the store re-validates anything it read.
beforeAll(loadImportedCheck)
afterEach(() => vi.unstubAllGlobals())

/** A localStorage of this test's own. */
function stubStorage(): void {
  const items = new Map<string, string>()
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => items.set(k, v),
    removeItem: (k: string) => items.delete(k),
  })
}

describe('imported records read back from this browser', () => {
  it('keep every valid record', () => {
    const records = revalidate({
      places: [place('user-kh-b')],
      links: [link],
      projects: [],
      fileName: 'mine.csv',
    })
    expect(records.links).toEqual([link])
    expect(records.fileName).toBe('mine.csv')
  })

  it('never pass for curated data: a curated id or source is set aside, a link is never well-sourced', () => {
    stubStorage()
    const stored = {
      // A hand edit: a curated place's id with other coordinates, a link citing an official source.
      places: [place('jp-kitakyushu'), place('user-kh-b')],
      links: [
        { ...link, confidence: 'high' },
        { ...link, id: 'user-2', source: { ref: 'mofa' } },
        { ...link, id: 'kitakyushu-phnom-penh' },
      ],
      projects: [],
      fileName: 'mine.csv',
    }
    const records = revalidate(stored)
    expect(records.places.map((p) => p.id)).toEqual(['user-kh-b'])
    expect(records.links).toEqual([link])
    expect(JSON.parse(keptAside(IMPORTED_STORE) ?? 'null')).toEqual(stored)
  })

  it('keep the stored value aside when a record fails, and the valid ones in use', () => {
    stubStorage()
    const stored = {
      places: [place('user-kh-b'), { id: 'broken' }],
      links: [link],
      projects: [],
      fileName: 'mine.csv',
    }
    const records = revalidate(stored)
    expect(records.places).toHaveLength(1)
    expect(records.links).toEqual([link])
    expect(JSON.parse(keptAside(IMPORTED_STORE) ?? 'null')).toEqual(stored)
  })
})
