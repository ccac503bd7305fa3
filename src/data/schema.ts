import * as z from 'zod/mini'

// zod/mini: the same validation as classic zod at a fraction of the bundle (tree-shakable
// functions instead of methods).
// The app's CSP forbids eval: tell zod not to probe for it (the probe alone is reported as a CSP
// violation) and to validate without generated code.
z.config({ jitless: true })

// Runtime schemas for every file in data/. Browser-safe: no node imports here.
// Objects are strict so that a misspelt key in a hand-edited file ('sorce') is reported instead of
// being silently dropped.

// ---------------------------------------------------------------------------------------------
// Shared building blocks

export const FIELD_IDS = [
  'water',
  'sewerage',
  'waste',
  'urban',
  'agriculture',
  'health',
  'welfare',
  'education',
  'disaster',
  'tourism',
  'exchange',
  'environment',
  'industry',
] as const
export const fieldIdSchema = z.enum(FIELD_IDS)
export type FieldId = z.infer<typeof fieldIdSchema>

// 'environmental-sister': an environmental sister-city tie (環境姉妹都市) or a Green Sister City agreement,
// as Kitakyushu made with Surabaya and Davao: a formal tie about the environment, not a sister city.
export const RELATIONS = [
  'sister',
  'friendship',
  'environmental-sister',
  'mou',
  'agreement',
  'project',
] as const
export const relationSchema = z.enum(RELATIONS)
export type Relation = z.infer<typeof relationSchema>

export const CONFIDENCES = ['high', 'low'] as const
export const confidenceSchema = z.enum(CONFIDENCES)
export type Confidence = z.infer<typeof confidenceSchema>

// 'country' is for partners the source names only at national level (e.g. a CLAIR model project
// "in Myanmar"); such places are drawn at the national capital and say so in coordNote.
export const PLACE_LEVELS = [
  'prefecture',
  'city',
  'ward',
  'town',
  'village',
  'province',
  'region',
  'regency',
  'district',
  'country',
] as const
export const placeLevelSchema = z.enum(PLACE_LEVELS)
export type PlaceLevel = z.infer<typeof placeLevelSchema>

export const EVENT_CATEGORIES = ['exchange', 'cooperation', 'multicultural', 'economic', 'policy'] as const
export const eventCategorySchema = z.enum(EVENT_CATEGORIES)
export type EventCategory = z.infer<typeof eventCategorySchema>

export const idSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, 'a kebab-case id (a-z, 0-9, -)'))
export const iso3Schema = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'))
export const yearSchema = z.int().check(z.gte(1900), z.lte(2100))
// YYYY, YYYY-MM or YYYY-MM-DD: sources often give only the month of a signing.
export const partialDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  )
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'an https URL' })
export const latSchema = z.number().check(z.gte(-90), z.lte(90))
export const lonSchema = z.number().check(z.gte(-180), z.lte(180))

/** A string with surrounding whitespace removed and something left. */
function trimmed() {
  return z.string().check(z.trim(), z.minLength(1))
}

/** Every label is bilingual; Japanese first because the primary audience is Japanese. */
export const textSchema = z.strictObject({
  ja: trimmed(),
  en: trimmed(),
})
export type Text = z.infer<typeof textSchema>

/**
 * Where a record comes from: an entry of sources.json (the publisher), plus where inside it, and for
 * a web page its address, its title as published and the date its stored copy was read.
 */
export const sourceRefSchema = z.strictObject({
  ref: idSchema,
  locator: z.optional(trimmed()),
  url: z.optional(httpsUrlSchema),
  title: z.optional(trimmed()),
  retrieved: z.optional(partialDateSchema),
})
export type SourceRef = z.infer<typeof sourceRefSchema>

/** Years of a [year, value] series must rise strictly (no repeats, no reordering). */
function yearsAscending(points: readonly (readonly [number, unknown])[]): boolean {
  return points.every((p, i) => i === 0 || p[0] > (points[i - 1] as readonly [number, unknown])[0])
}

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
// indicators.json

export const INDICATOR_IDS = ['gdp_per_capita_usd', 'population', 'gdp_growth_pct', 'median_age'] as const
export const indicatorIdSchema = z.enum(INDICATOR_IDS)
export type IndicatorId = z.infer<typeof indicatorIdSchema>

export const indicatorSchema = z.strictObject({
  id: indicatorIdSchema,
  wdiCode: z.optional(trimmed()),
  name: textSchema,
  unit: textSchema,
  source: sourceRefSchema,
  note: z.optional(textSchema),
})
export type Indicator = z.infer<typeof indicatorSchema>

export const indicatorSeriesSchema = z.strictObject({
  iso3: iso3Schema,
  indicator: indicatorIdSchema,
  // Only years that have a value: a missing year is an absent point, never a 0 or a null.
  points: z
    .array(z.tuple([yearSchema, z.number()]))
    .check(z.minLength(1), z.refine(yearsAscending, 'years in strictly ascending order')),
  source: sourceRefSchema,
})
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>

export const indicatorsFileSchema = z.strictObject({
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
  series: z.array(indicatorSeriesSchema),
})
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>

// ---------------------------------------------------------------------------------------------
// oda.json

