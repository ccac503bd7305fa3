import { type CSSProperties, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SourceLine } from '@/shared/source-line'
import { useLocalText } from '@/shared/use-lang'
import { useStore } from '@/state/store'
import { ListCellView, NumericCellView } from './compare-cells'
import { type Labels, rowName, rowUnit } from './compare-text'
import type { CompareModel, Row, SectionId } from './compare-types'
import { useScrollEdges } from './use-scroll-edges'

const SECTIONS: readonly SectionId[] = ['economy', 'oda', 'cooperation']

/**
 * The comparison table: a column per country, a row per measure, grouped in sections. Row and
 * column headers are real <th scope>, so a screen reader reads "Cambodia, GDP per capita: …".
 */
export function CompareTable({
  model,
  labels,
  caption,
}: {
  model: CompareModel
  labels: Labels
  caption: string
}) {
  const { t } = useTranslation()
  const text = useLocalText()
  const toggle = useStore((s) => s.toggleCompareCountry)
  const [details, setDetails] = useState(false)
  const detailsId = useId()
  const scroll = useRef<HTMLDivElement>(null)
  const edges = useScrollEdges(scroll)
  const n = model.columns.length
  // Each row's own source, once, under the table (cells show theirs on demand).
  const rowSources = [
    ...new Map(
      model.rows.flatMap((r) => (r.kind === 'number' && r.source ? [[r.source.ref, r.source] as const] : [])),
    ).values(),
  ]
  return (
    <div className="compare-table-wrap">
      <div className="compare-table-tools">
        <button
          type="button"
          className="compare-toggle"
          aria-pressed={details}
          aria-controls={detailsId}
          onClick={() => setDetails((d) => !d)}
        >
          {t('compare.showSources')}
        </button>
        <span className="muted compare-legend">
          <span className="compare-mark compare-mark--max">▲ {t('compare.marks.max')}</span>{' '}
          <span className="compare-mark compare-mark--min">▼ {t('compare.marks.min')}</span>{' '}
          {t('compare.sparklineNote')}
        </span>
      </div>
      {(edges.before || edges.after) && (
        <p className="compare-swipe-hint">
          <span className="compare-swipe-hint--touch">{t('compare.swipeHint')}</span>
          <span className="compare-swipe-hint--pointer">{t('compare.scrollHint')}</span>{' '}
          <span aria-hidden="true">⇆</span>
        </p>
      )}
      {/* On a narrow screen the countries scroll sideways under a fixed column of row headers; a
          shadow marks each side where columns are out of sight. */}
      <div className="compare-scroll-frame" data-more-before={edges.before || undefined}>
        <div className="compare-scroll" ref={scroll}>
          <table
            id={detailsId}
            className={`compare-table compare-table--${n}`}
            style={{ '--compare-cols': n } as CSSProperties}
            data-testid="compare-table"
            data-details={details ? 'on' : 'off'}
          >
            <caption>
              <span className="compare-caption-text">{caption}</span>
            </caption>
            <colgroup>
              <col className="compare-col-measure" />
              {model.columns.map((c) => (
                <col key={c.iso3} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('compare.measure')}</th>
                {model.columns.map((c) => (
                  <th key={c.iso3} scope="col" data-iso3={c.iso3}>
                    <span className="compare-country">{text(c.name)}</span>
                    {c.reference && <span className="compare-reference"> ({t('compare.reference')})</span>}
                    <button
                      type="button"
                      className="compare-remove"
                      aria-label={t('compare.remove', { name: text(c.name) })}
                      title={t('compare.remove', { name: text(c.name) })}
                      onClick={() => toggle(c.iso3)}
                    >
                      ×
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            {SECTIONS.map((section) => (
              <tbody key={section} className={`compare-section compare-section--${section}`}>
                <tr>
                  <th scope="colgroup" colSpan={n + 1} className="compare-section-title">
                    <span className="compare-section-name">{t(`compare.sections.${section}`)}</span>
                  </th>
                </tr>
                {model.rows
                  .filter((r) => r.section === section)
                  .map((row) => (
                    <CompareRow key={row.id} row={row} model={model} labels={labels} details={details} />
                  ))}
              </tbody>
            ))}
          </table>
        </div>
        {edges.after && <span className="compare-edge-after" aria-hidden="true" />}
      </div>
      <p className="compare-sources">
        {rowSources.map((s) => (
          <SourceLine key={s.ref} source={{ ref: s.ref }} />
        ))}
      </p>
    </div>
  )
}

function CompareRow({
  row,
  model,
  labels,
  details,
}: {
  row: Row
  model: CompareModel
  labels: Labels
  details: boolean
}) {
  const part = row.kind === 'number' && row.part
  return (
    <tr data-row={row.id} className={part ? 'compare-row compare-row--part' : 'compare-row'}>
      <th scope="row">
        <span className="compare-row-name">{rowName(row, labels)}</span>
        <span className="compare-row-unit">{rowUnit(row, labels)}</span>
        {row.id === 'partners' && (
          <span className="compare-row-unit">{labels.t('compare.partnersHint')}</span>
        )}
        {details && row.kind === 'number' && row.note && (
          <span className="compare-row-note">{labels.lang === 'ja' ? row.note.ja : row.note.en}</span>
        )}
      </th>
      {model.columns.map((col) =>
        row.kind === 'number' ? (
          <NumericCellView
            key={col.iso3}
            row={row}
            cell={row.cells.find((c) => c.iso3 === col.iso3)}
            labels={labels}
            details={details}
          />
        ) : (
          <ListCellView key={col.iso3} row={row} iso3={col.iso3} labels={labels} details={details} />
        ),
      )}
    </tr>
  )
}
