import type { TFunction } from 'i18next'
import { FIELD_IDS, RELATIONS } from '@/data/schema'
import type { Lang } from '@/i18n/i18n'
import type { RowProblem } from './import-types'

/**
 * A problem as one line in the reader's language: what is wrong, where, and what to write instead
 * (the relations and fields as the app names them in that language, the closest place or country).
 */
export function problemMessage(t: TFunction, lang: Lang, p: RowProblem): string {
  // 「、」 between Japanese items: the app's joinItems uses 「・」, which labels such as 保健・医療 contain.
  const list = (items: string[]) => items.join(lang === 'ja' ? '、' : ', ')
  const first = p.options?.[0]?.label[lang]
  const values: Record<string, string | undefined> = { value: p.value, detail: p.detail }
  let key: string = p.code
  if (first && (p.code === 'notFound' || p.code === 'country' || p.code === 'prefecture')) {
    key = `${p.code}Suggest`
    values.suggestion = first
  } else if (p.code === 'ambiguous') {
    values.detail = (p.options ?? []).map((o) => o.label[lang]).join(lang === 'ja' ? '、' : '; ')
  } else if (p.code === 'relation') {
    values.allowed = list(RELATIONS.map((r) => t(`relations.${r}`)))
  } else if (p.code === 'field') {
    values.allowed = list(FIELD_IDS.map((f) => t(`fields.${f}`)))
  } else if (p.code === 'parse' && p.detail !== 'MissingQuotes') {
    key = 'parseQuote'
  }
  const message = t(`import.errors.${key}`, values)
  return p.column
    ? t('import.problemLine', { row: p.row, column: p.column, message })
    : t('import.problemLineFile', { row: p.row, message })
}

/** Problems a person can fix in the dialog: a place or country to choose, or a place to put at coordinates. */
export function isFixable(p: RowProblem): boolean {
  return (
    (p.options?.length ?? 0) > 0 ||
    ((p.code === 'notFound' || p.code === 'ambiguous') &&
      (p.columnId === 'jp_place' || p.columnId === 'partner_city'))
  )
}
