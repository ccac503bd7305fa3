import { formatCompact, formatNumber, formatPercent, formatUsd } from '@/i18n/format'
import type { Lang } from '@/i18n/i18n'
import type { IndicatorId } from '@/state/defaults'

/** A value of a map indicator in its unit, e.g. US$1,759 or 16.9 million or 5.2%. */
export function formatIndicatorValue(indicator: IndicatorId, value: number, lang: Lang): string {
  switch (indicator) {
    case 'gdp_per_capita_usd':
      return formatUsd(value, lang)
    case 'population':
      return formatCompact(value, lang)
    case 'gdp_growth_pct':
      return formatPercent(value, lang)
    case 'oda_report_2015':
    case 'oda_oecd_gross':
      return `${formatNumber(value, lang, 2)}`
    case 'link_count':
      return formatNumber(value, lang)
  }
}
