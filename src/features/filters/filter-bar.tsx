import { memo, type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore } from '@/data/imported-store'
import { useCountries, useIndicators, useOda } from '@/data/use-dataset'
import { indicatorYears } from '@/domain/indicator-values'
import { fieldColor } from '@/shared/field-style'
import { useLocalText } from '@/shared/use-lang'
import { FIELD_IDS, INDICATOR_IDS, type IndicatorId, ORIGINS, RELATIONS } from '@/state/defaults'
import {
  selectConfidence,
  selectCountryFilter,
  selectFieldFilter,
  selectIndicator,
  selectOrigin,
  selectRelationFilter,
  selectYear,
} from '@/state/selectors'
import { useStore } from '@/state/store'

/**
 * Indicator, year and the link filters; every control writes to the one store. Each group of chips
 * reads only its own part of the filters, so a change re-renders the one group it concerns.
 */
export function FilterBar() {
  const { t } = useTranslation()
  const ids = { indicator: useId(), year: useId() }
  const indicator = useStore(selectIndicator)
  const year = useStore(selectYear)
  const setIndicator = useStore((s) => s.setIndicator)
  const setYear = useStore((s) => s.setYear)
  const indicators = useIndicators().data
  const oda = useOda().data
  const years = indicatorYears(indicator, { indicators, oda })
  const minYear = Math.min(years[0] ?? 1990, 1990)
  const maxYear = Math.max(years.at(-1) ?? 2025, 2025)
  return (
    <div className="filter-bar">
      <div className="filter-group">
        <label htmlFor={ids.indicator}>{t('filters.indicator')}</label>
        <select
          id={ids.indicator}
          value={indicator}
          onChange={(e) => setIndicator(e.target.value as IndicatorId)}
        >
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`indicators.${id}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-group">
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
          onChange={(e) => setYear(Number(e.target.value))}
        />
      </div>
      <CountryChips />
      <FieldChips />
      <RelationChips />
      <OriginChoice />
    </div>
  )
}

function CountryChips() {
  const { t } = useTranslation()
  const text = useLocalText()
  const chosen = useStore(selectCountryFilter)
  const toggleCountry = useStore((s) => s.toggleCountryFilter)
  const countries = useCountries().data?.countries.filter((c) => c.asean) ?? []
  return (
    <fieldset className="filter-group chips">
      <legend>{t('filters.countries')}</legend>
      {countries.map((c) => (
        <Chip key={c.iso3} value={c.iso3} pressed={chosen.includes(c.iso3)} onToggle={toggleCountry}>
          {text(c.name)}
        </Chip>
      ))}
    </fieldset>
  )
}

function FieldChips() {
  const { t } = useTranslation()
  const chosen = useStore(selectFieldFilter)
  const toggleField = useStore((s) => s.toggleField)
  return (
    <fieldset className="filter-group chips">
      <legend>{t('filters.fields')}</legend>
      {FIELD_IDS.map((f) => (
        <Chip key={f} value={f} pressed={chosen.includes(f)} onToggle={toggleField} dot={fieldColor(f)}>
          {t(`fields.${f}`)}
        </Chip>
      ))}
    </fieldset>
  )
}

function RelationChips() {
  const { t } = useTranslation()
  const chosen = useStore(selectRelationFilter)
  const confidence = useStore(selectConfidence)
  const toggleRelation = useStore((s) => s.toggleRelation)
  const setConfidence = useStore((s) => s.setConfidence)
  return (
    <fieldset className="filter-group chips">
      <legend>{t('filters.relations')}</legend>
      {RELATIONS.map((r) => (
        <Chip key={r} value={r} pressed={chosen.includes(r)} onToggle={toggleRelation}>
          {t(`relations.${r}`)}
        </Chip>
      ))}
      <label className="chip-check">
        <input
          type="checkbox"
          checked={confidence === 'high'}
          onChange={(e) => setConfidence(e.target.checked ? 'high' : 'all')}
        />
        {t('filters.highConfidenceOnly')}
      </label>
    </fieldset>
  )
}

/** Curated links, the user's own, or both: shown once there is an import (or the filter is set). */
function OriginChoice() {
  const { t } = useTranslation()
  const origin = useStore(selectOrigin)
  const setOrigin = useStore((s) => s.setOrigin)
  const hasMine = useImportedStore((s) => s.links.length > 0)
  if (!hasMine && origin === 'all') return null
  return (
    <fieldset className="filter-group chips" data-testid="origin-filter">
      <legend>{t('origin.label')}</legend>
      {ORIGINS.map((o) => (
        <Chip key={o} value={o} pressed={origin === o} onToggle={setOrigin}>
          {t(`origin.${o}`)}
        </Chip>
      ))}
    </fieldset>
  )
}

interface ChipProps<T extends string> {
  value: T
  pressed: boolean
  onToggle: (value: T) => void
  dot?: string
  children: ReactNode
}

function ChipButton<T extends string>({ value, pressed, onToggle, dot, children }: ChipProps<T>) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={() => onToggle(value)}>
      {dot && <span className="chip-dot" style={{ background: dot }} aria-hidden="true" />}
      {children}
    </button>
  )
}

/**
 * A toggle chip, memoised: its label is a string and its action the store's own (stable) one, so a
 * filter change re-renders only the chips whose state it changed.
 */
const Chip = memo(ChipButton) as typeof ChipButton
