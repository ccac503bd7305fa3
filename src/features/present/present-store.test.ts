import { readData } from '@test/data-files'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Story } from './story-schema'

/** A localStorage that holds what it is given. */
function fakeStorage(items: Record<string, string>): Storage {
  const map = new Map(Object.entries(items))
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  }
}

/** The user-story store, read from a fresh page with this in its storage. */
async function storeWith(stored: unknown) {
  const storage = fakeStorage({ 'jaasean:story': JSON.stringify({ state: { story: stored }, version: 1 }) })
  vi.stubGlobal('localStorage', storage)
  vi.resetModules()
  const { useUserStory } = await import('./present-store')
  return { useUserStory, storage }
}

const shipped = readData<Story>('stories/default.json')

afterEach(() => vi.unstubAllGlobals())

describe('the story kept in this browser', () => {
  it('is read back when it is valid', async () => {
    const { useUserStory, storage } = await storeWith(shipped)
    expect(useUserStory.getState().story.slides).toHaveLength(shipped.slides.length)
    expect(storage.getItem('jaasean:story:unreadable')).toBeNull()
  })

  it('that fails validation is kept aside as it was, not lost to the next write', async () => {
    const broken = { ...shipped, slides: [{ ...shipped.slides[0], title: { ja: 'だけ' } }] }
    const { useUserStory, storage } = await storeWith(broken)
    expect(useUserStory.getState().story.slides).toEqual([])
    const kept = storage.getItem('jaasean:story:unreadable')
    expect(JSON.parse(kept ?? 'null')).toEqual(broken)
    // The story in use took its place in the store's own key: it is read from the side only.
    expect(JSON.parse(storage.getItem('jaasean:story') ?? '{}').state.story.slides).toEqual([])
    // A slide added afterwards is saved, and the unreadable story is still there.
    useUserStory.getState().addSlide(shipped.slides[1] as Story['slides'][number])
    expect(JSON.parse(storage.getItem('jaasean:story') ?? '{}').state.story.slides).toHaveLength(1)
    expect(storage.getItem('jaasean:story:unreadable')).toBe(kept)
  })

  it('of a newer format is kept aside too', async () => {
    const { storage } = await storeWith({ ...shipped, version: 99 })
    expect(JSON.parse(storage.getItem('jaasean:story:unreadable') ?? 'null')?.version).toBe(99)
  })
})

describe('saving the story', () => {
  it('says "not saved" when the storage is full and keeps the change on screen', async () => {
    const { useUserStory, storage } = await storeWith({ ...shipped, slides: [] })
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    useUserStory.getState().addSlide(shipped.slides[0] as Story['slides'][number])
    expect(useUserStory.getState().save).toBe('quota')
    expect(useUserStory.getState().story.slides).toHaveLength(1)
    useUserStory.getState().retitleSlide(0, { ja: 'あ', en: 'A' })
    expect(useUserStory.getState().save).toBe('quota')
    expect(useUserStory.getState().story.slides[0]?.title.en).toBe('A')
  })

  it('warns while saved when the next slides may not fit', async () => {
    const { useUserStory, storage } = await storeWith({ ...shipped, slides: [] })
    // Nearly 5 million characters already held by something else.
    storage.setItem('other', 'x'.repeat(4_700_000))
    useUserStory.getState().addSlide(shipped.slides[0] as Story['slides'][number])
    expect(useUserStory.getState().save).toBe('nearlyFull')
    expect(JSON.parse(storage.getItem('jaasean:story') ?? '{}').state.story.slides).toHaveLength(1)
  })
})
