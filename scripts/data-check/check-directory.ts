import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataProblem } from '@/data/validate'
import { validateAll } from '@/data/validate-dataset'

// Node-only: reads a data directory and validates it. Used by scripts/check-data.ts and the tests;
// the browser goes through validate.ts directly.

export interface DirectoryCheck {
  problems: DataProblem[]
  /** Records per file that parsed, for the OK summary (e.g. { 'links.json': 68 }). */
  counts: Record<string, Record<string, number>>
}

/** Line and column (1-based) of a character offset, for messages about broken JSON. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return { line, column }
}

/**
 * Offset of the first syntax error in `text` (text.length when the input simply ends early).
 * V8 reports a position for some errors but not for "Unexpected token", so scan it ourselves.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const fail = (at: number): never => {
    throw at
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) fail(Math.min(i - 1, text.length))
  }
  const string = () => {
    i++ // opening quote
    while (i < text.length) {
      const ch = text[i] as string
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') i += 2
      else if (ch < ' ') fail(i)
      else i++
    }
    fail(text.length)
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!match) fail(i)
    i += (match as RegExpExecArray)[0].length
  }
  const value = (): void => {
    ws()
    if (i >= text.length) fail(text.length)
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (i >= text.length) fail(text.length)
        if (text[i] !== '"') fail(i)
        string()
        ws()
        if (i >= text.length) fail(text.length)
        if (text[i++] !== ':') fail(i - 1)
        value()
        ws()
        if (i >= text.length) fail(text.length)
        const next = text[i++]
        if (next === '}') return
        if (next !== ',') fail(i - 1)
      }
    }
    if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value()
        ws()
        if (i >= text.length) fail(text.length)
        const next = text[i++]
        if (next === ']') return
        if (next !== ',') fail(i - 1)
      }
    }
    if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else number()
  }
  try {
    value()
    ws()
    return i < text.length ? i : -1
  } catch (at) {
    if (typeof at === 'number') return at
    throw at
  }
}

/** Parses JSON and, on failure, says where (line, column) and whether the file was cut short. */
export function parseJson(
  file: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: DataProblem } {
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] as string
    const reported = /position (\d+)/.exec(message)
    const offset = reported ? Number(reported[1]) : jsonErrorOffset(text)
    const position = offset < 0 ? text.length : offset
    const { line, column } = lineColumn(text, position)
    const truncated = position >= text.trimEnd().length
    // Drop V8's position and its quote of the input: we give line and column instead.
    const reason = message
      .replace(/\s+(in JSON )?at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*$/s, '')
      .replace(/ in JSON$/, '')
    return {
      ok: false,
      problem: {
        file,
        record: '(file)',
        field: '(json)',
        found: `${truncated ? 'truncated JSON' : 'invalid JSON'} at line ${line}, column ${column} (character ${position} of ${text.length}): ${reason}`,
        expected: 'a complete, valid JSON document',
      },
    }
  }
}

function countRecords(json: unknown): Record<string, number> {
  const counts: Record<string, number> = {}
  if (typeof json !== 'object' || json === null) return counts
  for (const [key, value] of Object.entries(json)) {
    if (Array.isArray(value)) counts[key] = value.length
    else if (typeof value === 'object' && value !== null) {
      for (const [inner, list] of Object.entries(value)) {
        if (Array.isArray(list)) counts[`${key}.${inner}`] = list.length
      }
    }
  }
  return counts
}

/** Reads every *.json in `dir` (and notices the expected ones that are missing), then validates. */
export function checkDirectory(dir: string): DirectoryCheck {
  const problems: DataProblem[] = []
  const files: Record<string, unknown> = {}
  const counts: Record<string, Record<string, number>> = {}
  const present = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  for (const name of present) {
    const text = readFileSync(join(dir, name), 'utf8')
    const parsed = parseJson(name, text)
    if (!parsed.ok) {
      problems.push(parsed.problem)
      continue
    }
    files[name] = parsed.json
    counts[name] = countRecords(parsed.json)
  }
  const unreadable = new Set(problems.map((p) => p.file))
  // validateAll reports missing files; a file that exists but could not be parsed is already
  // reported above, so drop the duplicate "missing" message for it.
  const all = validateAll(files).filter(
    (p) => !(unreadable.has(p.file) && p.record === '(file)' && p.found === 'nothing'),
  )
  problems.push(...all)
  return { problems, counts }
}

/** `data/links.json › kitakyushu-phnom-penh › asean: found 'kh-pnom-penh', expected an id in places.json` */
export function formatProblemLine(dir: string, p: DataProblem): string {
  const prefix = dir.replace(/[\\/]+$/, '')
  return `${prefix}/${p.file} › ${p.record} › ${p.field}: found ${p.found}, expected ${p.expected}`
}
