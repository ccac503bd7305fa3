import { create } from 'zustand'
import { keepAside } from '@/data/kept-aside'
import { fitsBeside, readItem, saveItem } from '@/data/safe-storage'
import type { Text } from '@/data/schema'
import { type Slide, STORY_VERSION, type Story } from './story-schema'
import { validateStory } from './story-validate'
import userStoryTitle from './user-story-title.json'

/** The user's own story has this id (in the URL as `story=my-story`). */
export const USER_STORY_ID = 'my-story'

/** Where the user's story is kept in this browser (and, beside it, one that could not be read). */
export const USER_STORY_STORE = 'jaasean:story'

/**
 * The envelope the story is kept in: the same as zustand's `persist` wrote it before, so a story
 * saved by an earlier version of the app is read back. `version` is the envelope's own; the story
 * inside names its format version (STORY_VERSION) and is migrated when it is read.
 */
const ENVELOPE_VERSION = 1

/**
 * Whether the last change reached the browser's storage: 'saved', 'nearlyFull' (saved, but the next
 * few slides may not fit), or why it was not saved (the story stays on screen, unsaved).
 */
export type SaveStatus = 'none' | 'saved' | 'nearlyFull' | 'quota' | 'unavailable'

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
  save: SaveStatus
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
 * Writes the story through the safe storage (never throws): the result says whether it was saved,
 * and warns while it is saved but close to what the browser allows.
 */
function write(story: Story): SaveStatus {
  const text = JSON.stringify({ state: { story }, version: ENVELOPE_VERSION })
  const result = saveItem(USER_STORY_STORE, text)
  if (!result.ok) return result.reason
  // Room for about ten more slides of this story's size, or a warning now.
  const perSlide = story.slides.length ? text.length / story.slides.length : 2000
  return fitsBeside(USER_STORY_STORE, text + ' '.repeat(Math.round(perSlide * 10))) ? 'saved' : 'nearlyFull'
}

/**
 * The story read from this browser, migrated and validated again before it is used. One that fails
 * is kept aside (data/kept-aside.ts) and reported in the story editor, never replaced by an empty one.
 */
function readStored(): { story: Story; keptAside: boolean } {
  const text = readItem(USER_STORY_STORE)
  if (text === null) return { story: emptyUserStory(), keptAside: false }
  let stored: unknown
  try {
    stored = (JSON.parse(text) as { state?: { story?: unknown } } | null)?.state?.story
  } catch {
    stored = text
  }
  if (stored === undefined) return { story: emptyUserStory(), keptAside: false }
  const result = validateStory(stored)
  if (result.ok) return { story: { ...result.story, id: USER_STORY_ID }, keptAside: false }
  keepAside(USER_STORY_STORE, stored)
  return { story: emptyUserStory(), keptAside: true }
}

const initial = readStored()

/**
 * The story the user builds from their own views: kept in this browser only (localStorage) until
 * cleared. Every change is written at once through the safe storage; a write that fails leaves the
 * change on screen and says "not saved" (`save`).
 */
export const useUserStory = create<UserStoryStore>()((set, get) => {
  const change = (story: Story) => set({ story, save: write(story) })
  return {
    story: initial.story,
    save: 'none',
    addSlide: (slide) => change({ ...get().story, slides: [...get().story.slides, slide] }),
    moveSlide: (from, to) => change({ ...get().story, slides: moveItem(get().story.slides, from, to) }),
    retitleSlide: (index, title) =>
      change({
        ...get().story,
        slides: get().story.slides.map((slide, i) => (i === index ? { ...slide, title } : slide)),
      }),
    removeSlide: (index) =>
      change({ ...get().story, slides: get().story.slides.filter((_, i) => i !== index) }),
    replaceStory: (story) => change({ ...story, id: USER_STORY_ID }),
    clearStory: () => change(emptyUserStory()),
  }
})

// The story in use (an empty one) takes the unreadable one's place in the store's own key: it is
// read from the side from now on, until it is downloaded or discarded.
if (initial.keptAside) write(initial.story)
