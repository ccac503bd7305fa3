import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Country } from '@/data/schema-files'
import { useIndicators, useOda } from '@/data/use-dataset'
import { indicatorYears } from '@/domain/indicator-values'
import { useLang, useLocalText } from '@/shared/use-lang'
import { JAPAN, MAX_COMPARE, MIN_COMPARE } from '@/state/defaults'
import { selectCompare, selectSelectedCountry, selectYear } from '@/state/selectors'
import { useStore } from '@/state/store'
import { EXAMPLE_COUNTRIES } from './compare-model'
import type { CompareModel } from './compare-types'

/**
 * Choosing the countries: a toggle button per ASEAN country and one for Japan as reference, the
 * country selected on the map, a one-click example, and the year. Everything writes to the store.
 */
export function ComparePicker({ countries, model }: { countries: Country[]; model: CompareModel }) {
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const ids = { legend: useId(), status: useId(), year: useId() }
  const compare = useStore(selectCompare)
  const year = useStore(selectYear)
  const selected = useStore(selectSelectedCountry)
  const toggle = useStore((s) => s.toggleCompareCountry)
  const setCompare = useStore((s) => s.setCompareCountries)
  const setYear = useStore((s) => s.setYear)
  const [refused, setRefused] = useState(false)
  const indicators = useIndicators().data
  const oda = useOda().data
  const years = indicatorYears('gdp_per_capita_usd', { indicators, oda })
  const yearOptions =
    years.includes(year) || years.length === 0 ? years : [...years, year].sort((a, b) => a - b)

  const asean = countries.filter((c) => c.asean)
  const japan = countries.find((c) => c.iso3 === JAPAN)
  const full = compare.length >= MAX_COMPARE
  const nameOf = (iso3: string) => text(countries.find((c) => c.iso3 === iso3)?.name) || iso3
  const exampleNames = EXAMPLE_COUNTRIES.map(nameOf).join(lang === 'ja' ? '、' : ', ')
  const selectedCountry = selected ? countries.find((c) => c.iso3 === selected && c.asean) : undefined

  const onToggle = (iso3: string) => {
    const adding = !compare.includes(iso3)
    setRefused(adding && full)
    if (!(adding && full)) toggle(iso3)
  }

  let status = ''
  if (refused) status = t('compare.maxReached')
  else if (model.columns.length === 0) status = t('compare.promptNone')
  else if (model.columns.length < MIN_COMPARE)
    status = t('compare.promptOne', { name: text(model.columns[0]?.name) })

  const chip = (c: Country, label: string) => {
    const on = compare.includes(c.iso3)
    return (
      <button
        key={c.iso3}
        type="button"
        className="compare-chip"
        aria-pressed={on}
        // Still focusable when four are chosen: pressing it says why nothing happens.
        aria-disabled={!on && full ? true : undefined}
        aria-describedby={!on && full ? ids.status : undefined}
        onClick={() => onToggle(c.iso3)}
      >
        {on && (
          <span className="compare-chip-check" aria-hidden="true">
            ✓{' '}
          </span>
        )}
        {label}
      </button>
    )
  }

  return (
    <div className="compare-picker">
      <fieldset className="compare-picker-group" aria-describedby={ids.status}>
        <legend id={ids.legend}>{t('compare.picker')}</legend>
        <div className="compare-chips">
          {asean.map((c) => chip(c, text(c.name)))}
          {japan && (
            <>
              <span className="compare-chip-sep" aria-hidden="true" />
              {chip(japan, t('compare.japanReference'))}
            </>
          )}
        </div>
      </fieldset>
      <div className="compare-actions">
        <span className="muted">{t('compare.chosen', { count: compare.length })}</span>
        {selectedCountry && !compare.includes(selectedCountry.iso3) && !full && (
          <button type="button" className="compare-action" onClick={() => onToggle(selectedCountry.iso3)}>
            {t('compare.addSelected', { name: text(selectedCountry.name) })}
          </button>
        )}
        {model.columns.length < MIN_COMPARE && (
          <button
            type="button"
            className="compare-action compare-example"
            onClick={() => {
              setRefused(false)
              setCompare([...EXAMPLE_COUNTRIES])
            }}
          >
            {t('compare.example', { names: exampleNames })}
          </button>
        )}
        {compare.length > 0 && (
          <button
            type="button"
            className="text-button"
            onClick={() => {
              setRefused(false)
              setCompare([])
            }}
          >
            {t('compare.clear')}
          </button>
        )}
        <label className="compare-year" htmlFor={ids.year}>
          {t('compare.yearNoteLabel')}
          <select id={ids.year} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={ids.status} className="compare-prompt" role="status">
        {status}
      </p>
    </div>
  )
}
