import * as z from 'zod/mini'
import { CONFIDENCES, FIELD_IDS, PLACE_LEVELS, RELATIONS } from './codes'

export { CONFIDENCES, FIELD_IDS, PLACE_LEVELS, RELATIONS } from './codes'

// zod/mini: the same validation as classic zod at a fraction of the bundle (tree-shakable
// functions instead of methods).
// The app's CSP forbids eval: tell zod not to probe for it (the probe alone is reported as a CSP
// violation) and to validate without generated code.
z.config({ jitless: true })

// Runtime schemas for the files in data/ (the others, and the registry of every file, are in
// schema-files.ts). Browser-safe: no node imports here.
// Objects are strict so that a misspelt key in a hand-edited file ('sorce') is reported instead of
// being silently dropped.

// ---------------------------------------------------------------------------------------------
// Shared building blocks

export const fieldIdSchema = z.enum(FIELD_IDS)
export type FieldId = z.infer<typeof fieldIdSchema>

export const relationSchema = z.enum(RELATIONS)
export type Relation = z.infer<typeof relationSchema>

export const confidenceSchema = z.enum(CONFIDENCES)
export type Confidence = z.infer<typeof confidenceSchema>

export const placeLevelSchema = z.enum(PLACE_LEVELS)
export type PlaceLevel = z.infer<typeof placeLevelSchema>

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
export function trimmed() {
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
export function yearsAscending(points: readonly (readonly [number, unknown])[]): boolean {
  return points.every((p, i) => i === 0 || p[0] > (points[i - 1] as readonly [number, unknown])[0])
}

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
