import { useTranslation } from 'react-i18next'
import { formatNumber, formatUsd } from '@/i18n/format'
import { useLang } from '@/shared/use-lang'
import { useStore } from '@/state/store'
import { countryColor } from '../country-colors'
import { emphasisOf } from '../emphasis'
import { activate } from '../keyboard'
import { useCountryFocus, useCountryName } from '../use-country'
import type { GdpModel } from './gdp-model'

/**
 * The year's ranking beside the chart, with the spread between the top and the bottom: its buttons
 * are the keyboard path to choosing a country (the lines are a pointer shortcut).
 */
export function GdpRanking({
  model,
  year,
  missingNote,
}: {
  model: GdpModel
  year: number
  missingNote: string | null
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const nameOf = useCountryName()
  const focus = useCountryFocus()
  const { selected } = focus
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const money = (v: number) => formatUsd(v, lang)
  const chooseCountry = (iso3: string) => select({ kind: 'country', id: iso3 })
  return (
    <div className="ranking">
      <h3 className="ranking-title">{t('charts.gdp.ranking', { year })}</h3>
      {model.spread ? (
        <p className="spread" data-testid="gdp-spread" data-ratio={model.spread.ratio.toFixed(1)}>
          {t('charts.gdp.spread', {
            top: nameOf(model.spread.top.iso3),
            bottom: nameOf(model.spread.bottom.iso3),
            ratio: formatNumber(model.spread.ratio, lang, 1),
            year,
          })}
        </p>
      ) : (
        <p className="spread muted">{t('charts.gdp.noSpread', { year })}</p>
      )}
      <ol className="ranking-list" data-testid="gdp-ranking">
        {model.ranking.map((r) => {
          const emphasis = emphasisOf(r.iso3, focus)
          return (
            <li key={r.iso3} className={`ranking-row ranking-row--${emphasis}`}>
              <button
                type="button"
                className="ranking-button"
                aria-pressed={selected === r.iso3}
                data-iso3={r.iso3}
                onPointerEnter={() => hoverOn({ kind: 'country', id: r.iso3 })}
                onPointerLeave={() => hoverOn(null)}
                onFocus={() => hoverOn({ kind: 'country', id: r.iso3 })}
                onBlur={() => hoverOn(null)}
                {...activate(() => chooseCountry(r.iso3))}
              >
                <span className="ranking-name">{nameOf(r.iso3)}</span>
                <span className="ranking-bar" aria-hidden="true">
                  <span
                    style={{ width: `${Math.max(1, r.share * 100)}%`, background: countryColor(r.iso3) }}
                  />
                </span>
                <span className="ranking-value" data-value={r.value}>
                  {money(r.value)}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
      {missingNote && <p className="muted small">{missingNote}</p>}
    </div>
  )
}
