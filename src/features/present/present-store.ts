import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { keepAside } from '@/data/kept-aside'
import type { Text } from '@/data/schema'
import { type Slide, STORY_VERSION, type Story } from './story-schema'
import { validateStory } from './story-validate'
import userStoryTitle from './user-story-title.json'

/** The user's own story has this id (in the URL as `story=my-story`). */
export const USER_STORY_ID = 'my-story'

/** Where the user's story is kept in this browser (and, beside it, one that could not be read). */
export const USER_STORY_STORE = 'jaasean:story'

function emptyUserStory(): Story {
  return {
    version: STORY_VERSION,
    id: USER_STORY_ID,
    title: { ...userStoryTitle },
    slides: [],
  }
}

interface UserStoryStore {
  story: Story
  addSlide: (slide: Slide) => void
  /** Moves the slide at `from` to `to` (both 0-based); out-of-range moves do nothing. */
  moveSlide: (from: number, to: number) => void
  retitleSlide: (index: number, title: Text) => void
  removeSlide: (index: number) => void
  /** Replaces the whole story (an import that passed validation); it takes the user's story id. */
  replaceStory: (story: Story) => void
  clearStory: () => void
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item as T)
  return out
}

/**
 * The story the user builds from their own views: kept in this browser only (localStorage) until
 * cleared. What is read back from storage is migrated and validated again before it is used; a
 * stored story that fails is kept aside (data/kept-aside.ts) and reported in the story editor,
 * never replaced by an empty one.
 */
/** Whether the stored story was kept aside as this page read it. */
let keptOnLoad = false

export const useUserStory = create<UserStoryStore>()(
  persist(
    (set) => ({
      story: emptyUserStory(),
      addSlide: (slide) => set((s) => ({ story: { ...s.story, slides: [...s.story.slides, slide] } })),
      moveSlide: (from, to) =>
        set((s) => ({ story: { ...s.story, slides: moveItem(s.story.slides, from, to) } })),
      retitleSlide: (index, title) =>
        set((s) => ({
          story: {
            ...s.story,
            slides: s.story.slides.map((slide, i) => (i === index ? { ...slide, title } : slide)),
          },
        })),
      removeSlide: (index) =>
        set((s) => ({ story: { ...s.story, slides: s.story.slides.filter((_, i) => i !== index) } })),
      replaceStory: (story) => set({ story: { ...story, id: USER_STORY_ID } }),
      clearStory: () => set({ story: emptyUserStory() }),
    }),
    {
      name: USER_STORY_STORE,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ story }) => ({ story }),
      merge: (persisted, current) => {
        const stored = (persisted as { story?: unknown } | undefined)?.story
        if (stored === undefined) return current
        const result = validateStory(stored)
        if (result.ok) return { ...current, story: { ...result.story, id: USER_STORY_ID } }
        keepAside(USER_STORY_STORE, stored)
        keptOnLoad = true
        return current
      },
    },
  ),
)

// The story in use (an empty one) takes the unreadable one's place in the store's own key: it is
// read from the side from now on, until it is downloaded or discarded.
if (keptOnLoad) useUserStory.setState({})
