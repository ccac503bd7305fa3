import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldColor } from '@/shared/field-style'
import { SourceLine } from '@/shared/source-line'
import { useLocalText } from '@/shared/use-lang'
import { selectSelection } from '@/state/selectors'
import { useStore } from '@/state/store'
import {
  fieldText,
  formatFull,
  formatValue,
  type Labels,
  markText,
  missingText,
  reasonText,
  schemeText,
  yearText,
} from './compare-text'
import type { ListRow, NumericCell, NumericRow, PartnerItem } from './compare-types'
import { sparkline } from './sparkline-model'

const SPARK_W = 120
const SPARK_H = 28
/** Partners shown before "Show all": enough for most countries, short enough to keep rows aligned. */
const PARTNERS_SHOWN = 5

function Sparkline({ row, points, labels }: { row: NumericRow; points: [number, number][]; labels: Labels }) {
  const { t } = useTranslation()
  const s = sparkline(points, SPARK_W, SPARK_H)
  if (!s) return null
  const label = t('compare.sparkline', {
    from: s.first.year,
    to: s.last.year,
    first: formatValue(row.format, s.first.value, labels.lang),
    last: formatValue(row.format, s.last.value, labels.lang),
  })
  return (
    <svg
      className="compare-spark"
      width={SPARK_W}
      height={SPARK_H}
      viewBox={`0 0 ${SPARK_W} ${SPARK_H}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <path d={s.d} />
      <circle cx={s.last.x} cy={s.last.y} r={2.5} />
    </svg>
  )
}

export function NumericCellView({
  row,
  cell,
  labels,
  details,
}: {
  row: NumericRow
  cell: NumericCell | undefined
  labels: Labels
  details: boolean
}) {
  const { t } = useTranslation()
  if (!cell) return <td />
  const year = yearText(row, cell, labels)
  if (cell.kind === 'missing') {
    return (
      <td className="compare-cell compare-cell--missing" data-iso3={cell.iso3} data-reason={cell.reason}>
        <span className="compare-nodata">{t('noData')}</span>
        <span className="compare-reason">{reasonText(cell, labels)}</span>
        {year && <span className="compare-year-text">{year}</span>}
        {details && cell.source && <SourceLine source={cell.source} />}
        <span className="visually-hidden">{missingText(cell, labels)}</span>
      </td>
    )
  }
  const full = formatFull(row.format, cell.value, labels.lang)
  const shown = formatValue(row.format, cell.value, labels.lang)
  return (
    <td
      className={`compare-cell${cell.mark ? ` compare-cell--${cell.mark}` : ''}`}
      data-iso3={cell.iso3}
      data-value={cell.value}
      data-year={cell.year ?? ''}
    >
      <span className="compare-value">{shown}</span>
      {cell.mark && (
        <span className={`compare-mark compare-mark--${cell.mark}`}>
          {cell.mark === 'max' ? '▲' : '▼'} {markText(cell.mark, labels)}
        </span>
      )}
      <span
        className={`compare-year-text${cell.fallbackFrom !== null ? ' compare-year-text--fallback' : ''}`}
      >
        {year}
      </span>
      {cell.trend && <Sparkline row={row} points={cell.trend} labels={labels} />}
      {details && (
        <span className="compare-details">
          {full !== shown && <span>{t('compare.fullFigure', { value: full })}</span>}
          {cell.source ? <SourceLine source={cell.source} /> : <span>{t('compare.sourceDataset')}</span>}
        </span>
      )}
    </td>
  )
}

function PartnerList({ items }: { items: PartnerItem[] }) {
  const { t } = useTranslation()
  const text = useLocalText()
  const select = useStore((s) => s.select)
  const selection = useStore(selectSelection)
  const [all, setAll] = useState(false)
  const shown = all ? items : items.slice(0, PARTNERS_SHOWN)
  const choose = (linkId: string) => {
    select({ kind: 'link', id: linkId })
    // The map is above the table: bring it into view so the choice is seen (focus stays here).
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    document
      .querySelector('.map-area')
      ?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' })
  }
  return (
    <>
      <ul className="compare-partners">
        {shown.map((p) => {
          const active = selection?.kind === 'link' && selection.id === p.linkId
          return (
            <li key={p.linkId}>
              <button
                type="button"
                className="compare-partner"
                aria-current={active ? 'true' : undefined}
                title={t('compare.selectLink', { name: text(p.jp) })}
                onClick={() => choose(p.linkId)}
              >
                <span className="compare-partner-jp">{text(p.jp)}</span>
                <span className="compare-partner-meta">
                  → {text(p.asean)} · {t(`relations.${p.relation}`)}
                  {p.year !== null ? ` · ${p.year}` : ''}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {items.length > PARTNERS_SHOWN && (
        <button type="button" className="text-button" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? t('compare.showFewer') : t('compare.showAll', { count: items.length })}
        </button>
      )}
    </>
  )
}

export function ListCellView({
  row,
  iso3,
  labels,
  details,
}: {
  row: ListRow
  iso3: string
  labels: Labels
  details: boolean
}) {
  const { t } = useTranslation()
  const cell = row.cells.find((c) => c.iso3 === iso3)
  if (!cell) return <td />
  if (cell.kind === 'missing') {
    return (
      <td className="compare-cell compare-cell--missing" data-iso3={iso3} data-reason={cell.reason}>
        <span className="compare-nodata">{t('noData')}</span>
        <span className="compare-reason">{reasonText(cell, labels)}</span>
      </td>
    )
  }
  let body: React.ReactNode = null
  switch (row.id) {
    case 'partners': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      body = c?.kind === 'list' && <PartnerList items={c.items} />
      break
    }
    case 'fields': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      body = c?.kind === 'list' && (
        <ul className="compare-fields">
          {c.items.map((f) => (
            <li key={f.field}>
              <span className="chip-dot" style={{ background: fieldColor(f.field) }} aria-hidden="true" />
              {fieldText(f, labels)}
            </li>
          ))}
        </ul>
      )
      break
    }
    case 'schemes': {
      const c = row.cells.find((x) => x.iso3 === iso3)
      body = c?.kind === 'list' && (
        <ul className="compare-schemes">
          {c.items.map((s) => (
            <li key={s.id ?? 'none'}>
              {schemeText(s, labels)}
              {details && s.source && <SourceLine source={s.source} />}
            </li>
          ))}
        </ul>
      )
      break
    }
  }
  return (
    <td className="compare-cell compare-cell--list" data-iso3={iso3}>
      {body}
      <span className="compare-year-text">{t('compare.allYears')}</span>
    </td>
  )
}
