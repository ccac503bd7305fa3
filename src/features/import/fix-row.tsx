import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLang } from '@/shared/use-lang'
import type { ColumnId } from './columns'
import type { RowProblem } from './import-types'
import type { RowEdits } from './validate-rows'

/** The coordinate columns that place each side of a row. */
const COORDINATES: Partial<Record<ColumnId, [ColumnId, ColumnId]>> = {
  jp_place: ['jp_lat', 'jp_lon'],
  partner_city: ['partner_lat', 'partner_lon'],
}

/**
 * Fixing a row where its problem is shown, without choosing the file again: one of the places (or
 * countries, prefectures) it could be, or coordinates for a place the gazetteer does not have.
 */
export function FixRow({
  problem,
  disabled,
  onFix,
}: {
  problem: RowProblem
  disabled: boolean
  onFix: (row: number, edits: RowEdits) => void
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const [lat, setLat] = useState('')
  const [lon, setLon] = useState('')
  const coordinates = problem.columnId ? COORDINATES[problem.columnId] : undefined
  const options = problem.options ?? []
  return (
    <details className="import-fix">
      <summary>{t('import.fix.label', { row: problem.row })}</summary>
      {options.length > 0 && (
        <fieldset className="import-fix-options">
          <legend>{t('import.fix.choose')}</legend>
          {options.map((o) => (
            <button
              key={JSON.stringify(o.cells)}
              type="button"
              className="chip"
              disabled={disabled}
              onClick={() => onFix(problem.row, o.cells)}
            >
              {o.label[lang]}
            </button>
          ))}
        </fieldset>
      )}
      {coordinates && (
        <form
          className="import-fix-point"
          aria-labelledby={`${id}-p`}
          onSubmit={(e) => {
            e.preventDefault()
            onFix(problem.row, { [coordinates[0]]: lat, [coordinates[1]]: lon })
          }}
        >
          <span id={`${id}-p`}>{t('import.fix.coordinates')}</span>
          <CoordinateInput label={t('import.fix.lat')} value={lat} onChange={setLat} />
          <CoordinateInput label={t('import.fix.lon')} value={lon} onChange={setLon} />
          <button type="submit" className="chip" disabled={disabled}>
            {t('import.fix.apply')}
          </button>
        </form>
      )}
    </details>
  )
}

function CoordinateInput({
  label,
  value,
  onChange,
}: {
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        inputMode="decimal"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}
