import * as z from 'zod/mini'
import {
  fieldIdSchema,
  httpsUrlSchema,
  type IndicatorsFile,
  idSchema,
  indicatorsFileSchema,
  iso3Schema,
  type LinksFile,
  linksFileSchema,
  type OdaFile,
  odaFileSchema,
  type PlacesFile,
  partialDateSchema,
  placesFileSchema,
  sourceRefSchema,
  textSchema,
  trimmed,
  yearSchema,
} from './schema'

// Runtime schemas for the rest of data/: sources, countries, projects, schemes and events, and the
// registry of every file (schema.ts has the building blocks, places, links, indicators and ODA).

// ---------------------------------------------------------------------------------------------
export const EVENT_CATEGORIES = ['exchange', 'cooperation', 'multicultural', 'economic', 'policy'] as const
export const eventCategorySchema = z.enum(EVENT_CATEGORIES)
export type EventCategory = z.infer<typeof eventCategorySchema>

// ---------------------------------------------------------------------------------------------
// sources.json

export const sourceRecordSchema = z.strictObject({
  id: idSchema,
  publisher: textSchema,
  title: textSchema,
  year: z.nullable(yearSchema),
  licence: trimmed(),
  url: z.optional(httpsUrlSchema),
  note: z.optional(textSchema),
  /** News, blogs, Wikipedia, mirrors: a record resting on these alone is lower-confidence. */
  secondary: z.optional(z.literal(true)),
})
export type SourceRecord = z.infer<typeof sourceRecordSchema>
export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceRecordSchema).check(z.minLength(1)),
})
export type SourcesFile = z.infer<typeof sourcesFileSchema>

// ---------------------------------------------------------------------------------------------
// countries.json

export const countrySchema = z
  .strictObject({
    iso3: iso3Schema,
    iso2: z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
    // A string because world-atlas feature ids are zero-padded strings ('096' for Brunei).
    isoNumeric: z.string().check(z.regex(/^\d{3}$/, 'a 3-digit ISO 3166-1 numeric code')),
    name: textSchema,
    capital: textSchema,
    asean: z.boolean(),
    accessionYear: z.nullable(yearSchema),
    source: sourceRefSchema,
    /** Where the capital comes from when it is not the record's own source. */
    capitalSource: z.optional(sourceRefSchema),
  })
  .check(
    z.refine((c) => c.asean === (c.accessionYear !== null), {
      path: ['accessionYear'],
      message: 'a year for ASEAN members and null for others',
    }),
  )
export type Country = z.infer<typeof countrySchema>
export const countriesFileSchema = z.strictObject({ countries: z.array(countrySchema).check(z.minLength(1)) })
export type CountriesFile = z.infer<typeof countriesFileSchema>

// ---------------------------------------------------------------------------------------------
// projects.json

export const outcomeSchema = z.strictObject({
  id: idSchema,
  metric: textSchema,
  unit: textSchema,
  place: z.optional(idSchema),
  points: z.array(z.strictObject({ year: yearSchema, value: z.number() })).check(
    z.minLength(1),
    z.refine((pts) => pts.every((p, i) => i === 0 || p.year > (pts[i - 1] as { year: number }).year), {
      message: 'years in strictly ascending order',
    }),
  ),
  note: z.optional(textSchema),
})
export type Outcome = z.infer<typeof outcomeSchema>

