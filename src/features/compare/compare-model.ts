import type { Network } from '@/data/network'
import type {
  Country,
  FieldId,
  IndicatorsFile,
  Link,
  OdaFile,
  OdaReportRow,
  Project,
  SchemesFile,
  SourceRef,
  Text,
} from '@/data/schema'
import { NOT_ODA_RECIPIENTS } from '@/domain/indicator-values'
import { JAPAN } from '@/state/defaults'

/**
 * The comparison as data: one column per chosen country, rows aligned across columns. Every cell
 * is either a value with its year and source, or the reason there is none (never a blank or a 0).
 * No React, no DOM, no formatting: the view, the CSV and the PNG all read this one model.
 */

/** The one-click example the empty state offers. */
export const EXAMPLE_COUNTRIES: readonly string[] = ['KHM', 'VNM', 'PHL']
/** The first year of the GDP per capita sparkline (the WDI series here start in 1990). */
const TREND_FROM = 1990

export type MissingReason =
  /** Singapore and Brunei are not on the DAC list of ODA recipients. */
  | 'not-recipient'
  /** Japan's own column in the ODA rows: Japan is the donor. */
  | 'donor'
  /** An ODA recipient the report's table has no row for. */
  | 'not-in-report'
  /** The report printed the cell blank. */
  | 'blank-in-report'
  | 'no-series'
  /** The series has no value in the chosen year or any earlier one. */
  | 'no-earlier-year'
  /** The OECD extract has the year but no value (its flow says what that means: `note`). */
  | 'not-published'
  | 'no-link-recorded'
  | 'no-project-recorded'
  /** Japan's column in the cooperation rows: every link has a Japanese side. */
  | 'japan-side'
  /** The data file behind the row could not be loaded. */
  | 'file-unavailable'

export type NumberFormat = 'usd' | 'percent' | 'persons' | 'years' | 'usdMillion' | 'count'

export type NumericRowId =
  | 'gdp_per_capita_usd'
  | 'gdp_growth_pct'
  | 'population'
  | 'median_age'
  | 'oda2015_gross'
  | 'oda2015_grantAid'
  | 'oda2015_technicalCooperation'
  | 'oda2015_loansDisbursed'
  | 'oda2015_net'
  | 'oecd_gross'
  | 'links'
  | 'projects'

export type SectionId = 'economy' | 'oda' | 'cooperation'

export interface Column {
  iso3: string
  name: Text
  /** Japan: shown for reference, left out of the highest/lowest marks and the ratios. */
  reference: boolean
}

export interface ValueCell {
  kind: 'value'
  iso3: string
  value: number
  /** The year of the value; null for counts over every year recorded. */
  year: number | null
  /** The year asked for when it had no value and an earlier year is shown instead; else null. */
  fallbackFrom: number | null
  /** Absent for counts of this dataset's own records (each record carries its own source). */
  source?: SourceRef
  mark: 'max' | 'min' | null
  /** [year, value] points up to `year`, for a sparkline. */
  trend?: [number, number][]
}

export interface MissingCell {
  kind: 'missing'
  iso3: string
  reason: MissingReason
  /** The year the reason is about, when there is one. */
  year: number | null
  fallbackFrom: number | null
  source?: SourceRef
  /** What the data itself says about the gap (e.g. an OECD flow's `missingMeans`). */
  note?: Text
}

export type NumericCell = ValueCell | MissingCell

export interface NumericRow {
  kind: 'number'
  id: NumericRowId
  section: SectionId
  /** The row's name from the data where the data names it; otherwise the view's own label. */
  name?: Text
  unit?: Text
  format: NumberFormat
  /** Rows that hold one year only (the report's 2015 table, the 2020 projection); else null. */
  fixedYear: number | null
  /** Sub-rows of a total (the 2015 composition) are indented. */
  part: boolean
  source?: SourceRef
  note?: Text
  cells: NumericCell[]
  /** How two values of this row are best compared in words. */
  compare: 'ratio' | 'difference' | 'none'
}

