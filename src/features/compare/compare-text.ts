import type { SourceRecord } from '@/data/schema-files'
import { formatNumber, formatPercent, formatUsd } from '@/i18n/format'
import { type Lang, localText } from '@/i18n/i18n'
import { citationText } from '@/shared/citation'
import type {
  CompareModel,
  FieldItem,
  MissingCell,
  NumberFormat,
  NumericCell,
  NumericRow,
  PartnerItem,
  Row,
  SchemeItem,
  Statement,
} from './compare-types'

/**
 * Words for the comparison, shared by the table, the CSV and the PNG. Pure: the translation
 * function and the language come in as arguments, so these are tested without React.
 */
export interface Labels {
  t: (key: string, options?: Record<string, unknown>) => string
  lang: Lang
}

/** Labels from i18next's t (its overloaded type is narrowed to the one call shape used here). */
export function makeLabels(t: (...args: never[]) => unknown, lang: Lang): Labels {
  const call = t as unknown as (key: string, options?: Record<string, unknown>) => unknown
  return { t: (key, options) => String(call(key, options)), lang }
}

export const local = localText

export function formatValue(format: NumberFormat, value: number, lang: Lang): string {
  switch (format) {
    case 'usd':
      return formatUsd(value, lang)
    case 'percent':
      return formatPercent(value, lang)
    case 'persons':
      return formatPersons(value, lang)
    case 'years':
      return formatNumber(value, lang, 1)
    case 'usdMillion':
      return formatNumber(value, lang, 2)
    case 'count':
      return formatNumber(value, lang)
  }
}

/**
 * Head counts to four significant figures in each language's own grouping: "101.6 million",
 * "1億160万", "17.8 million", "1,785万" (Intl's compact form would print VNM's 101.6 million as "1億").
 */
function formatPersons(value: number, lang: Lang): string {
  if (lang === 'ja') {
    const man = Math.round(value / 1e4)
    if (man < 1) return formatNumber(value, lang)
    const oku = Math.floor(man / 1e4)
    const rest = man % 1e4
    return oku > 0
      ? `${formatNumber(oku, lang)}億${rest > 0 ? `${formatNumber(rest, lang)}万` : ''}`
      : `${formatNumber(man, lang)}万`
  }
  if (value < 1e6) return formatNumber(value, lang)
  return `${formatNumber(value / 1e6, lang, 1)} million`
}

/** The full figure, where the table shows a rounded one (population). */
export function formatFull(format: NumberFormat, value: number, lang: Lang): string {
  return format === 'persons' ? formatNumber(value, lang) : formatValue(format, value, lang)
}

/** "34×" / "34倍", "2.4×": whole numbers from 10 up, one decimal below. */
function formatFactor(factor: number, lang: Lang): string {
  const n = formatNumber(factor, lang, factor >= 10 ? 0 : 1)
  return lang === 'ja' ? `${n}倍` : `${n}×`
}

export function rowName(row: Row, { t, lang }: Labels): string {
  return row.kind === 'number' && row.name ? local(row.name, lang) : t(`compare.rows.${row.id}`)
}

export function rowUnit(row: Row, { t, lang }: Labels): string {
  if (row.kind === 'number' && row.unit) return local(row.unit, lang)
  return t(`compare.units.${row.id}`)
}

const REASON_KEYS: Record<MissingCell['reason'], string> = {
  'not-recipient': 'reasons.not-recipient',
  'not-in-report': 'reasons.not-in-report',
  'no-series': 'reasons.no-series',
  'no-link-recorded': 'reasons.no-links-recorded',
  'not-published': 'reasons.not-published',
  donor: 'compare.reasons.donor',
  'blank-in-report': 'compare.reasons.blankInReport',
  'no-earlier-year': 'compare.reasons.noEarlierYear',
  'no-project-recorded': 'compare.reasons.noProjectRecorded',
  'japan-side': 'compare.reasons.japanSide',
  'file-unavailable': 'compare.reasons.fileUnavailable',
}

/** Why a cell is empty, in words; the data's own explanation wins where it gives one. */
export function reasonText(cell: MissingCell, { t, lang }: Labels): string {
  if (cell.reason === 'not-published' && cell.note) return local(cell.note, lang)
  return t(REASON_KEYS[cell.reason], { year: cell.year ?? '' })
}

/** "no data — not an ODA recipient". */
export function missingText(cell: MissingCell, labels: Labels): string {
  return `${labels.t('noData')} — ${reasonText(cell, labels)}`
}

