// File rows → records the app can show, or problems by row and column. Pure: no React, no DOM.
import { USER_IMPORT_REF } from '@/data/origin'
import type { FieldId, Link, Place, SourceRef } from '@/data/schema'
import type { Project } from '@/data/schema-files'
import { COLUMNS, type ColumnId, type HeaderMap, mapHeader } from './columns'
import {
  type ImportContext,
  type ImportSummary,
  MAX_ROWS,
  type ProblemCode,
  type ReportProblem,
  type RowProblem,
} from './import-types'
import { editDistance, nameKey } from './match'
import { PlaceResolver } from './resolve-places'
import { countryKeys, parseFields } from './vocabulary'
import { parseYearText } from './year-text'

/** Cells a person chose to fix a row (see FixOption), by column: they replace the file's. */
export type RowEdits = Partial<Record<ColumnId, string>>

/**
 * A cell as the app's own CSV writer may have written it: text that a spreadsheet would run as a
 * formula is written with a leading apostrophe (shared/csv.ts), which reading takes off again, so
 * that an export imports as the same rows.
 */
export function unescapeCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}

const JP_BOX = { lat: [20, 46], lon: [122, 154] } as const
const ASEAN_BOX = { lat: [-12, 29], lon: [92, 142] } as const

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
  private readonly resolver: PlaceResolver
  private rows = 0
  private okRows = 0

  constructor(header: readonly string[], ctx: ImportContext) {
    this.ctx = ctx
    this.header = mapHeader(header)
    this.countries = countryKeys(ctx.countries)
    this.resolver = new PlaceResolver(ctx)
    for (const id of this.header.missing) {
      const column = COLUMNS.find((c) => c.id === id)
      this.problems.push({
        row: 1,
        column: this.header.lang === 'ja' ? (column?.ja ?? id) : id,
        columnId: id,
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

  /** Validates one row; `row` is its number as the user sees it, `edits` what a person fixed in it. */
  add(cells: readonly string[], row: number, edits: RowEdits = {}): void {
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
    ) =>
      this.problems.push({
        row,
        column: column ? this.columnName(column) : null,
        ...(column ? { columnId: column } : {}),
        code,
        value,
        ...extra,
      })
    const get = (id: ColumnId): string => {
      const edited = edits[id]
      if (edited !== undefined) return edited.trim()
      const c = this.header.columns.get(id)
      return c ? unescapeCell(cells[c.index] ?? '').trim() : ''
    }
    for (const c of COLUMNS) if (c.required && !get(c.id)) problem(c.id, 'required', '')

    const countryText = get('partner_country')
    const iso3 = countryText ? this.countries.get(nameKey(countryText)) : undefined
    if (countryText && !iso3)
      problem('partner_country', 'country', countryText, { options: this.countryOptions(countryText) })
    const relationText = get('relation')
    const relation = relationText ? this.ctx.vocabulary.relations[nameKey(relationText)] : undefined
    // The allowed words are listed in the reader's language by the dialog (import-result.tsx).
    if (relationText && !relation) problem('relation', 'relation', relationText)

    const { fields, unknown } = parseFields(get('fields'), this.ctx.vocabulary)
    for (const word of unknown) problem('fields', 'field', word)

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
      ? this.resolver.resolveJp(get('jp_place'), get('jp_prefecture'), jpPoint, problem)
      : null
    const asean =
      get('partner_city') && (iso3 || asPoint)
        ? this.resolver.resolveAsean(get('partner_city'), iso3, asPoint, problem)
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
      // The user's own data is not verified: never "well-sourced" (see data/origin.ts).
      confidence: 'low',
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

  /** Close ASEAN member names, closest first, each setting the country cell to its ISO code. */
  private countryOptions(text: string): RowProblem['options'] {
    const q = nameKey(text)
    const max = Math.min(4, Math.max(1, Math.floor(q.length / 3)))
    return this.ctx.countries
      .filter((c) => c.asean)
      .map((c) => ({
        c,
        d: Math.min(...[c.name.en, c.name.ja, c.iso3].map((n) => editDistance(q, nameKey(n)))),
      }))
      .filter((x) => x.d <= max)
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map(({ c }) => ({ label: c.name, cells: { partner_country: c.iso3 } }))
  }

  /** A year as offices write it (2016, ２０１６年, 平成28年, H28, 令和元年, 2016/4/1), 1900–2100. */
  private year(text: string, column: ColumnId, problem: ReportProblem): number | null {
    if (!text) return null
    const n = parseYearText(text)
    if (n === null || n < 1900 || n > 2100) {
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
    problem: ReportProblem,
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