export interface PartnerItem {
  linkId: string
  jpPlaceId: string
  jp: Text
  asean: Text
  relation: Link['relation']
  year: number | null
  source: SourceRef
}
export interface SchemeItem {
  /** null: projects whose source names no scheme. */
  id: string | null
  name: Text | null
  projects: number
  source?: SourceRef
}
export interface FieldItem {
  field: FieldId
  links: number
  projects: number
}

export type ListCell<T> = { kind: 'list'; iso3: string; items: T[] } | MissingCell

export type ListRow =
  | { kind: 'list'; id: 'partners'; section: SectionId; cells: ListCell<PartnerItem>[] }
  | { kind: 'list'; id: 'schemes'; section: SectionId; cells: ListCell<SchemeItem>[] }
  | { kind: 'list'; id: 'fields'; section: SectionId; cells: ListCell<FieldItem>[] }

export type Row = NumericRow | ListRow

export interface Side {
  iso3: string
  value: number
  year: number | null
}
export type Statement =
  | { kind: 'ratio'; row: NumericRowId; high: Side; low: Side; factor: number }
  | { kind: 'difference'; row: NumericRowId; high: Side; low: Side; difference: number }

export interface CompareModel {
  year: number
  columns: Column[]
  rows: Row[]
  statements: Statement[]
}

export interface CompareInput {
  /** Chosen ISO3 codes, in the user's order; Japan is moved to the end as the reference. */
  compare: readonly string[]
  year: number
  countries: readonly Country[]
  indicators?: IndicatorsFile | undefined
  oda?: OdaFile | undefined
  schemes?: SchemesFile | undefined
  /** Links under the current filters (any country); counted per ASEAN country here. */
  links?: readonly Link[] | undefined
  network?: Pick<Network, 'countryOfLink' | 'projectsByLink' | 'placeById'> | undefined
}

/** Below this factor two values are close enough that "1.0×" would inform nobody. */
const MIN_RATIO = 1.1

/** The chosen countries the data knows, Japan last. */
export function compareColumns(compare: readonly string[], countries: readonly Country[]): Column[] {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]))
  const known = [...new Set(compare)].filter((iso3) => byIso3.has(iso3))
  const ordered = [...known.filter((c) => c !== JAPAN), ...known.filter((c) => c === JAPAN)]
  return ordered.map((iso3) => ({
    iso3,
    name: (byIso3.get(iso3) as Country).name,
    reference: iso3 === JAPAN || !(byIso3.get(iso3) as Country).asean,
  }))
}

/** The point of a series at `year`, or else the latest earlier one; undefined when there is none. */
export function pointAtOrBefore<V>(
  points: readonly (readonly [number, V])[],
  year: number,
): readonly [number, V] | undefined {
  let found: readonly [number, V] | undefined
  for (const p of points) {
    if (p[0] > year) break
    found = p
  }
  return found
}

const missing = (
  iso3: string,
  reason: MissingReason,
  extra: Partial<Omit<MissingCell, 'kind' | 'iso3' | 'reason'>> = {},
): MissingCell => ({ kind: 'missing', iso3, reason, year: null, fallbackFrom: null, ...extra })

function indicatorRow(
  id: 'gdp_per_capita_usd' | 'gdp_growth_pct' | 'population' | 'median_age',
  format: NumberFormat,
  compare: NumericRow['compare'],
  columns: Column[],
  input: CompareInput,
): NumericRow {
  const file = input.indicators
  const meta = file?.indicators.find((i) => i.id === id)
  // Median age is a single projection year (2020): it is shown as it is, whatever year is chosen.
  const fixedYear = id === 'median_age' ? 2020 : null
  const cells = columns.map((col): NumericCell => {
    if (!file) return missing(col.iso3, 'file-unavailable')
    const series = file.series.find((s) => s.iso3 === col.iso3 && s.indicator === id)
    if (!series) return missing(col.iso3, 'no-series', { source: meta?.source })
    const point = fixedYear === null ? pointAtOrBefore(series.points, input.year) : series.points.at(-1)
    if (!point) return missing(col.iso3, 'no-earlier-year', { year: input.year, source: series.source })
    const cell: ValueCell = {
      kind: 'value',
      iso3: col.iso3,
      value: point[1],
      year: point[0],
      fallbackFrom: fixedYear === null && point[0] !== input.year ? input.year : null,
      source: series.source,
      mark: null,
    }
    if (id === 'gdp_per_capita_usd') {
      cell.trend = series.points
        .filter((p) => p[0] >= TREND_FROM && p[0] <= point[0])
        .map((p) => [p[0], p[1]])
    }
    return cell
  })
  return {
    kind: 'number',
    id,
    section: 'economy',
    name: meta?.name,
    unit: meta?.unit,
    format,
    fixedYear,
    part: false,
    source: meta?.source,
    note: id === 'median_age' ? meta?.note : undefined,
    cells,
    compare,
  }
}