/** The year a cell is for, and whether it is a stand-in for the year asked for. */
export function yearText(row: NumericRow, cell: NumericCell, { t }: Labels): string {
  if (cell.kind === 'missing') {
    if (cell.year === null) return ''
    return cell.fallbackFrom !== null
      ? t('compare.fallback', { year: cell.year, requested: cell.fallbackFrom })
      : String(cell.year)
  }
  if (cell.year === null) return t('compare.allYears')
  if (row.id === 'median_age') return t('compare.projectionYear', { year: cell.year })
  if (cell.fallbackFrom !== null)
    return t('compare.fallback', { year: cell.year, requested: cell.fallbackFrom })
  return String(cell.year)
}

export function cellText(row: NumericRow, cell: NumericCell, labels: Labels): string {
  return cell.kind === 'value' ? formatValue(row.format, cell.value, labels.lang) : missingText(cell, labels)
}

export function markText(mark: 'max' | 'min' | null, { t }: Labels): string {
  return mark ? t(`compare.marks.${mark}`) : ''
}

function partnerText(p: PartnerItem, { t, lang }: Labels): string {
  const relation = t(`relations.${p.relation}`)
  const names = `${local(p.jp, lang)} → ${local(p.asean, lang)}`
  if (lang === 'ja') return `${names}（${relation}${p.year === null ? '' : `、${p.year}年`}）`
  return `${names} (${relation}${p.year === null ? '' : `, ${p.year}`})`
}
export function fieldText(f: FieldItem, { t }: Labels): string {
  return t('compare.fieldCounts', {
    field: t(`fields.${f.field}`),
    links: t('compare.linkCount', { count: f.links }),
    projects: t('compare.projectCount', { count: f.projects }),
  })
}
export function schemeText(s: SchemeItem, { t, lang }: Labels): string {
  const name = s.name ? local(s.name, lang) : t('compare.schemeNotStated')
  return `${name}: ${t('compare.projectCount', { count: s.projects })}`
}

/** A list cell as lines of text (the CSV joins them, the PNG draws them). */
export function listLines(row: Extract<Row, { kind: 'list' }>, iso3: string, labels: Labels): string[] {
  switch (row.id) {
    case 'partners': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      if (!c) return []
      return c.kind === 'list' ? c.items.map((p) => partnerText(p, labels)) : [missingText(c, labels)]
    }
    case 'fields': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      if (!c) return []
      return c.kind === 'list' ? c.items.map((f) => fieldText(f, labels)) : [missingText(c, labels)]
    }
    case 'schemes': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      if (!c) return []
      return c.kind === 'list' ? c.items.map((s) => schemeText(s, labels)) : [missingText(c, labels)]
    }
  }
}

export function columnName(model: CompareModel, iso3: string, lang: Lang): string {
  return local(model.columns.find((c) => c.iso3 === iso3)?.name, lang) || iso3
}

/** "GDP per capita: Singapore 34× Cambodia in 2017", from the numbers in the model. */
export function statementText(s: Statement, model: CompareModel, labels: Labels): string {
  const { t, lang } = labels
  const row = model.rows.find((r) => r.kind === 'number' && r.id === s.row) as NumericRow
  const name = rowName(row, labels)
  const high = columnName(model, s.high.iso3, lang)
  const low = columnName(model, s.low.iso3, lang)
  const sameYear = s.high.year === s.low.year
  const when =
    s.high.year === null
      ? t('compare.statements.allYears')
      : sameYear
        ? t('compare.statements.inYear', { year: s.high.year })
        : t('compare.statements.inYears', { high, highYear: s.high.year, low, lowYear: s.low.year })
  if (s.kind === 'ratio') {
    return t('compare.statements.ratio', { row: name, high, low, factor: formatFactor(s.factor, lang), when })
  }
  const key = row.format === 'percent' ? 'points' : 'years'
  return t(`compare.statements.${key}`, {
    row: name,
    high,
    low,
    difference: formatNumber(s.difference, lang, 1),
    when,
  })
}

/**
 * The source of a whole row, e.g. "World Bank, World Development Indicators (WDI) · NY.GDP.PCAP.CD",
 * or "this dataset" for our own counts.
 */
export function rowSourceText(
  row: Row,
  citations: ReadonlyMap<string, SourceRecord>,
  labels: Labels,
): string {
  if (row.kind === 'number' && row.source)
    return citationText(row.source, citations.get(row.source.ref), labels.lang)
  return labels.t('compare.sourceDataset')
}
