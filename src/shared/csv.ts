import Papa from 'papaparse'
import { downloadBlob } from './download'

/** A cell of a CSV file: text, a number (written as a number), or nothing. */
export type CsvCell = string | number | null

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first; OWASP's CSV
 * injection): papaparse writes it with a leading apostrophe, so it is read as text. Numbers are not
 * text: -999.12 stays a number. (Papaparse's own pattern stops at a line break: `=1\n2` would slip
 * by.) Text that already starts with apostrophes before such a character gets one more, so that
 * reading a file back (import's unescapeCell) takes exactly one off: an export imports as it was.
 */
export const FORMULA = /^'*[=+\-@\t\r]/

/**
 * The app's one CSV writer (papaparse's unparse), for every download: RFC 4180 quoting, CRLF line
 * ends, formula-like text neutralised. Only the table: metadata (sources, units, notes) goes in
 * columns of its own or in the Excel workbook beside it, never in `#` lines a spreadsheet shows as
 * data rows.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${Papa.unparse(rows as CsvCell[][], { escapeFormulae: FORMULA, newline: '\r\n' })}\r\n`
}

/** CSV text as a file's bytes, with a byte-order mark so spreadsheet programs read Japanese as UTF-8. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' })
}

/** Saves CSV text as a file (see csvBlob). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(csvBlob(csv), fileName)
}