/** One row of the report's 表３ (US$ million, current, 2015). null = cell blank in the report. */
export const odaReportRowSchema = z.strictObject({
  id: z.string().check(z.regex(/^([A-Z]{3}|ASEAN)$/, "an ISO3 code or 'ASEAN'")),
  grantAid: z.nullable(z.number()),
  technicalCooperation: z.nullable(z.number()),
  grantsTotal: z.nullable(z.number()),
  loansDisbursed: z.nullable(z.number()),
  /** Amount recovered, stored negative so that loansNet = loansDisbursed + loansRepaid. */
  loansRepaid: z.nullable(z.number().check(z.lte(0))),
  loansNet: z.nullable(z.number()),
  netTotal: z.nullable(z.number()),
  grossTotal: z.nullable(z.number()),
  note: z.optional(textSchema),
  source: sourceRefSchema,
})
export type OdaReportRow = z.infer<typeof odaReportRowSchema>

export const odaRegionRowSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  /** Grouping the report's chart draws around some regions (アジア). */
  group: z.optional(textSchema),
  valueUsdMillion: z.number(),
  /** Share of the total as the report prints it; null where the report prints none. */
  sharePct: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  source: sourceRefSchema,
})
export type OdaRegionRow = z.infer<typeof odaRegionRowSchema>

export const ODA_FLOW_IDS = [
  'gross',
  'net',
  'grants',
  'technical_cooperation',
  'loans_gross',
  'loans_net',
] as const
export const odaFlowIdSchema = z.enum(ODA_FLOW_IDS)
export type OdaFlowId = z.infer<typeof odaFlowIdSchema>

export const odaFlowSchema = z.strictObject({
  id: odaFlowIdSchema,
  name: textSchema,
  dacLabel: trimmed(),
  /** What a null point means for this flow (the extract drops values ≤ 0). */
  missingMeans: textSchema,
})
export type OdaFlow = z.infer<typeof odaFlowSchema>

export const odaSeriesSchema = z.strictObject({
  iso3: iso3Schema,
  flow: odaFlowIdSchema,
  points: z
    .array(z.tuple([yearSchema, z.nullable(z.number())]))
    .check(z.minLength(1), z.refine(yearsAscending, 'years in strictly ascending order')),
  source: sourceRefSchema,
})
export type OdaSeries = z.infer<typeof odaSeriesSchema>

export const odaFileSchema = z.strictObject({
  report2015: z.strictObject({
    unit: textSchema,
    source: sourceRefSchema,
    rows: z.array(odaReportRowSchema).check(z.minLength(1)),
  }),
  byRegion2015: z.strictObject({
    unit: textSchema,
    source: sourceRefSchema,
    rows: z.array(odaRegionRowSchema).check(z.minLength(1)),
  }),
  oecd: z.strictObject({
    unit: textSchema,
    source: sourceRefSchema,
    flows: z.array(odaFlowSchema).check(z.minLength(1)),
    series: z.array(odaSeriesSchema),
  }),
})
export type OdaFile = z.infer<typeof odaFileSchema>

// ---------------------------------------------------------------------------------------------
// places.json

export const placeSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    country: iso3Schema,
    level: placeLevelSchema,
    /** Japanese places: their prefecture (a prefecture names itself). */
    prefecture: z.optional(textSchema),
    /** ASEAN places: province/region where a source states it. */
    admin: z.optional(textSchema),
    lat: latSchema,
    lon: lonSchema,
    /** Set whenever the point is not the place itself (e.g. a province drawn at its capital). */
    coordNote: z.optional(trimmed()),
    /** 全国地方公共団体コード, 6 digits with check digit. */
    lgcode: z.optional(z.string().check(z.regex(/^\d{6}$/, 'a 6-digit local government code'))),
    /** GeoNames id of the place itself (not set when the point is borrowed from another place). */
    geonameid: z.optional(z.int().check(z.positive())),
    /**
     * What the place is today when it was redrawn after a tie was made: Viet Nam's provinces merged on
     * 2025-07-01, Indonesia's Papua split in 2022. A tie keeps the name its partner had; search finds
     * either name.
     */
    today: z.optional(
      z.strictObject({
        kind: z.enum(['merged-into', 'split-into', 'renamed']),
        units: z.array(textSchema).check(z.minLength(1)),
        since: partialDateSchema,
        source: sourceRefSchema,
      }),
    ),
    source: sourceRefSchema,
  })
  .check(
    z.refine((p) => p.country !== 'JPN' || p.prefecture !== undefined, {
      path: ['prefecture'],
      message: 'a prefecture for every Japanese place',
    }),
  )
export type Place = z.infer<typeof placeSchema>
export const placesFileSchema = z.strictObject({ places: z.array(placeSchema).check(z.minLength(1)) })
export type PlacesFile = z.infer<typeof placesFileSchema>

// ---------------------------------------------------------------------------------------------
// links.json

export const linkSchema = z
  .strictObject({
    id: idSchema,
    jp: idSchema,
    asean: idSchema,
    relation: relationSchema,
    /** The relation in the source's own words (姉妹都市協定, 覚書, …). */
    relationNote: z.optional(textSchema),
    year: z.nullable(yearSchema),
    date: z.optional(partialDateSchema),
    fields: z.array(fieldIdSchema).check(
      z.minLength(1),
      z.refine((f) => new Set(f).size === f.length, 'no repeated fields'),
    ),
    confidence: confidenceSchema,
    note: z.optional(textSchema),
    source: sourceRefSchema,
    /** Other pages that state or confirm the tie (e.g. the report beside the municipality's page). */
    see: z.optional(z.array(sourceRefSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((l) => l.date === undefined || (l.year !== null && l.date.startsWith(String(l.year))), {
      path: ['date'],
      message: 'a date in the same year as `year`',
    }),
  )
export type Link = z.infer<typeof linkSchema>
export const linksFileSchema = z.strictObject({ links: z.array(linkSchema).check(z.minLength(1)) })
export type LinksFile = z.infer<typeof linksFileSchema>

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
