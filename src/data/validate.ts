import type * as z from 'zod/mini'
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName, type DataFiles } from './schema-files'

// Pure validation of one data file against its schema, with problems a data editor can act on.
// Browser-safe (the app runs validateFile on every fetched file); the cross-file rules are in
// validate-dataset.ts, node-only reading of a directory in scripts/data-check/check-directory.ts.

/** One thing wrong with the data, phrased so that a data editor can find and fix it. */
export interface DataProblem {
  /** File name inside data/, e.g. 'links.json'. */
  file: string
  /** Id of the record (or an index path such as 'series[3]'); '(file)' for the file as a whole. */
  record: string
  /** Path of the offending field inside the record, e.g. 'asean' or 'outcomes[0].points[1].year'. */
  field: string
  /** What is there, quoted ('kh-pnom-penh'), or 'nothing'. */
  found: string
  /** What should be there. */
  expected: string
}

export type ValidateResult<T> = { ok: true; data: T } | { ok: false; problems: DataProblem[] }

/** The record of problems about a file as a whole. */
export const FILE = '(file)'

/** A short, quoted rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (Array.isArray(value)) return `an array of ${value.length}`
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How a record is named in messages: its id, or for series its country and indicator/flow. */
export function recordKey(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  if (typeof value.id === 'string' && value.id !== '') return value.id
  if (typeof value.iso3 === 'string') {
    const kind = value.indicator ?? value.flow
    if (typeof kind === 'string') return `${value.iso3}/${kind}`
    if (!('id' in value)) return value.iso3
  }
  return undefined
}

function joinPath(parts: readonly PropertyKey[]): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

/**
 * Splits a JSON path into the record it belongs to and the field inside it.
 * The record is the first array element on the path: named by its id when it has one
 * ('kitakyushu-phnom-penh', or 'report2015.rows[VNM]' when the array is nested), else by index.
 */
export function locate(root: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
  let node: unknown = root
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as PropertyKey
    const next = Array.isArray(node) ? node[key as number] : isRecord(node) ? node[key as string] : undefined
    if (typeof key === 'number') {
      const prefix = path.slice(0, i)
      const name = recordKey(next)
      // A top-level record with its own id (or a country's iso3) is named bare; series, which are
      // keyed by country and indicator, and records of nested lists keep their list's name.
      const bare = name !== undefined && prefix.length === 1 && !name.includes('/')
      const record =
        name === undefined ? joinPath(path.slice(0, i + 1)) : bare ? name : `${joinPath(prefix)}[${name}]`
      const field = joinPath(path.slice(i + 1))
      return { record, field: field === '' ? '(record)' : field }
    }
    node = next
  }
  return { record: FILE, field: path.length === 0 ? '(root)' : joinPath(path) }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (Array.isArray(node)) node = node[key as number]
    else if (isRecord(node)) node = node[key as string]
    else return undefined
  }
  return node
}

/** What the schema wanted, in words, from a zod issue. */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'tuple' ? 'a [year, value] pair' : `a ${issue.expected}`
    case 'too_small': {
      const min = String(issue.minimum)
      if (issue.origin === 'array') return `at least ${min} item(s)`
      if (issue.origin === 'string') return 'a non-empty string'
      return issue.inclusive ? `a number ≥ ${min}` : `a number > ${min}`
    }
    case 'too_big': {
      const max = String(issue.maximum)
      if (issue.origin === 'array') return `at most ${max} item(s)`
      return issue.inclusive ? `a number ≤ ${max}` : `a number < ${max}`
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => describeValue(v)).join(', ')}`
    case 'invalid_format':
      return issue.format === 'regex' || issue.format === 'url' ? issue.message : `a ${issue.format}`
    case 'unrecognized_keys':
      return 'only the documented keys'
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`
    default:
      return issue.message
  }
}

/** Turns zod issues into DataProblems that name the file, the record and the field. */
function problemsFromZod(file: string, json: unknown, issues: readonly z.core.$ZodIssue[]): DataProblem[] {
  const problems: DataProblem[] = []
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const { record, field } = locate(json, [...issue.path, key])
        problems.push({
          file,
          record,
          field,
          found: `an unknown key '${key}'`,
          expected: 'only the documented keys',
        })
      }
      continue
    }
    const { record, field } = locate(json, issue.path)
    problems.push({
      file,
      record,
      field,
      found: describeValue(valueAt(json, issue.path)),
      expected: expectedOf(issue),
    })
  }
  return problems
}

function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(DATA_FILES, name)
}

/** Checks one parsed file against its schema. */
export function validateFile<N extends DataFileName>(name: N, json: unknown): ValidateResult<DataFiles[N]>
export function validateFile(name: string, json: unknown): ValidateResult<unknown>
export function validateFile(name: string, json: unknown): ValidateResult<unknown> {
  if (!isDataFileName(name)) {
    return {
      ok: false,
      problems: [
        {
          file: name,
          record: FILE,
          field: '(file)',
          found: describeValue(name),
          expected: `one of ${DATA_FILE_NAMES.join(', ')}`,
        },
      ],
    }
  }
  const result = DATA_FILES[name].safeParse(json)
  if (result.success) return { ok: true, data: result.data }
  return { ok: false, problems: problemsFromZod(name, json, result.error.issues) }
}
