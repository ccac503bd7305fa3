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
import { migrateV1ToV2 } from './story-migrations'

// A briefing story: data/stories/*.json (shipped) and the user's own story (localStorage, exported
// and imported as JSON). Objects are strict so a misspelt key in a hand-edited file is reported.

/** Story files carry their format version, so an old export can be upgraded when it changes. */
export const STORY_VERSION = 2

/**
 * What each later format version changed, oldest first (see data/versioned.ts): a story of an older
 * version is migrated before it is validated, with a story of each old version in test/fixtures/stories.
 * 2: a slide shows a chosen view (map, a chart, the compare table) with the chart's options, and its
 *    map is framed by what it must show (places, an extent) instead of a camera fixed for one screen.
 */
export const STORY_MIGRATIONS: readonly Migration<unknown>[] = [{ to: 2, migrate: migrateV1ToV2 }]

const lonSchema = z.number().check(z.gte(-180), z.lte(180))
const latSchema = z.number().check(z.gte(-90), z.lte(90))

/** A map camera: where it looks and how close. Not saved in stories since version 2 (see frame). */
export interface Camera {
  /** [longitude, latitude], degrees. */
  center: [number, number]
  /** MapLibre zoom level (the map allows 2–9). */
  zoom: number
}

/** [west, south, east, north], degrees. */
const extentSchema = z
  .tuple([lonSchema, latSchema, lonSchema, latSchema])
  .check(
    z.refine(
      ([w, s, e, n]) => w <= e && s <= n,
      '[west, south, east, north] with west ≤ east, south ≤ north',
    ),
  )
export type Extent = z.infer<typeof extentSchema>

/**
 * What the slide's map must show, whatever the screen: each place the slide names and an extent.
 * The camera is fitted to them inside the part of the map that legend and controls leave visible.
 */
const frameSchema = z.strictObject({
  /** Ids of data/places.json the slide names. */
  places: z.array(idSchema),
  /** An area to show whole, or null to frame the places only. */
  extent: z.nullable(extentSchema),
})
export type Frame = z.infer<typeof frameSchema>

/** What a slide shows beside its text: the map or one of the explore views. */
export const SLIDE_SHOWS = ['map', 'gdp', 'oda', 'links', 'compare'] as const
export type SlideShow = (typeof SLIDE_SHOWS)[number]

/**
 * A figure computed from the data when the slide is shown, so it never goes stale: the ratio of two
 * countries' values of an indicator in a year (null: the latest year both have).
 */
const factSchema = z.strictObject({
  kind: z.literal('ratio'),
  indicator: z.enum(['gdp_per_capita_usd', 'population']),
  of: iso3Schema,
  to: iso3Schema,
  year: z.nullable(yearSchema),
})
export type Fact = z.infer<typeof factSchema>

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
  /** The view beside the slide's text. */
  show: z.enum(SLIDE_SHOWS),
  /** The mode the view was saved from. */
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
  /** The GDP chart's axis, its Japan reference line, and the ODA chart's gross or net view. */
  scale: z.enum(['linear', 'log']),
  showJapan: z.boolean(),
  odaView: z.enum(['gross', 'net']),
  frame: frameSchema,
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
  /** Figures computed from the data, shown under the text. */
  facts: z.optional(z.array(factSchema).check(z.maxLength(4))),
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
