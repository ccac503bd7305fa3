import * as z from 'zod/mini'
import {
  FIELD_IDS,
  idSchema,
  iso3Schema,
  RELATIONS,
  sourceRefSchema,
  textSchema,
  yearSchema,
} from '@/data/schema'
import type { Migration } from '@/data/versioned'
import { INDICATOR_IDS, type IndicatorId, MAX_COMPARE } from '@/state/defaults'

// A briefing story: data/stories/*.json (shipped) and the user's own story (localStorage, exported
// and imported as JSON). Objects are strict so a misspelt key in a hand-edited file is reported.

/** Story files carry their format version, so an old export can be upgraded when it changes. */
export const STORY_VERSION = 1

/**
 * What each later format version changed, oldest first (see data/versioned.ts): a story of an older
 * version is migrated before it is validated. Version 1 is the first format, so there is none yet;
 * the next format change adds one here, with a story of the old version in test/fixtures/stories.
 */
export const STORY_MIGRATIONS: readonly Migration<unknown>[] = []

const lonSchema = z.number().check(z.gte(-180), z.lte(180))
const latSchema = z.number().check(z.gte(-90), z.lte(90))

const cameraSchema = z.strictObject({
  /** [longitude, latitude], degrees. */
  center: z.tuple([lonSchema, latSchema]),
  /** MapLibre zoom level (the map allows 2–9). */
  zoom: z.number().check(z.gte(0), z.lte(22)),
})
export type Camera = z.infer<typeof cameraSchema>

const slideFiltersSchema = z.strictObject({
  countries: z.array(iso3Schema),
  fields: z.array(z.enum(FIELD_IDS)),
  schemes: z.array(idSchema),
  relations: z.array(z.enum(RELATIONS)),
  prefecture: z.nullable(z.string().check(z.minLength(1))),
  yearRange: z.nullable(
    z
      .tuple([yearSchema, yearSchema])
      .check(z.refine(([a, b]) => a <= b, 'a [from, to] range with from ≤ to')),
  ),
  confidence: z.enum(['all', 'high']),
})

const slideViewSchema = z.strictObject({
  /** The mode the view was saved from; presenting always shows the map with the slide's text. */
  mode: z.enum(['explore', 'compare']),
  filters: slideFiltersSchema,
  selection: z.nullable(
    z.strictObject({
      kind: z.enum(['country', 'place', 'link', 'project']),
      id: z.string().check(z.minLength(1)),
    }),
  ),
  indicator: z.enum(INDICATOR_IDS as unknown as [IndicatorId, ...IndicatorId[]]),
  year: yearSchema,
  /** Countries of a compare view. */
  compare: z.array(iso3Schema).check(z.maxLength(MAX_COMPARE)),
  camera: cameraSchema,
})
export type SlideView = z.infer<typeof slideViewSchema>

const slideSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** Short body text; each line is shown as its own paragraph. */
  text: textSchema,
  /** Speaker notes: in the notes pane of the exported deck, never on the projected slide. */
  notes: z.optional(textSchema),
  /** Entries of data/sources.json behind the figures in the text. */
  sources: z.array(sourceRefSchema),
  view: slideViewSchema,
})
export type Slide = z.infer<typeof slideSchema>

export const storySchema = z.strictObject({
  version: z.literal(STORY_VERSION),
  id: idSchema,
  title: textSchema,
  slides: z.array(slideSchema).check(z.maxLength(200)),
})
export type Story = z.infer<typeof storySchema>

/** Shipped stories must have something to show. */
export const shippedStorySchema = storySchema.check(
  z.refine((s) => s.slides.length > 0, { path: ['slides'], message: 'at least one slide' }),
)