export const projectSchema = z
  .strictObject({
    id: idSchema,
    links: z.array(idSchema).check(z.minLength(1)),
    title: textSchema,
    field: fieldIdSchema,
    scheme: z.nullable(idSchema),
    /** First (fiscal) year; null where no page states it (shown as "year unknown", never guessed). */
    startYear: z.nullable(yearSchema),
    endYear: z.nullable(yearSchema),
    jpOrgs: z.array(textSchema),
    partnerOrgs: z.array(textSchema),
    summary: textSchema,
    outcomes: z.array(outcomeSchema),
    note: z.optional(textSchema),
    source: sourceRefSchema,
    /** Other pages that state or confirm the project. */
    see: z.optional(z.array(sourceRefSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((p) => p.endYear === null || p.startYear === null || p.endYear >= p.startYear, {
      path: ['endYear'],
      message: 'an end year not before startYear',
    }),
  )
export type Project = z.infer<typeof projectSchema>
export const projectsFileSchema = z.strictObject({ projects: z.array(projectSchema).check(z.minLength(1)) })
export type ProjectsFile = z.infer<typeof projectsFileSchema>

// ---------------------------------------------------------------------------------------------
// schemes.json

/**
 * The programme series the register is built from (About's coverage table counts records per series).
 * 'tie' is not a scheme's series: ties are the links whose relation is not 'project'.
 */
export const SERIES_IDS = [
  'jica-grassroots',
  'moe-city-to-city',
  'clair-model',
  'jica-technical',
  'tie',
] as const
export const seriesIdSchema = z.enum(SERIES_IDS)
export type SeriesId = z.infer<typeof seriesIdSchema>

export const schemeSchema = z.strictObject({
  id: idSchema,
  /** The series whose coverage this scheme's projects count towards; none for the report's other schemes. */
  series: z.optional(seriesIdSchema),
  name: textSchema,
  operator: textSchema,
  /** Upper limit per project, yen. */
  ceiling: z.nullable(
    z.strictObject({
      amount: z.number().check(z.positive()),
      currency: z.literal('JPY'),
      note: z.optional(textSchema),
    }),
  ),
  maxYears: z.nullable(z.number().check(z.positive())),
  description: textSchema,
  figures: z.optional(z.array(z.strictObject({ label: textSchema, value: z.number(), unit: textSchema }))),
  source: sourceRefSchema,
})
export type Scheme = z.infer<typeof schemeSchema>
/** A count a programme itself publishes ("13 countries, 56 cities as of January 2025"), with its page. */
export const publishedTotalSchema = z.strictObject({
  what: textSchema,
  value: z.number().check(z.nonnegative()),
  /** The date the count speaks of, as the page gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: partialDateSchema,
  source: sourceRefSchema,
})
export type PublishedTotal = z.infer<typeof publishedTotalSchema>

/**
 * One series of the register (About's coverage table): what it is, what the programme publishes
 * about its own size, and what the register's search did not find. The records held are counted
 * from links.json and projects.json, never stored.
 */
export const seriesSchema = z.strictObject({
  id: seriesIdSchema,
  name: textSchema,
  published: z.array(publishedTotalSchema),
  note: textSchema,
})
export type Series = z.infer<typeof seriesSchema>

export const schemesFileSchema = z.strictObject({
  schemes: z.array(schemeSchema).check(z.minLength(1)),
  series: z.optional(z.array(seriesSchema)),
})
export type SchemesFile = z.infer<typeof schemesFileSchema>

// ---------------------------------------------------------------------------------------------
// events.json

export const timelineEventSchema = z
  .strictObject({
    id: idSchema,
    year: yearSchema,
    date: z.optional(partialDateSchema),
    title: textSchema,
    category: eventCategorySchema,
    note: z.optional(textSchema),
    source: sourceRefSchema,
  })
  .check(
    z.refine((e) => e.date === undefined || e.date.startsWith(String(e.year)), {
      path: ['date'],
      message: 'a date in the same year as `year`',
    }),
  )
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export const eventsFileSchema = z.strictObject({ events: z.array(timelineEventSchema).check(z.minLength(1)) })
export type EventsFile = z.infer<typeof eventsFileSchema>

// ---------------------------------------------------------------------------------------------
// Registry

/** Every file in data/ and its schema; the app, the checker and the tests all go through this. */
export const DATA_FILES = {
  'countries.json': countriesFileSchema,
  'indicators.json': indicatorsFileSchema,
  'oda.json': odaFileSchema,
  'places.json': placesFileSchema,
  'links.json': linksFileSchema,
  'projects.json': projectsFileSchema,
  'schemes.json': schemesFileSchema,
  'events.json': eventsFileSchema,
  'sources.json': sourcesFileSchema,
} as const
export type DataFileName = keyof typeof DATA_FILES
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[]

export interface DataFiles {
  'countries.json': CountriesFile
  'indicators.json': IndicatorsFile
  'oda.json': OdaFile
  'places.json': PlacesFile
  'links.json': LinksFile
  'projects.json': ProjectsFile
  'schemes.json': SchemesFile
  'events.json': EventsFile
  'sources.json': SourcesFile
}
