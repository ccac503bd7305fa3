import type { Lang } from '../i18n/i18n'

const locale = (lang: Lang) => (lang === 'ja' ? 'ja-JP' : 'en-GB')

/** A number with grouping and at most `digits` decimals, in the reader's conventions. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value)
}

/** Large counts as 615.9 million / 6億1,590万 style compact figures. */
export function formatCompact(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

export function formatUsd(value: number, lang: Lang, digits = 0): string {
  return `US$${formatNumber(value, lang, digits)}`
}

export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${formatNumber(value, lang, digits)}%`
}