type ReportField = 'grossTotal' | 'grantAid' | 'technicalCooperation' | 'loansDisbursed' | 'netTotal'

function reportRow(
  id: NumericRowId,
  field: ReportField,
  compare: NumericRow['compare'],
  columns: Column[],
  input: CompareInput,
): NumericRow {
  const table = input.oda?.report2015
  const cells = columns.map((col): NumericCell => {
    if (!table) return missing(col.iso3, 'file-unavailable', { year: 2015 })
    if (col.iso3 === JAPAN) return missing(col.iso3, 'donor', { year: 2015, source: table.source })
    if (NOT_ODA_RECIPIENTS.has(col.iso3))
      return missing(col.iso3, 'not-recipient', { year: 2015, source: table.source })
    const row: OdaReportRow | undefined = table.rows.find((r) => r.id === col.iso3)
    if (!row) return missing(col.iso3, 'not-in-report', { year: 2015, source: table.source })
    const value = row[field]
    if (value === null)
      return missing(col.iso3, 'blank-in-report', { year: 2015, source: row.source, note: row.note })
    return {
      kind: 'value',
      iso3: col.iso3,
      value,
      year: 2015,
      fallbackFrom: null,
      source: row.source,
      mark: null,
    }
  })
  return {
    kind: 'number',
    id,
    section: 'oda',
    unit: table?.unit,
    format: 'usdMillion',
    fixedYear: 2015,
    part: field !== 'grossTotal' && field !== 'netTotal',
    source: table?.source,
    cells,
    compare,
  }
}

function oecdRow(columns: Column[], input: CompareInput): NumericRow {
  const oecd = input.oda?.oecd
  const flow = oecd?.flows.find((f) => f.id === 'gross')
  const cells = columns.map((col): NumericCell => {
    if (!oecd) return missing(col.iso3, 'file-unavailable')
    if (col.iso3 === JAPAN) return missing(col.iso3, 'donor', { source: oecd.source })
    if (NOT_ODA_RECIPIENTS.has(col.iso3)) return missing(col.iso3, 'not-recipient', { source: oecd.source })
    const series = oecd.series.find((s) => s.iso3 === col.iso3 && s.flow === 'gross')
    if (!series) return missing(col.iso3, 'no-series', { source: oecd.source })
    const point = pointAtOrBefore(series.points, input.year)
    if (!point) return missing(col.iso3, 'no-earlier-year', { year: input.year, source: series.source })
    const fallbackFrom = point[0] !== input.year ? input.year : null
    // A null point is a year the extract has no value for: its flow says what that means.
    if (point[1] === null)
      return missing(col.iso3, 'not-published', {
        year: point[0],
        fallbackFrom,
        source: series.source,
        note: flow?.missingMeans,
      })
    const trend = series.points
      .filter((p): p is [number, number] => p[1] !== null && p[0] <= point[0])
      .map((p): [number, number] => [p[0], p[1]])
    return {
      kind: 'value',
      iso3: col.iso3,
      value: point[1],
      year: point[0],
      fallbackFrom,
      source: series.source,
      mark: null,
      trend,
    }
  })
  return {
    kind: 'number',
    id: 'oecd_gross',
    section: 'oda',
    unit: oecd?.unit,
    format: 'usdMillion',
    fixedYear: null,
    part: false,
    source: oecd?.source,
    cells,
    compare: 'ratio',
  }
}

