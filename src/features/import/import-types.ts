import type { ImportedRecords } from '@/data/imported-store'
import type { FieldId, Relation } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import type { ColumnId } from './columns'
import type { PlaceIndex } from './gazetteer'

// What reading a file of the user's links gives: records, or problems by row and column.

const PROBLEM_CODES = [
  'missingColumn',
  'empty',
  'tooMany',
  'required',
  'notFound',
  'ambiguous',
  'country',
  'relation',
  'field',
  'year',
  'endYear',
  'projectYear',
  'latitude',
  'longitude',
  'coordinatePair',
  'url',
  'parse',
  'prefecture',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

export interface RowProblem {
  /** As in a spreadsheet: the header is row 1, the first data row is row 2 (JSON: item number). */
  row: number
  /** The column as the file names it; null for the file as a whole. */
  column: string | null
  /** The template's id of that column (the file may name it in Japanese). */
  columnId?: ColumnId
  code: ProblemCode
  value: string
  /**
   * What the value could be instead, closest first (a place not found or ambiguous, a country, a
   * prefecture): each names the cells that choosing it sets, so the row can be fixed in place.
   */
  options?: FixOption[]
  /** The allowed range, or what the parser said (a quote never closed). */
  detail?: string
}

/** One way to fix a row: a label in both languages and the cells (by column) it sets. */
export interface FixOption {
  label: { ja: string; en: string }
  cells: Partial<Record<ColumnId, string>>
}

export interface ImportSummary {
  records: Omit<ImportedRecords, 'fileName'>
  problems: RowProblem[]
  rows: number
  okRows: number
  unknownColumns: string[]
  headerLang: 'ja' | 'en'
}

/** More rows than this are not read (bench/import-longtasks.ts measures a 10,000-row import). */
export const MAX_ROWS = 20_000

/** Relation and field words people write, besides the ids and the app's own labels. */
export interface Vocabulary {
  relations: Record<string, Relation>
  fields: Record<string, FieldId>
}

export interface ImportContext {
  index: PlaceIndex
  countries: readonly Country[]
  vocabulary: Vocabulary
  fileName: string
}

/** Reports a problem of the row being read, in one of its columns (or of the row as a whole). */
export type ReportProblem = (
  column: ColumnId | null,
  code: ProblemCode,
  value: string,
  extra?: Partial<RowProblem>,
) => void
