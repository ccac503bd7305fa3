import type { FieldId, Relation } from '@/data/schema'
import type { Lang } from '@/i18n/i18n'

export type Mode = 'explore' | 'compare' | 'present'
export const MODES: readonly Mode[] = ['explore', 'compare', 'present']

/** What the map shades ASEAN countries by. */
export type IndicatorId =
  | 'gdp_per_capita_usd'
  | 'population'
  | 'gdp_growth_pct'
  | 'oda_report_2015'
  | 'oda_oecd_gross'
  | 'link_count'
export const INDICATOR_IDS: readonly IndicatorId[] = [
  'gdp_per_capita_usd',
  'population',
  'gdp_growth_pct',
  'oda_report_2015',
  'oda_oecd_gross',
  'link_count',
]

// Fields of cooperation and relation types are defined once, with the data's codes (data/codes.ts).
export { FIELD_IDS, RELATIONS } from '@/data/codes'
export type { FieldId, Relation } from '@/data/schema'

/** Compare mode shows 2–4 countries side by side. */
export const MIN_COMPARE = 2
export const MAX_COMPARE = 4
/** Japan may join a comparison as the reference; every link's other end, it is never a country filter. */
export const JAPAN = 'JPN'

export type Confidence = 'all' | 'high'
/** Whose links: all, the curated dataset's only, or only the user's own imported ones. */
export type Origin = 'all' | 'curated' | 'mine'
export const ORIGINS: readonly Origin[] = ['all', 'curated', 'mine']
export type Scale = 'linear' | 'log'
export type OdaView = 'gross' | 'net'

/** Years the app can show: the first WDI year to the last year any series reaches. */
export const YEAR_MIN = 1950
export const YEAR_MAX = 2030
// The latest year of the World Bank series in data/indicators.json.
export const DEFAULT_YEAR = 2025

export interface Filters {
  /** ISO3 codes; empty means every country. */
  countries: string[]
  fields: FieldId[]
  schemes: string[]
  relations: Relation[]
  /** Japanese prefecture (Japanese name, e.g. '福岡県'), or null for all. */
  prefecture: string | null
  /** Inclusive [from, to] years; while a range is set, links without a year are left out. */
  yearRange: [number, number] | null
  confidence: Confidence
  origin: Origin
}

export type SelectionKind = 'country' | 'place' | 'link' | 'project'
export interface Selection {
  kind: SelectionKind
  id: string
}

export interface View {
  mode: Mode
  lang: Lang
  indicator: IndicatorId
  year: number
  /**
   * Countries chosen for compare mode, up to MAX_COMPARE ISO3 codes (Japan allowed as reference).
   * In compare mode this is also the country filter (see selectFilters): one list, not two kept equal.
   */
  compare: string[]
  scale: Scale
  odaView: OdaView
  /** Japan as a reference line in the GDP per capita chart. */
  showJapan: boolean
  /** Slide index in present mode (0-based). */
  slide: number
  /** Story shown in present mode: a story id, or null for the shipped default story. */
  story: string | null
}

export interface UrlState {
  filters: Filters
  selection: Selection | null
  view: View
}

export const DEFAULT_FILTERS: Filters = {
  countries: [],
  fields: [],
  schemes: [],
  relations: [],
  prefecture: null,
  yearRange: null,
  confidence: 'all',
  origin: 'all',
}

function defaultView(lang: Lang): View {
  return {
    mode: 'explore',
    lang,
    indicator: 'gdp_per_capita_usd',
    year: DEFAULT_YEAR,
    compare: [],
    scale: 'linear',
    odaView: 'gross',
    showJapan: false,
    slide: 0,
    story: null,
  }
}

export function defaultState(lang: Lang): UrlState {
  return { filters: DEFAULT_FILTERS, selection: null, view: defaultView(lang) }
}
