import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataProblem } from '@/data/validate'
import { STORY_VERSION } from '@/features/present/story-schema'
import { type KnownIds, type StoryProblem, validateStory } from '@/features/present/story-validate'

// Node-only: checks data/stories/*.json for scripts/check-data.ts. The browser validates through
// src/features/present/story-validate.ts directly.

function idsOf(dir: string, file: string, list: string, key = 'id'): Set<string> | undefined {
  try {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>
    const rows = json[list]
    if (!Array.isArray(rows)) return undefined
    return new Set(rows.map((r) => String((r as Record<string, unknown>)[key])))
  } catch {
    // The file's own check reports it; the story is then checked without that list.
    return undefined
  }
}

/** Every story under `dir`/stories, validated and cross-checked against the files beside it. */
export function checkStories(dir: string): { problems: DataProblem[]; counts: Record<string, number> } {
  const storyDir = join(dir, 'stories')
  const problems: DataProblem[] = []
  const counts: Record<string, number> = {}
  if (!existsSync(storyDir)) return { problems, counts }
  const known: KnownIds = {
    sources: idsOf(dir, 'sources.json', 'sources'),
    countries: idsOf(dir, 'countries.json', 'countries', 'iso3'),
    places: idsOf(dir, 'places.json', 'places'),
    links: idsOf(dir, 'links.json', 'links'),
    projects: idsOf(dir, 'projects.json', 'projects'),
    schemes: idsOf(dir, 'schemes.json', 'schemes'),
  }
  for (const name of readdirSync(storyDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `stories/${name}`
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(storyDir, name), 'utf8'))
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e)
      problems.push({ file, record: '(file)', field: '(root)', found: detail, expected: 'valid JSON' })
      continue
    }
    const result = validateStory(json, known, true)
    if (result.ok) {
      counts[file] = result.story.slides.length
      continue
    }
    for (const p of result.problems) {
      problems.push({
        file,
        record: p.slide === null ? '(story)' : `slide ${p.slide}${p.slideId ? ` (${p.slideId})` : ''}`,
        field: p.field,
        found: p.found,
        expected: EXPECTED[p.reason],
      })
    }
  }
  return { problems, counts }
}

const EXPECTED: Record<StoryProblem['reason'], string> = {
  json: 'valid JSON',
  missing: 'a value (the field is required)',
  type: 'a value of the documented type',
  value: 'an allowed value (see src/features/present/story-schema.ts)',
  unknownKey: 'only the documented keys',
  unknownRef: 'an id that exists in the dataset',
  duplicate: 'a slide id used once',
  version: `a story format version from 1 to ${STORY_VERSION}`,
}