/** Links and projects of each ASEAN column, from the links under the current filters. */
function cooperationRows(columns: Column[], input: CompareInput): Row[] {
  const { network, links } = input
  const byCountry = new Map<string, Link[]>()
  if (network && links) {
    for (const link of links) {
      const iso3 = network.countryOfLink.get(link.id)
      if (!iso3) continue
      const list = byCountry.get(iso3)
      if (list) list.push(link)
      else byCountry.set(iso3, [link])
    }
  }
  const schemeById = new Map((input.schemes?.schemes ?? []).map((s) => [s.id, s]))

  const perColumn = columns.map((col) => {
    const countryLinks = byCountry.get(col.iso3) ?? []
    const projects = new Map<string, Project>()
    for (const link of countryLinks) {
      for (const p of network?.projectsByLink.get(link.id) ?? []) projects.set(p.id, p)
    }
    return { col, links: countryLinks, projects: [...projects.values()] }
  })

  const unavailable = (iso3: string) => missing(iso3, 'file-unavailable')
  const japan = (iso3: string) => missing(iso3, 'japan-side')

  const linkCells = perColumn.map(({ col, links: l }): NumericCell => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    return { kind: 'value', iso3: col.iso3, value: l.length, year: null, fallbackFrom: null, mark: null }
  })
  const projectCells = perColumn.map(({ col, projects }): NumericCell => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (projects.length === 0) return missing(col.iso3, 'no-project-recorded')
    return {
      kind: 'value',
      iso3: col.iso3,
      value: projects.length,
      year: null,
      fallbackFrom: null,
      mark: null,
    }
  })

  const fieldCells = perColumn.map(({ col, links: l, projects }): ListCell<FieldItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    const counts = new Map<FieldId, FieldItem>()
    const item = (field: FieldId) => {
      let c = counts.get(field)
      if (!c) {
        c = { field, links: 0, projects: 0 }
        counts.set(field, c)
      }
      return c
    }
    // A link's fields are its own and its projects' (as domain/network's linkFields counts them).
    for (const link of l) {
      const fields = new Set<FieldId>(link.fields)
      for (const p of network.projectsByLink.get(link.id) ?? []) fields.add(p.field)
      for (const f of fields) item(f).links++
    }
    for (const p of projects) item(p.field).projects++
    const items = [...counts.values()].sort(
      (a, b) => b.links + b.projects - (a.links + a.projects) || a.field.localeCompare(b.field),
    )
    return { kind: 'list', iso3: col.iso3, items }
  })

  const partnerCells = perColumn.map(({ col, links: l }): ListCell<PartnerItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (l.length === 0) return missing(col.iso3, 'no-link-recorded')
    const items = l
      .map((link): PartnerItem | null => {
        const jp = network.placeById.get(link.jp)
        const asean = network.placeById.get(link.asean)
        if (!jp || !asean) return null
        return {
          linkId: link.id,
          jpPlaceId: jp.id,
          jp: jp.name,
          asean: asean.name,
          relation: link.relation,
          year: link.year,
          source: link.source,
        }
      })
      .filter((x): x is PartnerItem => x !== null)
      // Oldest ties first; undated ones last, then by the Japanese name as the data spells it.
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.jp.ja.localeCompare(b.jp.ja, 'ja'))
    return { kind: 'list', iso3: col.iso3, items }
  })

  const schemeCells = perColumn.map(({ col, projects }): ListCell<SchemeItem> => {
    if (!network || !links) return unavailable(col.iso3)
    if (col.iso3 === JAPAN) return japan(col.iso3)
    if (projects.length === 0) return missing(col.iso3, 'no-project-recorded')
    const counts = new Map<string | null, number>()
    for (const p of projects) counts.set(p.scheme, (counts.get(p.scheme) ?? 0) + 1)
    const items = [...counts.entries()]
      .map(([id, n]): SchemeItem => {
        const scheme = id === null ? undefined : schemeById.get(id)
        return { id, name: scheme?.name ?? null, projects: n, source: scheme?.source }
      })
      // Named schemes first, most used first; "scheme not stated" last.
      .sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.projects - a.projects)
    return { kind: 'list', iso3: col.iso3, items }
  })

  return [
    {
      kind: 'number',
      id: 'links',
      section: 'cooperation',
      format: 'count',
      fixedYear: null,
      part: false,
      cells: linkCells,
      compare: 'ratio',
    },
    {
      kind: 'number',
      id: 'projects',
      section: 'cooperation',
      format: 'count',
      fixedYear: null,
      part: false,
      cells: projectCells,
      compare: 'ratio',
    },
    { kind: 'list', id: 'fields', section: 'cooperation', cells: fieldCells },
    { kind: 'list', id: 'partners', section: 'cooperation', cells: partnerCells },
    { kind: 'list', id: 'schemes', section: 'cooperation', cells: schemeCells },
  ]
}

