import { DATA_FILE_NAMES, type DataFiles } from './schema-files'
import { type DataProblem, describeValue, FILE, isRecord, locate, recordKey, validateFile } from './validate'

// The cross-file rules of the dataset (references resolve, ids are unique, places are in the right
// countries …), and everything wrong with a dataset: each file's schema problems, then these.

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
