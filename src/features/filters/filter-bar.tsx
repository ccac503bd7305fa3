import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useIndicators, useOda } from '../../data/use-dataset'
import { indicatorYears } from '../../domain/indicator-values'
import { useLocalText } from '../../i18n/use-lang'
import { fieldColor } from '../../shared/field-style'
import { FIELD_IDS, INDICATOR_IDS, type IndicatorId, RELATIONS } from '../../state/defaults'
import { selectFilters, selectIndicator, selectYear } from '../../state/selectors'
import { useStore } from '../../state/store'

/** Indicator, year and the link filters; every control writes to the one store. */
export function FilterBar() {
  const { t } = useTranslation()
  const text = useLocalText()
  const ids = { indicator: useId(), year: useId() }
  const indicator = useStore(selectIndicator)
  const year = useStore(selectYear)
  const filters = useStore(selectFilters)
  const setIndicator = useStore((s) => s.setIndicator)
  const setYear = useStore((s) => s.setYear)
  const toggleField = useStore((s) => s.toggleField)
  const toggleRelation = useStore((s) => s.toggleRelation)
  const toggleCountry = useStore((s) => s.toggleCountryFilter)
  const setConfidence = useStore((s) => s.setConfidence)
  const countries = useCountries().data?.countries.filter((c) => c.asean) ?? []
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
      <fieldset className="filter-group chips">
        <legend>{t('filters.countries')}</legend>
        {countries.map((c) => (
          <button
            key={c.iso3}
            type="button"
            className="chip"
            aria-pressed={filters.countries.includes(c.iso3)}
            onClick={() => toggleCountry(c.iso3)}
          >
            {text(c.name)}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-group chips">
        <legend>{t('filters.fields')}</legend>
        {FIELD_IDS.map((f) => (
          <button
            key={f}
            type="button"
            className="chip"
            aria-pressed={filters.fields.includes(f)}
            onClick={() => toggleField(f)}
          >
            <span className="chip-dot" style={{ background: fieldColor(f) }} aria-hidden="true" />
            {t(`fields.${f}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-group chips">
        <legend>{t('filters.relations')}</legend>
        {RELATIONS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={filters.relations.includes(r)}
            onClick={() => toggleRelation(r)}
          >
            {t(`relations.${r}`)}
          </button>
        ))}
        <label className="chip-check">
          <input
            type="checkbox"
            checked={filters.confidence === 'high'}
            onChange={(e) => setConfidence(e.target.checked ? 'high' : 'all')}
          />
          {t('filters.highConfidenceOnly')}
        </label>
      </fieldset>
    </div>
  )
}
