import { afterEach, describe, expect, it, vi } from 'vitest'
import { IMPORTED_STORE, revalidate, USER_IMPORT_REF } from './imported-store'
import { keptAside } from './kept-aside'

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
  id: 'mine-1',
  jp: 'jp-a',
  asean: 'kh-b',
  relation: 'sister',
  year: 2019,
  fields: ['water'],
  confidence: 'high',
  source,
}

afterEach(() => vi.unstubAllGlobals())

describe('imported records read back from this browser', () => {
  it('keep every valid record', () => {
    const records = revalidate({ places: [place('kh-b')], links: [link], projects: [], fileName: 'mine.csv' })
    expect(records.links).toEqual([link])
    expect(records.fileName).toBe('mine.csv')
  })

  it('keep the stored value aside when a record fails, and the valid ones in use', () => {
    const items = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => items.set(k, v),
      removeItem: (k: string) => items.delete(k),
    })
    const stored = {
      places: [place('kh-b'), { id: 'broken' }],
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
