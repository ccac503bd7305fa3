// File rows → records the app can show, or problems by row and column. Pure: no React, no DOM.
import { type ImportedRecords, USER_IMPORT_REF } from '@/data/imported-store'
import {
  type Country,
  FIELD_IDS,
  type FieldId,
  type Link,
  type Place,
  type Project,
  RELATIONS,
  type Relation,
  type SourceRef,
} from '@/data/schema'
import { COLUMNS, type ColumnId, type HeaderMap, mapHeader } from './columns'
import type { Candidate, PlaceIndex } from './gazetteer'
import { keysOf, nameKey, suggest } from './match'

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
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

export interface RowProblem {
  /** As in a spreadsheet: the header is row 1, the first data row is row 2 (JSON: item number). */
  row: number
  /** The column as the file names it; null for the file as a whole. */
  column: string | null
  code: ProblemCode
  value: string
  /** A close name that exists (not-found places and countries). */
  suggestion?: string
  /** Names a value could mean (ambiguous places), or the allowed range. */
  detail?: string
}

export interface ImportSummary {
  records: Omit<ImportedRecords, 'fileName'>
  problems: RowProblem[]
  rows: number
  okRows: number
  unknownColumns: string[]
  headerLang: 'ja' | 'en'
}

/** More rows than this are not read: localStorage would not hold them. */
export const MAX_ROWS = 20_000

/** Relation and field words people write, besides the ids and the app's own labels. */
export interface Vocabulary {
  relations: Record<string, Relation>
  fields: Record<string, FieldId>
}

/** Words for relations and fields from the app's message files (both languages) plus common synonyms. */
export function buildVocabulary(labels: {
  relations: Record<string, string>[]
  fields: Record<string, string>[]
}): Vocabulary {
  const relations: Record<string, Relation> = {}
  const fields: Record<string, FieldId> = {}
  for (const r of RELATIONS) relations[nameKey(r)] = r
  for (const f of FIELD_IDS) fields[nameKey(f)] = f
  for (const set of labels.relations)
    for (const [id, label] of Object.entries(set))
      if ((RELATIONS as readonly string[]).includes(id)) relations[nameKey(label)] = id as Relation
  for (const set of labels.fields)
    for (const [id, label] of Object.entries(set))
      if ((FIELD_IDS as readonly string[]).includes(id)) fields[nameKey(label)] = id as FieldId
  const extra: Record<string, Relation> = {
    'sister city': 'sister',
    'sister cities': 'sister',
    'twin city': 'sister',
    姉妹提携: 'sister',
    姉妹都市提携: 'sister',
    姉妹県: 'sister',
    'friendship city': 'friendship',
    友好提携: 'friendship',
    友好都市提携: 'friendship',
    memorandum: 'mou',
    覚書: 'mou',
    'cooperation agreement': 'agreement',
    協力協定: 'agreement',
    連携協定: 'agreement',
    プロジェクト: 'project',
  }
  for (const [word, id] of Object.entries(extra)) relations[nameKey(word)] = id
  const extraFields: Record<string, FieldId> = {
    水道: 'water',
    ごみ: 'waste',
    防災: 'disaster',
    医療: 'health',
  }
  for (const [word, id] of Object.entries(extraFields)) fields[nameKey(word)] = id
  return { relations, fields }
}

export interface ImportContext {
  index: PlaceIndex
  countries: readonly Country[]
  vocabulary: Vocabulary
  fileName: string
}

const JP_BOX = { lat: [20, 46], lon: [122, 154] } as const
const ASEAN_BOX = { lat: [-12, 29], lon: [92, 142] } as const

/** A short id fragment for a name and point (places the user placed by coordinates). */
function hash(s: string): string {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}

function countryKeys(countries: readonly Country[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const c of countries) {
    if (!c.asean) continue
    for (const name of [c.iso3, c.iso2, c.name.en, c.name.ja]) map.set(nameKey(name), c.iso3)
  }
  const aliases: Record<string, string> = {
    vietnam: 'VNM',
    ヴェトナム: 'VNM',
    'lao pdr': 'LAO',
    'brunei darussalam': 'BRN',
    burma: 'MMR',
    ビルマ: 'MMR',
  }
  for (const [name, iso3] of Object.entries(aliases)) map.set(nameKey(name), iso3)
  return map
}