/** Marks the highest and lowest value among the non-reference columns (ties share the mark). */
function markExtremes(row: NumericRow, columns: Column[]): NumericRow {
  const reference = new Set(columns.filter((c) => c.reference).map((c) => c.iso3))
  const values = row.cells.filter((c): c is ValueCell => c.kind === 'value' && !reference.has(c.iso3))
  if (values.length < 2) return row
  const hi = Math.max(...values.map((c) => c.value))
  const lo = Math.min(...values.map((c) => c.value))
  if (hi === lo) return row
  const cells = row.cells.map((c): NumericCell => {
    if (c.kind !== 'value' || reference.has(c.iso3)) return c
    const mark = c.value === hi ? 'max' : c.value === lo ? 'min' : null
    return mark === c.mark ? c : { ...c, mark }
  })
  return { ...row, cells }
}

/**
 * The sentence a row is worth: highest over lowest ("N×") for magnitudes, highest minus lowest for
 * rates and ages; null when fewer than two comparable values, or when they are too close to matter.
 */
function statementOf(row: NumericRow, columns: Column[]): Statement | null {
  if (row.compare === 'none') return null
  const reference = new Set(columns.filter((c) => c.reference).map((c) => c.iso3))
  const values = row.cells.filter((c): c is ValueCell => c.kind === 'value' && !reference.has(c.iso3))
  if (values.length < 2) return null
  let high = values[0] as ValueCell
  let low = values[0] as ValueCell
  for (const c of values) {
    if (c.value > high.value) high = c
    if (c.value < low.value) low = c
  }
  if (high.value === low.value) return null
  const side = (c: ValueCell): Side => ({ iso3: c.iso3, value: c.value, year: c.year })
  if (row.compare === 'ratio') {
    // A ratio needs two positive magnitudes (net ODA can be negative).
    if (low.value <= 0) return null
    const factor = high.value / low.value
    if (factor < MIN_RATIO) return null
    return { kind: 'ratio', row: row.id, high: side(high), low: side(low), factor }
  }
  return {
    kind: 'difference',
    row: row.id,
    high: side(high),
    low: side(low),
    difference: high.value - low.value,
  }
}

export function compareModel(input: CompareInput): CompareModel {
  const columns = compareColumns(input.compare, input.countries)
  const numeric: NumericRow[] = [
    indicatorRow('gdp_per_capita_usd', 'usd', 'ratio', columns, input),
    indicatorRow('gdp_growth_pct', 'percent', 'difference', columns, input),
    indicatorRow('population', 'persons', 'ratio', columns, input),
    indicatorRow('median_age', 'years', 'difference', columns, input),
    reportRow('oda2015_gross', 'grossTotal', 'ratio', columns, input),
    reportRow('oda2015_grantAid', 'grantAid', 'none', columns, input),
    reportRow('oda2015_technicalCooperation', 'technicalCooperation', 'none', columns, input),
    reportRow('oda2015_loansDisbursed', 'loansDisbursed', 'none', columns, input),
    reportRow('oda2015_net', 'netTotal', 'none', columns, input),
    oecdRow(columns, input),
  ].map((row) => markExtremes(row, columns))
  const cooperation = cooperationRows(columns, input).map((row) =>
    row.kind === 'number' ? markExtremes(row, columns) : row,
  )
  const rows: Row[] = [...numeric, ...cooperation]
  const statements = rows
    .filter((r): r is NumericRow => r.kind === 'number')
    .map((r) => statementOf(r, columns))
    .filter((s): s is Statement => s !== null)
  return { year: input.year, columns, rows, statements }
}
