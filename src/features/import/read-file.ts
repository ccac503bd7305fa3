// Reads a user's CSV or JSON file in the page (nothing is uploaded), chunk by chunk, handing the
// rows to a RowValidator and yielding to the browser between chunks so the page stays responsive.
import type { ImportSummary } from './import-types'
import type { RowValidator } from './validate-rows'

export interface ReadProgress {
  rows: number
  /** 0–1, by bytes read. */
  fraction: number
}

/** Bytes per CSV chunk: several hundred rows, a few tens of milliseconds of validation each. */
const CHUNK_BYTES = 48 * 1024
const JSON_ROWS_PER_CHUNK = 1_000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** UTF-8 unless the first bytes are not valid UTF-8: then Shift_JIS, as Excel saves in Japan. */
export async function detectEncoding(file: Blob): Promise<'utf-8' | 'shift_jis'> {
  const head = await file.slice(0, 64 * 1024).arrayBuffer()
  try {
    // stream: a character cut at the slice boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return 'utf-8'
  } catch {
    return 'shift_jis'
  }
}

export function isJsonFile(file: File): boolean {
  return /\.json$/i.test(file.name) || file.type === 'application/json'
}

/** Parses a CSV file with papaparse (loaded on first use) and validates it as it goes. */
export async function readCsv(
  file: File,
  makeValidator: (header: string[]) => RowValidator,
  onProgress: (p: ReadProgress) => void,
): Promise<ImportSummary> {
  const { default: Papa } = await import('papaparse')
  const encoding = await detectEncoding(file)
  return new Promise<ImportSummary>((resolve, reject) => {
    let validator: RowValidator | null = null
    let row = 1
    Papa.parse<string[]>(file, {
      encoding,
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_BYTES,
      chunk: (results, parser) => {
        parser.pause()
        let rows = results.data
        if (!validator) {
          validator = makeValidator((rows[0] ?? []).map(String))
          rows = rows.slice(1)
        }
        for (const cells of rows) validator.add(cells, ++row)
        onProgress({ rows: row - 1, fraction: Math.min(1, results.meta.cursor / Math.max(1, file.size)) })
        void nextTask().then(() => parser.resume())
      },
      complete: () => {
        const v = validator ?? makeValidator([])
        resolve(finish(v))
      },
      error: (error) => reject(error),
    })
  })
}

/** A JSON array of objects (or { "rows": [...] } / { "links": [...] }) with the CSV's keys. */
export async function readJson(
  file: File,
  makeValidator: (header: string[]) => RowValidator,
  onProgress: (p: ReadProgress) => void,
): Promise<ImportSummary> {
  const json: unknown = JSON.parse(await file.text())
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null
      ? ((json as { rows?: unknown }).rows ?? (json as { links?: unknown }).links)
      : undefined
  if (!Array.isArray(list)) throw new Error('not-array')
  const header: string[] = []
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue
    for (const key of Object.keys(item)) if (!header.includes(key)) header.push(key)
  }
  const validator = makeValidator(header)
  for (let start = 0; start < list.length; start += JSON_ROWS_PER_CHUNK) {
    list.slice(start, start + JSON_ROWS_PER_CHUNK).forEach((item, i) => {
      const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
      const cells = header.map((h) => {
        const v = record[h]
        return v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v)
      })
      // JSON rows are numbered from 1, as a person counts items.
      validator.add(cells, start + i + 1)
    })
    onProgress({
      rows: Math.min(list.length, start + JSON_ROWS_PER_CHUNK),
      fraction: (start + 1) / list.length,
    })
    await nextTask()
  }
  return finish(validator)
}

function finish(v: RowValidator): ImportSummary {
  const summary = v.result()
  if (v.usable && v.rowCount === 0) summary.problems.push({ row: 1, column: null, code: 'empty', value: '' })
  return summary
}
