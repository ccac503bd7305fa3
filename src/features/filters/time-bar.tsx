import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicators, useOda } from '@/data/use-dataset'
import { indicatorYears } from '@/domain/indicator-values'
import { useLang } from '@/shared/use-lang'
import { INDICATOR_IDS, type IndicatorId } from '@/state/defaults'
import { selectIndicator, selectYear, selectYearRange } from '@/state/selectors'
import { useStore } from '@/state/store'
import { PLAY_STEP_MS, PLAY_STEP_REDUCED_MS, playNext, playStart } from './play'
import './filters.css'

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true

/**
 * Under the map: what the countries are shaded by, the year shown, and a play button that steps
 * through the indicator's years as Our World in Data's timeline does (it stops at the last year;
 * pressed at the end it plays again from the first). A line says what the year changes.
 */
export function TimeBar() {
  const { t } = useTranslation()
  const lang = useLang()
  const ids = { indicator: useId(), year: useId(), note: useId() }
  const indicator = useStore(selectIndicator)
  const year = useStore(selectYear)
  const range = useStore(selectYearRange)
  const setIndicator = useStore((s) => s.setIndicator)
  const setYear = useStore((s) => s.setYear)
  const indicators = useIndicators().data
  const oda = useOda().data
  const years = useMemo(() => indicatorYears(indicator, { indicators, oda }), [indicator, indicators, oda])
  const minYear = Math.min(years[0] ?? 1990, 1990)
  const maxYear = Math.max(years.at(-1) ?? 2025, 2025)
  const canPlay = years.length > 1
  const [playing, setPlaying] = useState(false)

  // One step per tick, each scheduled after the year before it is set; at the last year, stop.
  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(
      () => {
        const next = playNext(years, year)
        if (next === null) setPlaying(false)
        else setYear(next)
      },
      reducedMotion() ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS,
    )
    return () => clearTimeout(timer)
  }, [playing, year, years, setYear])

  const togglePlay = () => {
    if (playing) return setPlaying(false)
    const start = playStart(years, year)
    if (start === null) return
    setYear(start)
    setPlaying(true)
  }

  const name = t(`indicators.${indicator}.name`)
  const shading =
    indicator === 'oda_report_2015'
      ? t('filters.yearFixed', { indicator: name, fixed: 2015 })
      : indicator === 'link_count'
        ? t('filters.yearNotUsed', { indicator: name })
        : t('filters.yearShades')
  const links = range
    ? t('filters.linksInRange', { from: range[0], to: range[1] })
    : t('filters.linksAllYears')
  return (
    <div className="time-bar">
      <div className="time-field">
        <label htmlFor={ids.indicator}>{t('filters.indicator')}</label>
        <select
          id={ids.indicator}
          value={indicator}
          onChange={(e) => {
            setPlaying(false)
            setIndicator(e.target.value as IndicatorId)
          }}
        >
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`indicators.${id}.name`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="play-button"
        aria-label={playing ? t('filters.pause') : t('filters.play')}
        title={playing ? t('filters.pause') : t('filters.play')}
        disabled={!canPlay}
        onClick={togglePlay}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <div className="time-field time-year">
        <label htmlFor={ids.year}>
          {t('filters.year')} <output data-testid="year-value">{year}</output>
        </label>
        <input
          id={ids.year}
          type="range"
          min={minYear}
          max={maxYear}
          step={1}
          value={year}
          aria-describedby={ids.note}
          onChange={(e) => {
            setPlaying(false)
            setYear(Number(e.target.value))
          }}
        />
      </div>
      <p id={ids.note} className="time-note" data-testid="year-note">
        {/* Two sentences: a space between them in English, none in Japanese. */}
        {lang === 'ja' ? `${shading}${links}` : `${shading} ${links}`}
      </p>
    </div>
  )
}
