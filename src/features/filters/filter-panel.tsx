import { memo, type ReactNode, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore } from '@/data/imported-store'
import { useCountries } from '@/data/use-dataset'
import { fieldColor } from '@/shared/field-style'
import { useLocalText } from '@/shared/use-lang'
import { FIELD_IDS, ORIGINS, RELATIONS } from '@/state/defaults'
import {
  selectConfidence,
  selectCountryFilter,
  selectFieldFilter,
  selectOrigin,
  selectRelationFilter,
} from '@/state/selectors'
import { useStore } from '@/state/store'
import './filters.css'

/**
 * The link filters, in a side panel beside the map (a drawer over it on a narrow screen), closed
 * until asked for: the active filters show as chips over the map meanwhile. Every control writes to
 * the one store; each group of chips reads only its own part of the filters, so a change re-renders
 * the one group it concerns.
 */
export function FilterPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation()
  const headingId = useId()
  const panel = useRef<HTMLElement>(null)
  // Opened from its button: the focus moves into the panel, and Escape gives it back by closing.
  useEffect(() => {
    panel.current?.focus()
  }, [])
  return (
    <section
      id={id}
      ref={panel}
      className="filter-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        onClose()
      }}
    >
      <div className="filter-panel-head">
        <h2 id={headingId}>{t('filters.title')}</h2>
        <button
          type="button"
          className="filter-panel-close"
          onClick={onClose}
          aria-label={t('filters.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <CountryChips />
      <FieldChips />
      <RelationChips />
      <OriginChoice />
    </section>
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
