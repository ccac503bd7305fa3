import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Text } from '@/data/schema'
import { type Slide, STORY_VERSION, type Story } from './story-schema'
import { validateStory } from './story-validate'
import userStoryTitle from './user-story-title.json'

/** The user's own story has this id (in the URL as `story=my-story`). */
export const USER_STORY_ID = 'my-story'

export function emptyUserStory(): Story {
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
 * cleared. What is read back from storage is validated again before it is used.
 */
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
      name: 'jaasean:story',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ story }) => ({ story }),
      merge: (persisted, current) => {
        const stored = (persisted as { story?: unknown } | undefined)?.story
        const result = validateStory(stored)
        return result.ok ? { ...current, story: { ...result.story, id: USER_STORY_ID } } : current
      },
    },
  ),
)

export const selectUserStory = (s: UserStoryStore): Story => s.story
export const selectUserSlideCount = (s: UserStoryStore): number => s.story.slides.length
