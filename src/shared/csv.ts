import Papa from 'papaparse'
import { downloadBlob } from './download'

/** A cell of a CSV file: text, a number (written as a number), or nothing. */
export type CsvCell = string | number | null

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first): papaparse
 * writes it with a leading apostrophe, so it is read as text. Numbers are not text: -999.12 stays a
 * number. (Papaparse's own pattern for `true` stops at a line break, and `=1\n2` would slip by.)
 */
const FORMULA = /^[=+\-@\t\r]/

/**
 * The app's one CSV writer (papaparse's unparse): RFC 4180 quoting, CRLF line ends, formula-like text
 * neutralised. `notes` (units, sources, caveats) come first as `# …` comment lines.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], notes: readonly string[] = []): string {
  const table = Papa.unparse(rows as CsvCell[][], { escapeFormulae: FORMULA, newline: '\r\n' })
  const comments = notes.map((n) => `# ${n.replace(/[\r\n]+/g, ' ')}\r\n`).join('')
  return `${comments}${table}\r\n`
}

/** Saves CSV text as a file, with a byte-order mark so spreadsheet programs read Japanese as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName)
}
