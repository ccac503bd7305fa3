import { queryOptions } from '@tanstack/react-query'
import { dataUrl } from '@/data/load'
import type { Story } from './story-schema'
import { formatStoryProblem, validateStory } from './story-validate'

const DEFAULT_STORY_FILE = 'stories/default.json'

/** The shipped briefing story, validated like every data file (a broken file is reported, not used). */
export const defaultStoryQuery = queryOptions({
  queryKey: ['data', DEFAULT_STORY_FILE],
  queryFn: async ({ signal }): Promise<Story> => {
    const res = await fetch(dataUrl(DEFAULT_STORY_FILE), { signal })
    if (!res.ok) throw new Error(`data/${DEFAULT_STORY_FILE}: ${res.status}`)
    let json: unknown
    try {
      json = JSON.parse(await res.text())
    } catch (e) {
      throw new Error(`data/${DEFAULT_STORY_FILE}: ${e instanceof Error ? e.message : String(e)}`)
    }
    const result = validateStory(json, {}, true)
    if (!result.ok) {
      const first = result.problems[0]
      throw new Error(`data/${DEFAULT_STORY_FILE}: ${first ? formatStoryProblem(first) : 'invalid'}`)
    }
    return result.story
  },
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
})
