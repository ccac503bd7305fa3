import type * as z from 'zod/mini'
import { describeValue } from '@/data/validate'
import { checkVersion, migrate } from '@/data/versioned'
import { STORY_MIGRATIONS, STORY_VERSION, type Story, shippedStorySchema, storySchema } from './story-schema'

/** Why a story cannot be used, in terms a person can act on: which slide, which field, what is wrong. */
export interface StoryProblem {
  /** 1-based slide number, or null for the story as a whole. */
  slide: number | null
  /** The slide's id when it has one. */
  slideId: string | null
  /** Path inside the slide (or the story), e.g. 'title.en' or 'view.camera.zoom'. */
  field: string
  reason: 'json' | 'missing' | 'type' | 'value' | 'unknownKey' | 'unknownRef' | 'duplicate' | 'version'
  /** What is there, quoted, or 'nothing'. */
  found: string
}

export type StoryResult = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] }

/** Ids the rest of the dataset knows: a story may only point at these. Any set left out is not checked. */
export interface KnownIds {
  sources?: ReadonlySet<string>
  countries?: ReadonlySet<string>
  places?: ReadonlySet<string>
  links?: ReadonlySet<string>
  projects?: ReadonlySet<string>
  schemes?: ReadonlySet<string>
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (Array.isArray(node)) node = node[key as number]
    else if (isRecord(node)) node = node[key as string]
    else return undefined
  }
  return node
}

function joinPath(parts: readonly PropertyKey[]): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

/** Splits a path into the slide it is in (if any) and the field inside it. */
function at(root: unknown, path: readonly PropertyKey[]): Pick<StoryProblem, 'slide' | 'slideId' | 'field'> {
  if (path[0] === 'slides' && typeof path[1] === 'number') {
    const id = valueAt(root, ['slides', path[1], 'id'])
    const field = joinPath(path.slice(2))
    return { slide: path[1] + 1, slideId: typeof id === 'string' ? id : null, field: field || '(slide)' }
  }
  return { slide: null, slideId: null, field: joinPath(path) || '(story)' }
}

function reasonOf(issue: z.core.$ZodIssue, found: unknown): StoryProblem['reason'] {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? 'missing' : 'type'
    case 'unrecognized_keys':
      return 'unknownKey'
    case 'invalid_value':
      return issue.path.length === 1 && issue.path[0] === 'version' ? 'version' : 'value'
    default:
      return 'value'
  }
}

function problemsFromIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): StoryProblem[] {
  const out: StoryProblem[] = []
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ ...at(root, [...issue.path, key]), reason: 'unknownKey', found: `'${key}'` })
      }
      continue
    }
    const found = valueAt(root, issue.path)
    out.push({ ...at(root, issue.path), reason: reasonOf(issue, found), found: describeValue(found) })
  }
  return out
}

/** References to records that do not exist, and repeated slide ids. */
function crossCheckStory(story: Story, known: KnownIds): StoryProblem[] {
  const out: StoryProblem[] = []
  const seen = new Set<string>()
  story.slides.forEach((slide, i) => {
    const where = (field: string, reason: StoryProblem['reason'], found: string): StoryProblem => ({
      slide: i + 1,
      slideId: slide.id,
      field,
      reason,
      found: `'${found}'`,
    })
    if (seen.has(slide.id)) out.push(where('id', 'duplicate', slide.id))
    seen.add(slide.id)
    const check = (set: ReadonlySet<string> | undefined, field: string, id: string) => {
      if (set && !set.has(id)) out.push(where(field, 'unknownRef', id))
    }
    for (const [j, s] of slide.sources.entries()) check(known.sources, `sources[${j}].ref`, s.ref)
    const v = slide.view
    for (const [j, c] of v.filters.countries.entries())
      check(known.countries, `view.filters.countries[${j}]`, c)
    for (const [j, c] of v.compare.entries()) check(known.countries, `view.compare[${j}]`, c)
    for (const [j, s] of v.filters.schemes.entries()) check(known.schemes, `view.filters.schemes[${j}]`, s)
    for (const [j, p] of v.frame.places.entries()) check(known.places, `view.frame.places[${j}]`, p)
    for (const [j, f] of (slide.facts ?? []).entries()) {
      check(known.countries, `facts[${j}].of`, f.of)
      check(known.countries, `facts[${j}].to`, f.to)
    }
    if (v.selection) {
      const sets = {
        country: known.countries,
        place: known.places,
        link: known.links,
        project: known.projects,
      }
      check(sets[v.selection.kind], 'view.selection.id', v.selection.id)
    }
  })
  return out
}

/**
 * Validates a parsed story file, migrated to the current format first. `shipped` also asks for at
 * least one slide (a user's story may be empty while it is being built).
 */
export function validateStory(json: unknown, known: KnownIds = {}, shipped = false): StoryResult {
  // A story names its format version: an older one is migrated first, a newer one cannot be read.
  const version = isRecord(json) ? json.version : undefined
  const check = checkVersion(version, STORY_VERSION)
  if (!check.ok) {
    const problem = { slide: null, slideId: null, field: 'version', found: describeValue(version) }
    return { ok: false, problems: [{ ...problem, reason: 'version' }] }
  }
  const current = migrate(json, check.version, STORY_MIGRATIONS)
  const parsed = (shipped ? shippedStorySchema : storySchema).safeParse(current)
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(current, parsed.error.issues) }
  const problems = crossCheckStory(parsed.data, known)
  return problems.length ? { ok: false, problems } : { ok: true, story: parsed.data }
}

/** Parses and validates the text of a story file. */
export function parseStory(text: string, known: KnownIds = {}): StoryResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    const found = e instanceof Error ? e.message : String(e)
    return { ok: false, problems: [{ slide: null, slideId: null, field: '(file)', reason: 'json', found }] }
  }
  return validateStory(json, known)
}

/** One line per problem, in English, for scripts and logs. */
export function formatStoryProblem(p: StoryProblem): string {
  const where = p.slide === null ? 'story' : `slide ${p.slide}${p.slideId ? ` (${p.slideId})` : ''}`
  return `${where} › ${p.field}: ${p.reason}, found ${p.found}`
}
