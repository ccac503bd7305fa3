// Helpers shared by the curation scripts. They read the read-only reference collection next to
// the repository (../shared/reference, see its PROVENANCE.md) and write commit-ready JSON to
// data/. The app and CI read only data/; these scripts are re-run by hand when the reference changes.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const REFERENCE_DIR = resolve(REPO_ROOT, '../shared/reference')
export const DATA_DIR = resolve(REPO_ROOT, 'data')

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into header-keyed rows. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '')
  if (!header) return []
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
}

/**
 * Reads a reference CSV and checks that it has the columns a script relies on, so a changed
 * reference file fails loudly instead of yielding undefined values.
 */
export function readReferenceCsv<K extends string>(name: string, columns: readonly K[]): Record<K, string>[] {
  const rows = parseCsv(readFileSync(resolve(REFERENCE_DIR, name), 'utf8'))
  const first = rows[0]
  if (!first) throw new Error(`${name} is empty`)
  for (const column of columns) if (!(column in first)) throw new Error(`${name} has no column '${column}'`)
  return rows as Record<K, string>[]
}

const INLINE_WIDTH = 100

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object'
}

/**
 * Pretty JSON with 2-space indent that keeps short flat containers on one line
 * ({ "ja": …, "en": … }, [1990, 512.3]) so long series stay readable in review.
 */
export function formatJson(value: unknown, indent = ''): string {
  if (isPrimitive(value)) return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every(isPrimitive)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
      if (flat.length + indent.length <= INLINE_WIDTH) return flat
    }
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return '{}'
  if (entries.every(([, v]) => isPrimitive(v))) {
    const flat = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`
    if (flat.length + indent.length <= INLINE_WIDTH) return flat
  }
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`
}

export function writeDataJson(name: string, value: unknown): void {
  writeFileSync(resolve(DATA_DIR, name), `${formatJson(value)}\n`)
}

export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(DATA_DIR, name), 'utf8')) as T
}

/** Rounds to a fixed number of decimals without float noise (0.1 + 0.2 → 0.3). */
export function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals))
}
