import type * as z from 'zod/mini'
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName, type DataFiles } from './schema'

// Pure validation of the data files: per-file schemas and cross-file rules. Browser-safe (the app
// runs validateFile on every fetched file); node-only reading of a directory lives in
// scripts/data-check/check-directory.ts.

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

const FILE = '(file)'

/** A short, quoted rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (Array.isArray(value)) return `an array of ${value.length}`
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How a record is named in messages: its id, or for series its country and indicator/flow. */
function recordKey(value: unknown): string | undefined {
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

// ---------------------------------------------------------------------------------------------
// Cross-file rules

/** Reports ids that occur more than once in one list. */
function duplicates(
  file: string,
  list: readonly unknown[],
  listPath: string,
  keyOf: (item: unknown) => string | undefined,
  keyField: string,
): DataProblem[] {
  const seen = new Map<string, number>()
  const problems: DataProblem[] = []
  list.forEach((item, index) => {
    const key = keyOf(item)
    if (key === undefined) return
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, index)
      return
    }
    problems.push({
      file,
      record: listPath === '' ? key : `${listPath}[${key}]`,
      field: keyField,
      found: `${describeValue(key)} again at ${listPath || file.replace('.json', '')}[${index}]`,
      expected: `a unique ${keyField} (first used at [${first}])`,
    })
  })
  return problems
}

const idOf = (item: unknown) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined)

/** Every `source` (and `xxxSource`) object anywhere in a file, with its JSON path. */
function collectSourceRefs(root: unknown): { path: PropertyKey[]; ref: string }[] {
  const found: { path: PropertyKey[]; ref: string }[] = []
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, [...path, i])
      })
      return
    }
    if (!isRecord(node)) return
    for (const [key, child] of Object.entries(node)) {
      if ((key === 'source' || key.endsWith('Source')) && isRecord(child) && typeof child.ref === 'string') {
        found.push({ path: [...path, key, 'ref'], ref: child.ref })
      } else {
        walk(child, [...path, key])
      }
    }
  }
  walk(root, [])
  return found
}

/**
 * Cross-file rules over a whole dataset: unique ids, every reference resolves, sides of a link are
 * in the right countries, every place is used. Files that are missing or fail their own schema
 * are reported once here as missing/invalid and otherwise skipped, so one broken file does not
 * produce a cascade of dangling-reference messages; run validateFile for their own problems.
 */
