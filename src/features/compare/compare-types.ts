import type { Network } from '@/data/network'
import type { FieldId, IndicatorsFile, Link, OdaFile, SourceRef, Text } from '@/data/schema'
import type { Country, SchemesFile } from '@/data/schema-files'

// The comparison as data (compare-model.ts builds it): one column per chosen country, rows aligned
// across columns; every cell a value with its year and source, or the reason there is none.

export type MissingReason =
  /** Singapore and Brunei are not on the DAC list of ODA recipients. */
  | 'not-recipient'
  /** Japan's own column in the ODA rows: Japan is the donor. */
  | 'donor'
  /** An ODA recipient the report's table has no row for. */
  | 'not-in-report'
  /** The report printed the cell blank. */
  | 'blank-in-report'
  | 'no-series'
  /** The series has no value in the chosen year or any earlier one. */
  | 'no-earlier-year'
  /** The OECD extract has the year but no value (its flow says what that means: `note`). */
  | 'not-published'
  | 'no-link-recorded'
  | 'no-project-recorded'
  /** Japan's column in the cooperation rows: every link has a Japanese side. */
  | 'japan-side'
  /** The data file behind the row could not be loaded. */
  | 'file-unavailable'

export type NumberFormat = 'usd' | 'percent' | 'persons' | 'years' | 'usdMillion' | 'count'

export type NumericRowId =
  | 'gdp_per_capita_usd'
  | 'gdp_growth_pct'
  | 'population'
  | 'median_age'
  | 'oda2015_gross'
  | 'oda2015_grantAid'
  | 'oda2015_technicalCooperation'
  | 'oda2015_loansDisbursed'
  | 'oda2015_net'
  | 'oecd_gross'
  | 'links'
  | 'projects'

export type SectionId = 'economy' | 'oda' | 'cooperation'

export interface Column {
  iso3: string
  name: Text
  /** Japan: shown for reference, left out of the highest/lowest marks and the ratios. */
  reference: boolean
}

export interface ValueCell {
  kind: 'value'
  iso3: string
  value: number
  /** The year of the value; null for counts over every year recorded. */
  year: number | null
  /** The year asked for when it had no value and an earlier year is shown instead; else null. */
  fallbackFrom: number | null
  /** Absent for counts of this dataset's own records (each record carries its own source). */
  source?: SourceRef
  mark: 'max' | 'min' | null
  /** [year, value] points up to `year`, for a sparkline. */
  trend?: [number, number][]
}

export interface MissingCell {
  kind: 'missing'
  iso3: string
  reason: MissingReason
  /** The year the reason is about, when there is one. */
  year: number | null
  fallbackFrom: number | null
  source?: SourceRef
  /** What the data itself says about the gap (e.g. an OECD flow's `missingMeans`). */
  note?: Text
}

export type NumericCell = ValueCell | MissingCell

export interface NumericRow {
  kind: 'number'
  id: NumericRowId
  section: SectionId
  /** The row's name from the data where the data names it; otherwise the view's own label. */
  name?: Text
  unit?: Text
  format: NumberFormat
  /** Rows that hold one year only (the report's 2015 table, the 2020 projection); else null. */
  fixedYear: number | null
  /** Sub-rows of a total (the 2015 composition) are indented. */
  part: boolean
  source?: SourceRef
  note?: Text
  cells: NumericCell[]
  /** How two values of this row are best compared in words. */
  compare: 'ratio' | 'difference' | 'none'
}

export interface PartnerItem {
  linkId: string
  jpPlaceId: string
  jp: Text
  asean: Text
  relation: Link['relation']
  year: number | null
  source: SourceRef
}
export interface SchemeItem {
  /** null: projects whose source names no scheme. */
  id: string | null
  name: Text | null
  projects: number
  source?: SourceRef
}
export interface FieldItem {
  field: FieldId
  links: number
  projects: number
}

export type ListCell<T> = { kind: 'list'; iso3: string; items: T[] } | MissingCell

export type ListRow =
  | { kind: 'list'; id: 'partners'; section: SectionId; cells: ListCell<PartnerItem>[] }
  | { kind: 'list'; id: 'schemes'; section: SectionId; cells: ListCell<SchemeItem>[] }
  | { kind: 'list'; id: 'fields'; section: SectionId; cells: ListCell<FieldItem>[] }

export type Row = NumericRow | ListRow

export interface Side {
  iso3: string
  value: number
  year: number | null
}
export type Statement =
  | { kind: 'ratio'; row: NumericRowId; high: Side; low: Side; factor: number }
  | { kind: 'difference'; row: NumericRowId; high: Side; low: Side; difference: number }

export interface CompareModel {
  year: number
  columns: Column[]
  rows: Row[]
  statements: Statement[]
}

export interface CompareInput {
  /** Chosen ISO3 codes, in the user's order; Japan is moved to the end as the reference. */
  compare: readonly string[]
  year: number
  countries: readonly Country[]
  indicators?: IndicatorsFile | undefined
  oda?: OdaFile | undefined
  schemes?: SchemesFile | undefined
  /** Links under the current filters (any country); counted per ASEAN country here. */
  links?: readonly Link[] | undefined
  network?: Pick<Network, 'countryOfLink' | 'projectsByLink' | 'placeById'> | undefined
}