/**
 * Validates rows as they are read (chunk by chunk) and keeps what is valid. Every row ends up
 * either as records or as at least one problem: nothing is dropped without a message.
 */
export class RowValidator {
  readonly header: HeaderMap
  private readonly ctx: ImportContext
  private readonly countries: Map<string, string>
  private readonly places = new Map<string, Place>()
  private readonly links: Link[] = []
  private readonly projects: Project[] = []
  private readonly problems: RowProblem[] = []
  private readonly suggestions = new Map<string, string | undefined>()
  private rows = 0
  private okRows = 0

  constructor(header: readonly string[], ctx: ImportContext) {
    this.ctx = ctx
    this.header = mapHeader(header)
    this.countries = countryKeys(ctx.countries)
    for (const id of this.header.missing) {
      const column = COLUMNS.find((c) => c.id === id)
      this.problems.push({
        row: 1,
        column: this.header.lang === 'ja' ? (column?.ja ?? id) : id,
        code: 'missingColumn',
        value: '',
      })
    }
  }

  /** False when the header lacks a required column: no row can be read. */
  get usable(): boolean {
    return this.header.missing.length === 0
  }

  get rowCount(): number {
    return this.rows
  }

  /** Validates one row; `row` is its number as the user sees it. */
  add(cells: readonly string[], row: number): void {
    if (!this.usable) return
    this.rows++
    if (this.rows > MAX_ROWS) {
      if (this.rows === MAX_ROWS + 1)
        this.problems.push({ row, column: null, code: 'tooMany', value: '', detail: String(MAX_ROWS) })
      return
    }
    const before = this.problems.length
    const problem = (
      column: ColumnId | null,
      code: ProblemCode,
      value: string,
      extra?: Partial<RowProblem>,
    ) => this.problems.push({ row, column: column ? this.columnName(column) : null, code, value, ...extra })
    const get = (id: ColumnId): string => {
      const c = this.header.columns.get(id)
      return c ? (cells[c.index] ?? '').trim() : ''
    }
    for (const c of COLUMNS) if (c.required && !get(c.id)) problem(c.id, 'required', '')

    const countryText = get('partner_country')
    const iso3 = countryText ? this.countries.get(nameKey(countryText)) : undefined
    if (countryText && !iso3) {
      problem('partner_country', 'country', countryText, {
        suggestion: suggest(
          countryText,
          this.ctx.countries.filter((c) => c.asean).map((c) => c.name.en),
        ),
      })
    }
    const relationText = get('relation')
    const relation = relationText ? this.ctx.vocabulary.relations[nameKey(relationText)] : undefined
    if (relationText && !relation)
      problem('relation', 'relation', relationText, { detail: RELATIONS.join(', ') })

    const fields: FieldId[] = []
    for (const word of get('fields')
      .split(/[;,、；，/／|・]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = this.ctx.vocabulary.fields[nameKey(word)]
      if (!id) problem('fields', 'field', word, { detail: FIELD_IDS.join(', ') })
      else if (!fields.includes(id)) fields.push(id)
    }

    const year = this.year(get('year'), 'year', problem)
    const endYear = this.year(get('end_year'), 'end_year', problem)
    const title = get('project_title')
    if (title && get('year') === '') problem('year', 'projectYear', '')
    if (year !== null && endYear !== null && endYear < year) problem('end_year', 'endYear', String(endYear))

    const url = get('source_url')
    if (url && !/^https:\/\/[^\s/]+\.[^\s]+$/i.test(url)) problem('source_url', 'url', url)

    const jpPoint = this.point('jp_lat', 'jp_lon', JP_BOX, get, problem)
    const asPoint = this.point('partner_lat', 'partner_lon', ASEAN_BOX, get, problem)
    const jp = get('jp_place')
      ? this.resolveJp(get('jp_place'), get('jp_prefecture'), jpPoint, problem)
      : null
    const asean =
      get('partner_city') && (iso3 || asPoint)
        ? this.resolveAsean(get('partner_city'), iso3, asPoint, problem)
        : null

    if (this.problems.length > before || !jp || !asean || !relation) return
    this.okRows++
    const source: SourceRef = { ref: USER_IMPORT_REF, locator: this.ctx.fileName || undefined }
    if (url) source.url = url
    const note = get('note')
    // The dataset's own places are already in the network: only new places are kept.
    for (const place of [jp, asean])
      if (!this.ctx.index.datasetIds.has(place.id)) this.places.set(place.id, place)
    const link: Link = {
      id: `user-${row}`,
      jp: jp.id,
      asean: asean.id,
      relation,
      year,
      fields: fields.length ? fields : ['exchange'],
      confidence: 'high',
      source,
    }
    if (note) link.note = { ja: note, en: note }
    this.links.push(link)
    if (title && year !== null) {
      const summary = get('summary') || title
      this.projects.push({
        id: `user-p-${row}`,
        links: [link.id],
        title: { ja: title, en: title },
        field: link.fields[0] as FieldId,
        scheme: null,
        startYear: year,
        endYear,
        jpOrgs: [{ ja: jp.name.ja, en: jp.name.en }],
        partnerOrgs: [],
        summary: { ja: summary, en: summary },
        outcomes: [],
        source,
      })
    }
  }

  result(): ImportSummary {
    return {
      records: { places: [...this.places.values()], links: this.links, projects: this.projects },
      problems: this.problems,
      rows: Math.min(this.rows, MAX_ROWS),
      okRows: this.okRows,
      unknownColumns: this.header.unknown,
      headerLang: this.header.lang,
    }
  }

  private columnName(id: ColumnId): string {
    const c = this.header.columns.get(id)
    if (c) return c.header
    return this.header.lang === 'ja' ? (COLUMNS.find((x) => x.id === id)?.ja ?? id) : id
  }

  private year(
    text: string,
    column: ColumnId,
    problem: (c: ColumnId, code: ProblemCode, v: string, extra?: Partial<RowProblem>) => void,
  ): number | null {
    if (!text) return null
    const n = Number(text.normalize('NFKC').replace(/年$/, ''))
    if (!Number.isInteger(n) || n < 1900 || n > 2100) {
      problem(column, 'year', text, { detail: '1900–2100' })
      return null
    }
    return n
  }

  private point(
    latCol: ColumnId,
    lonCol: ColumnId,
    box: { lat: readonly [number, number]; lon: readonly [number, number] },
    get: (id: ColumnId) => string,
    problem: (c: ColumnId, code: ProblemCode, v: string, extra?: Partial<RowProblem>) => void,
  ): { lat: number; lon: number } | null {
    const latText = get(latCol)
    const lonText = get(lonCol)
    if (!latText && !lonText) return null
    if (!latText || !lonText) {
      problem(latText ? lonCol : latCol, 'coordinatePair', '')
      return null
    }
    const lat = Number(latText.normalize('NFKC'))
    const lon = Number(lonText.normalize('NFKC'))
    let ok = true
    if (!Number.isFinite(lat) || lat < box.lat[0] || lat > box.lat[1]) {
      problem(latCol, 'latitude', latText, { detail: `${box.lat[0]}–${box.lat[1]}` })
      ok = false
    }
    if (!Number.isFinite(lon) || lon < box.lon[0] || lon > box.lon[1]) {
      problem(lonCol, 'longitude', lonText, { detail: `${box.lon[0]}–${box.lon[1]}` })
      ok = false
    }
    return ok ? { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 } : null
  }

  private lookup(map: Map<string, Candidate[]>, name: string): Candidate[] {
    for (const key of keysOf(name)) {
      const found = map.get(key)
      if (found?.length) return found
    }
    return []
  }

  private suggestion(side: string, name: string, names: readonly string[]): string | undefined {
    const key = `${side}\u0000${nameKey(name)}`
    if (!this.suggestions.has(key)) this.suggestions.set(key, suggest(name, names))
    return this.suggestions.get(key)
  }

  /** A place placed by the user's own coordinates: the matched names, or the name as written. */
  private placed(
    base: Place | null,
    name: string,
    country: string,
    point: { lat: number; lon: number },
  ): Place {
    const place: Place = base
      ? { ...base, lat: point.lat, lon: point.lon }
      : {
          id: '',
          name: { ja: name, en: name },
          country,
          level: 'city',
          lat: point.lat,
          lon: point.lon,
          source: { ref: '' },
        }
    delete place.geonameid
    place.id = `user-pt-${hash(`${country}|${place.name.en}|${point.lat}|${point.lon}`)}`
    place.coordNote = 'coordinates from the imported file'
    place.source = { ref: USER_IMPORT_REF, locator: this.ctx.fileName || undefined }
    return place
  }

  private nearest(candidates: Candidate[], point: { lat: number; lon: number }): Candidate {
    const d = (c: Candidate) => (c.place.lat - point.lat) ** 2 + (c.place.lon - point.lon) ** 2
    return candidates.reduce((a, b) => (d(b) < d(a) ? b : a))
  }

  private resolveJp(
    name: string,
    prefectureText: string,
    point: { lat: number; lon: number } | null,
    problem: (c: ColumnId, code: ProblemCode, v: string, extra?: Partial<RowProblem>) => void,
  ): Place | null {
    let candidates = this.lookup(this.ctx.index.jp, name)
    let prefecture: { ja: string; en: string } | undefined
    if (prefectureText) {
      const keys = new Set(keysOf(prefectureText))
      prefecture = this.ctx.index.prefectures.find((p) =>
        [...keysOf(p.ja), ...keysOf(p.en)].some((k) => keys.has(k)),
      )
      if (!prefecture) {
        problem('jp_prefecture', 'notFound', prefectureText, {
          suggestion: suggest(
            prefectureText,
            this.ctx.index.prefectures.map((p) => p.en),
          ),
        })
        return null
      }
      candidates = candidates.filter((c) => c.place.prefecture?.ja === prefecture?.ja)
    }
    // The dataset's own place wins over a gazetteer namesake (rank 10 vs 0).
    const top = candidates.filter((c) => c.rank === Math.max(...candidates.map((x) => x.rank)))
    if (point) {
      const base = top.length ? this.nearest(top, point).place : null
      const place = this.placed(base, name, 'JPN', point)
      // A Japanese place needs its prefecture: the one the row names, else said to be unknown.
      place.prefecture ??= prefecture ?? { ja: '都道府県不明', en: 'prefecture unknown' }
      return place
    }
    if (top.length === 1) return (top[0] as Candidate).place
    if (top.length > 1) {
      problem('jp_place', 'ambiguous', name, {
        detail: top
          .slice(0, 6)
          .map((c) => c.label)
          .join('; '),
      })
      return null
    }
    problem('jp_place', 'notFound', name, { suggestion: this.suggestion('jp', name, this.ctx.index.jpNames) })
    return null
  }

  private resolveAsean(
    name: string,
    iso3: string | undefined,
    point: { lat: number; lon: number } | null,
    problem: (c: ColumnId, code: ProblemCode, v: string, extra?: Partial<RowProblem>) => void,
  ): Place | null {
    const candidates = this.lookup(this.ctx.index.asean, name).filter(
      (c) => !iso3 || c.place.country === iso3,
    )
    if (point) {
      const base = candidates.length ? this.nearest(candidates, point).place : null
      return this.placed(base, name, iso3 ?? '', point)
    }
    if (!iso3) return null
    // Several GeoNames places share many names (San Jose, Poblacion): the dataset's place, then
    // the capital or administrative seat, then the most populous is meant. Coordinates choose another.
    if (candidates.length) return candidates.reduce((a, b) => (b.rank > a.rank ? b : a)).place
    problem('partner_city', 'notFound', name, {
      suggestion: this.suggestion(`as:${iso3}`, name, this.ctx.index.aseanNames.get(iso3) ?? []),
    })
    return null
  }
}

/** Validates a whole table at once (header first): for tests and small files. */
export function validateTable(
  table: readonly (readonly string[])[],
  ctx: ImportContext,
  firstRow = 2,
): ImportSummary {
  const [header = [], ...rows] = table
  const v = new RowValidator(header, ctx)
  rows.forEach((cells, i) => {
    v.add(cells, firstRow + i)
  })
  const summary = v.result()
  if (v.usable && rows.length === 0) summary.problems.push({ row: 1, column: null, code: 'empty', value: '' })
  return summary
}