export function validateDataset(files: Record<string, unknown>): DataProblem[] {
  const problems: DataProblem[] = []
  const parsed: Partial<DataFiles> = {}
  for (const name of DATA_FILE_NAMES) {
    if (!(name in files)) {
      problems.push({
        file: name,
        record: FILE,
        field: '(file)',
        found: 'nothing',
        expected: 'the file to exist',
      })
      continue
    }
    const result = validateFile(name, files[name])
    if (result.ok) (parsed as Record<string, unknown>)[name] = result.data
  }

  const { 'countries.json': countries, 'places.json': places, 'links.json': links } = parsed
  const { 'projects.json': projects, 'schemes.json': schemes, 'sources.json': sources } = parsed
  const { 'indicators.json': indicators, 'oda.json': oda, 'events.json': events } = parsed

  // Unique keys within each list.
  if (countries)
    problems.push(
      ...duplicates('countries.json', countries.countries, '', (c) => (c as { iso3: string }).iso3, 'iso3'),
    )
  if (sources) problems.push(...duplicates('sources.json', sources.sources, '', idOf, 'id'))
  if (places) problems.push(...duplicates('places.json', places.places, '', idOf, 'id'))
  if (links) problems.push(...duplicates('links.json', links.links, '', idOf, 'id'))
  if (schemes) problems.push(...duplicates('schemes.json', schemes.schemes, '', idOf, 'id'))
  if (events) problems.push(...duplicates('events.json', events.events, '', idOf, 'id'))
  if (projects) {
    problems.push(...duplicates('projects.json', projects.projects, '', idOf, 'id'))
    for (const p of projects.projects) {
      for (const d of duplicates('projects.json', p.outcomes, 'outcomes', idOf, 'id')) {
        problems.push({ ...d, record: p.id, field: `${d.record}.id` })
      }
    }
  }
  if (indicators) {
    problems.push(...duplicates('indicators.json', indicators.indicators, 'indicators', idOf, 'id'))
    problems.push(
      ...duplicates(
        'indicators.json',
        indicators.series,
        'series',
        (s) => recordKey(s),
        'iso3 and indicator',
      ),
    )
  }
  if (oda) {
    problems.push(...duplicates('oda.json', oda.report2015.rows, 'report2015.rows', idOf, 'id'))
    problems.push(...duplicates('oda.json', oda.byRegion2015.rows, 'byRegion2015.rows', idOf, 'id'))
    problems.push(...duplicates('oda.json', oda.oecd.flows, 'oecd.flows', idOf, 'id'))
    problems.push(
      ...duplicates('oda.json', oda.oecd.series, 'oecd.series', (s) => recordKey(s), 'iso3 and flow'),
    )
  }

  // References between files.
  const countryByIso3 = countries ? new Map(countries.countries.map((c) => [c.iso3, c])) : undefined
  const placeById = places ? new Map(places.places.map((p) => [p.id, p])) : undefined
  const linkIds = links ? new Set(links.links.map((l) => l.id)) : undefined
  const schemeIds = schemes ? new Set(schemes.schemes.map((s) => s.id)) : undefined
  const sourceIds = sources ? new Set(sources.sources.map((s) => s.id)) : undefined

  const country = (file: string, record: string, field: string, iso3: string) => {
    if (countryByIso3 && !countryByIso3.has(iso3))
      problems.push({
        file,
        record,
        field,
        found: describeValue(iso3),
        expected: 'an iso3 in countries.json',
      })
  }

  if (places) for (const p of places.places) country('places.json', p.id, 'country', p.country)
  if (indicators)
    for (const s of indicators.series)
      country('indicators.json', `series[${s.iso3}/${s.indicator}]`, 'iso3', s.iso3)
  if (oda) {
    for (const r of oda.report2015.rows)
      if (r.id !== 'ASEAN') country('oda.json', `report2015.rows[${r.id}]`, 'id', r.id)
    for (const s of oda.oecd.series) country('oda.json', `oecd.series[${s.iso3}/${s.flow}]`, 'iso3', s.iso3)
  }

  if (links && places && placeById) {
    for (const l of links.links) {
      const jp = placeById.get(l.jp)
      const asean = placeById.get(l.asean)
      if (!jp)
        problems.push({
          file: 'links.json',
          record: l.id,
          field: 'jp',
          found: describeValue(l.jp),
          expected: 'an id in places.json',
        })
      else if (jp.country !== 'JPN')
        problems.push({
          file: 'links.json',
          record: l.id,
          field: 'jp',
          found: `${describeValue(l.jp)} (a place in ${jp.country})`,
          expected: 'a place in JPN',
        })
      if (!asean)
        problems.push({
          file: 'links.json',
          record: l.id,
          field: 'asean',
          found: describeValue(l.asean),
          expected: 'an id in places.json',
        })
      else if (countryByIso3 && countryByIso3.get(asean.country)?.asean !== true)
        problems.push({
          file: 'links.json',
          record: l.id,
          field: 'asean',
          found: `${describeValue(l.asean)} (a place in ${asean.country})`,
          expected: 'a place in an ASEAN member country',
        })
    }
    const used = new Set(links.links.flatMap((l) => [l.jp, l.asean]))
    for (const p of places.places)
      if (!used.has(p.id))
        problems.push({
          file: 'places.json',
          record: p.id,
          field: 'id',
          found: 'a place no link uses',
          expected: 'every place to be used by at least one link',
        })
  }

  if (projects) {
    for (const p of projects.projects) {
      p.links.forEach((linkId, i) => {
        if (linkIds && !linkIds.has(linkId))
          problems.push({
            file: 'projects.json',
            record: p.id,
            field: `links[${i}]`,
            found: describeValue(linkId),
            expected: 'an id in links.json',
          })
      })
      if (p.scheme !== null && schemeIds && !schemeIds.has(p.scheme))
        problems.push({
          file: 'projects.json',
          record: p.id,
          field: 'scheme',
          found: describeValue(p.scheme),
          expected: 'an id in schemes.json or null',
        })
      p.outcomes.forEach((o, i) => {
        if (o.place !== undefined && placeById && !placeById.has(o.place))
          problems.push({
            file: 'projects.json',
            record: p.id,
            field: `outcomes[${i}].place`,
            found: describeValue(o.place),
            expected: 'an id in places.json',
          })
      })
    }
  }

  // Every Source.ref in every file resolves to sources.json.
  if (sourceIds) {
    for (const name of DATA_FILE_NAMES) {
      const data = parsed[name]
      if (!data) continue
      for (const { path, ref } of collectSourceRefs(data)) {
        if (sourceIds.has(ref)) continue
        const { record, field } = locate(data, path)
        problems.push({
          file: name,
          record,
          field,
          found: describeValue(ref),
          expected: 'an id in sources.json',
        })
      }
    }
  }

  return problems
}

/** Per-file schema problems followed by cross-file problems: everything wrong with a dataset. */
export function validateAll(files: Record<string, unknown>): DataProblem[] {
  const problems: DataProblem[] = []
  for (const [name, json] of Object.entries(files)) {
    const result = validateFile(name, json)
    if (!result.ok) problems.push(...result.problems)
  }
  return [...problems, ...validateDataset(files)]
}
