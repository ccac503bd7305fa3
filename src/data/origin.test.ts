import { describe, expect, it } from 'vitest'
import { keepApart, USER_IMPORT_REF } from './origin'

const mine = { ref: USER_IMPORT_REF }
const curated = {
  placeIds: new Set(['jp-kitakyushu', 'kh-phnom-penh']),
  linkIds: new Set(['kitakyushu-phnom-penh']),
  projectIds: new Set(['p-1']),
}

describe('imported records kept apart from the curated ones', () => {
  it('join when they are the user’s own, between places that exist', () => {
    const records = {
      places: [{ id: 'user-gn-1' }],
      links: [
        { id: 'user-2', jp: 'jp-kitakyushu', asean: 'user-gn-1', source: mine },
        { id: 'user-3', jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', source: mine },
      ],
      projects: [{ id: 'user-p-2', links: ['user-2'], source: mine }],
    }
    expect(keepApart(curated, records)).toEqual(records)
  })

  it('never replace, shadow or add to a curated record, however storage was edited', () => {
    const kept = keepApart(curated, {
      // A curated place's id (it would replace the place under its official source line).
      places: [{ id: 'jp-kitakyushu' }, { id: 'kh-other' }],
      links: [
        { id: 'kitakyushu-phnom-penh', jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', source: mine },
        { id: 'user-2', jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', source: { ref: 'mofa' } },
        { id: 'user-3', jp: 'jp-kitakyushu', asean: 'kh-other', source: mine },
        { id: 'user-4', jp: 'jp-kitakyushu', asean: 'kh-phnom-penh', source: mine },
      ],
      projects: [
        // On a curated link: it would show as one of that link's projects.
        { id: 'user-p-1', links: ['kitakyushu-phnom-penh'], source: mine },
        { id: 'p-1', links: ['user-4'], source: mine },
        { id: 'user-p-4', links: ['user-4'], source: mine },
      ],
    })
    expect(kept.places).toEqual([])
    expect(kept.links.map((l) => l.id)).toEqual(['user-4'])
    expect(kept.projects.map((p) => p.id)).toEqual(['user-p-4'])
  })
})
