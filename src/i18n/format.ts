import type { Lang } from './i18n'

const locale = (lang: Lang) => (lang === 'ja' ? 'ja-JP' : 'en-GB')

// Creating an Intl.NumberFormat costs far more than using one: each is made once and kept.
const formats = new Map<string, Intl.NumberFormat>()
function numberFormat(lang: Lang, digits: number, compact: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${compact}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), {
      maximumFractionDigits: digits,
      ...(compact ? { notation: 'compact' as const } : {}),
    })
    formats.set(key, f)
  }
  return f
}

/** A number with grouping and at most `digits` decimals, in the reader's conventions. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, digits, false).format(value)
}

/** Large counts as 615.9 million / 6億1,590万 style compact figures. */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, 1, true).format(value)
}

export function formatUsd(value: number, lang: Lang, digits = 0): string {
  return `US$${formatNumber(value, lang, digits)}`
}

export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${formatNumber(value, lang, digits)}%`
}

/** A short list in running text: 上下水道・廃棄物 in Japanese, "Water supply, Waste" in English. */
export function joinItems(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'ja' ? '・' : ', ')
}
