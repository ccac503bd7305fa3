// A user's CSV or JSON file → the rows it holds → records or problems. The file is read whole,
// decoded once (decode.ts) and parsed whole: no chunk boundary can cut a character. Pure apart from
// papaparse: runs in the import worker (import-worker.ts) and in unit tests; nothing is uploaded.
import Papa from 'papaparse'
import { decodeBytes } from './decode'
import { type ImportContext, type ImportSummary, MAX_ROWS, type RowProblem } from './import-types'
import { RowValidator } from './validate-rows'

/** The rows of a file: its header, each data row with its number as the person sees it, and parse problems. */
export interface ParsedTable {
  header: string[]
  rows: { cells: string[]; row: number }[]
  problems: RowProblem[]
}

/** Why a file gives no rows at all: a message key of the dialog, with what it names. */
export interface ReadFailure {
  key: 'empty' | 'workbook' | 'encoding' | 'notJson' | 'notArray'
  line?: number
  detail?: string
}

export interface ReadProgress {
  rows: number
  /** 0–1, by rows checked. */
  fraction: number
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary; table: ParsedTable }
  | { ok: false; failure: ReadFailure }

/** Rows checked between two progress reports. */
const PROGRESS_ROWS = 500

export function isJsonName(name: string, type = ''): boolean {
  return /\.json$/i.test(name) || type === 'application/json'
}

/**
 * The separator of a CSV: the one of comma, semicolon (Excel in many European locales) and tab
 * (Excel's "Unicode text") that the header line holds most of, outside quotes; a comma by default.
 */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]
  return best && best[1] > 0 ? best[0] : ','
}

/**
 * A CSV text as rows. Rows are numbered as a spreadsheet shows them (the header is row 1; an empty
 * line is a row, and is skipped). What the parser cannot read (a quote opened and never closed, a
 * malformed quote) becomes a problem of its row, and that row is not imported.
 */
export function parseCsvText(text: string): ParsedTable {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text) })
  const problems: RowProblem[] = []
  const broken = new Set<number>()
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue
    if (broken.has(e.row)) continue
    broken.add(e.row)
    problems.push({ row: e.row + 1, column: null, code: 'parse', value: '', detail: e.code })
  }
  const [header = [], ...rest] = parsed.data
  const rows: ParsedTable['rows'] = []
  rest.forEach((cells, i) => {
    const index = i + 1
    if (broken.has(index) || cells.every((c) => c.trim() === '')) return
    rows.push({ cells, row: index + 1 })
  })
  return { header: header.map(String), rows, problems }
}

/** A JSON array of objects (or { "rows": [...] } / { "links": [...] }) with the CSV's keys; items numbered from 1. */
export function parseJsonText(text: string): ParsedTable | ReadFailure {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { key: 'notJson', detail: e instanceof Error ? e.message : String(e) }
  }
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null
      ? ((json as { rows?: unknown }).rows ?? (json as { links?: unknown }).links)
      : undefined
  if (!Array.isArray(list)) return { key: 'notArray' }
  const header: string[] = []
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue
    for (const key of Object.keys(item)) if (!header.includes(key)) header.push(key)
  }
  const rows = list.map((item, i) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
    const cells = header.map((h) => {
      const v = record[h]
      return v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v)
    })
    return { cells, row: i + 1 }
  })
  return { header, rows, problems: [] }
}

/** The file's bytes as a table, or why it has none. */
export function readTable(bytes: Uint8Array, json: boolean): ParsedTable | ReadFailure {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return { key: decoded.reason, line: decoded.line }
  if (decoded.text.trim() === '') return { key: 'empty' }
  return json ? parseJsonText(decoded.text) : parseCsvText(decoded.text)
}

/** Checks a table's rows; `onProgress` is told every few hundred rows. */
export function validateParsed(
  table: ParsedTable,
  ctx: ImportContext,
  onProgress: (p: ReadProgress) => void = () => {},
): ImportSummary {
  const v = new RowValidator(table.header, ctx)
  const total = table.rows.length
  table.rows.forEach(({ cells, row }, i) => {
    v.add(cells, row)
    if ((i + 1) % PROGRESS_ROWS === 0) onProgress({ rows: i + 1, fraction: (i + 1) / total })
  })
  onProgress({ rows: total, fraction: 1 })
  const summary = v.result()
  // Rows the parser could not read were not checked: they count among the rows not imported.
  summary.problems.unshift(...table.problems)
  summary.rows = Math.min(MAX_ROWS, summary.rows + table.problems.length)
  summary.problems.sort((a, b) => a.row - b.row)
  if (v.usable && total === 0 && table.problems.length === 0)
    summary.problems.push({ row: 1, column: null, code: 'empty', value: '' })
  return summary
}

/** A file's bytes, read whole, checked against the place names and the app's words. */
export function importBytes(
  bytes: Uint8Array,
  json: boolean,
  ctx: ImportContext,
  onProgress?: (p: ReadProgress) => void,
): ImportOutcome {
  const table = readTable(bytes, json)
  if (!('rows' in table)) return { ok: false, failure: table }
  return { ok: true, summary: validateParsed(table, ctx, onProgress), table }
}
