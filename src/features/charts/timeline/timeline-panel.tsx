import { type PointerEvent, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FIELD_IDS } from '@/data/schema'
import { useEvents, useNetwork } from '@/data/use-dataset'
import { fieldColor } from '@/shared/field-style'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectYearRange } from '@/state/selectors'
import { useStore } from '@/state/store'
import { XAxis } from '../axis'
import { ChartPanel } from '../chart-panel'
import { fieldKey } from '../links/links-model'
import { distinctSources } from '../source-refs'
import { useWidth } from '../use-width'
import { timelineModel } from './timeline-model'
import { timelineTable } from './timeline-table'

const RANGE: [number, number] = [1950, 2025]

/** Projects as spans and the report's history as events; dragging across it sets the year filter. */
export function TimelinePanel() {
  useRenderCount('charts:timeline')
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const events = useEvents().data
  const { network } = useNetwork()
  const yearRange = useStore(selectYearRange)
  const setYearRange = useStore((s) => s.setYearRange)
  const select = useStore((s) => s.select)
  const [box, width] = useWidth<HTMLDivElement>(900)
  const chart = useRef<SVGSVGElement>(null)
  const [drag, setDrag] = useState<[number, number] | null>(null)

  const model = useMemo(() => {
    // A project whose first year no page states has no place on a time axis.
    const spans = (network?.projects ?? []).flatMap((p) =>
      p.startYear === null
        ? []
        : [{ id: p.id, label: text(p.title), field: p.field, start: p.startYear, end: p.endYear }],
    )
    const evs = (events?.events ?? []).map((e) => ({
      id: e.id,
      year: e.year,
      label: text(e.title),
      category: e.category,
    }))
    return timelineModel(spans, evs, Math.max(360, width), RANGE, FIELD_IDS)
  }, [network, events, width, text])

  // The same elements while only the year range or the drag changes: React then skips every bar
  // (thousands of them at the benchmark's sizes) instead of comparing each one again.
  const spanMarks = useMemo(
    () =>
      model.spans.map((s) => (
        <rect
          key={s.id}
          data-project={s.id}
          x={s.x}
          y={s.y}
          width={s.width}
          height={7}
          rx={2}
          fill={fieldColor(s.field)}
          fillOpacity={s.open ? 0.55 : 0.9}
        >
          <title>{s.label}</title>
        </rect>
      )),
    [model],
  )
  const spansCount = network?.projects.length ?? 0
  const undated = network?.projects.filter((p) => p.startYear === null).length ?? 0
  const shown = drag ?? yearRange
  const rangeMark = shown && (
    <rect
      x={model.xOf(shown[0])}
      width={Math.max(2, model.xOf(shown[1] + 1) - model.xOf(shown[0]))}
      y={0}
      height={model.height - 18}
      fill="#0b3954"
      fillOpacity={0.1}
      stroke="#0b3954"
      strokeOpacity={0.5}
    />
  )
  const toYear = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.ownerSVGElement?.getBoundingClientRect()
    return model.yearAt(e.clientX - (rect?.left ?? 0))
  }
  const title = t('charts.timeline.title')
  // Events come from the report; projects cite their own sources (the report, JICA's lists).
  const sources = useMemo(
    () => distinctSources([...(events?.events ?? []), ...(network?.projects ?? [])]),
    [events, network],
  )
  const legend = useMemo(
    () =>
      fieldKey(model.density ?? model.spans, FIELD_IDS).map((f) => ({
        key: f ?? 'none',
        label: f ? t(`fields.${f}`) : t('charts.links.noField'),
        color: fieldColor(f),
      })),
    [model, t],
  )
  const [from, to] = yearRange ?? RANGE

  return (
    <ChartPanel
      id="timeline"
      title={title}
      subtitle={`${t(model.density ? 'charts.timeline.subtitleDensity' : 'charts.timeline.subtitle', {
        from: RANGE[0],
        to: RANGE[1],
      })}${undated ? t('charts.timeline.undated', { count: undated }) : ''}`}
      sources={[{ refs: sources }]}
      legend={legend}
      chartRef={chart}
      image={() => ({
        notes: [
          ...(model.peak
            ? [
                t('charts.timeline.density', { count: spansCount, to: RANGE[1] }),
                t('charts.timeline.peak', { count: model.peak.count, year: model.peak.year }),
              ]
            : [t('charts.timeline.openNote')]),
          ...(yearRange ? [t('charts.timeline.filtered', { from: yearRange[0], to: yearRange[1] })] : []),
        ],
      })}
      csv={(cite) =>
        timelineTable({
          events: events?.events ?? [],
          projects: network?.projects ?? [],
          text,
          label: {
            field: (f) => t(`fields.${f}`),
            event: t('charts.timeline.event'),
            project: t('charts.timeline.project'),
            curated: t('origin.curated'),
            mine: t('origin.mine'),
          },
          cite,
          notes: [t('charts.timeline.csvNote')],
        })
      }
      controls={
        <form
          className="year-range-form"
          onSubmit={(e) => {
            e.preventDefault()
            const data = new FormData(e.currentTarget)
            const a = Number(data.get('from'))
            const b = Number(data.get('to'))
            if (Number.isInteger(a) && Number.isInteger(b)) setYearRange([Math.min(a, b), Math.max(a, b)])
          }}
        >
          <label>
            {t('charts.timeline.from')}{' '}
            <input
              name="from"
              type="number"
              min={RANGE[0]}
              max={RANGE[1]}
              defaultValue={from}
              key={`f${from}`}
            />
          </label>
          <label>
            {t('charts.timeline.to')}{' '}
            <input name="to" type="number" min={RANGE[0]} max={RANGE[1]} defaultValue={to} key={`t${to}`} />
          </label>
          <button type="submit" className="text-button">
            {t('charts.timeline.apply')}
          </button>
          {yearRange && (
            <button type="button" className="text-button" onClick={() => setYearRange(null)}>
              {t('charts.timeline.clear')}
            </button>
          )}
        </form>
      }
    >
      <p className="muted small" data-testid="timeline-range">
        {yearRange
          ? t('charts.timeline.filtered', { from: yearRange[0], to: yearRange[1] })
          : t('charts.timeline.hint')}
      </p>
      <div ref={box} className="chart-box">
        <svg
          ref={chart}
          className="chart timeline"
          width={model.width}
          height={model.height}
          viewBox={`0 0 ${model.width} ${model.height}`}
          role="img"
          aria-label={t('charts.timeline.aria', {
            events: model.events.length,
            projects: spansCount,
          })}
        >
          {!model.density && rangeMark}
          <XAxis
            ticks={model.ticks.map((tk) => ({ ...tk, label: String(tk.value) }))}
            y={model.height - 18}
          />
          {model.events.map((e) => (
            <g key={e.id}>
              <line
                x1={e.x}
                x2={e.x}
                y1={6 + e.lane * 10}
                y2={model.eventsHeight}
                stroke="#4a5a66"
                strokeWidth={1}
              />
              <circle cx={e.x} cy={6 + e.lane * 10} r={3.5} fill="#0b3954">
                <title>{`${e.year}: ${e.label}`}</title>
              </circle>
            </g>
          ))}
          {spanMarks}
          {model.density?.map((d) => (
            <path
              key={d.field ?? 'none'}
              data-density={d.field ?? 'none'}
              d={d.path}
              fill={fieldColor(d.field)}
              fillOpacity={0.85}
            >
              <title>{d.field ? t(`fields.${d.field}`) : t('charts.links.noField')}</title>
            </path>
          ))}
          {/* Over the stacked areas, which would hide it. */}
          {model.density && rangeMark}
          {/* The brush: drag across the years to filter everything to that range. */}
          <rect
            className="brush"
            data-testid="timeline-brush"
            x={model.plot.x0}
            y={model.eventsHeight}
            width={model.plot.x1 - model.plot.x0}
            height={model.height - 18 - model.eventsHeight}
            fill="transparent"
            style={{ cursor: 'ew-resize', touchAction: 'none' }}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId)
              const y = toYear(e)
              setDrag([y, y])
            }}
            onPointerMove={(e) => {
              if (!drag) return
              const y = toYear(e)
              setDrag([drag[0], y])
            }}
            onPointerUp={(e) => {
              if (!drag) return
              const y = toYear(e)
              const a = Math.min(drag[0], y)
              const b = Math.max(drag[0], y)
              setDrag(null)
              if (a !== b) {
                setYearRange([a, b])
                return
              }
              // A click without a drag chooses the project bar under it, if any.
              const under = document
                .elementsFromPoint(e.clientX, e.clientY)
                .find((el) => el instanceof SVGRectElement && el.dataset.project)
              if (under instanceof SVGRectElement && under.dataset.project)
                select({ kind: 'project', id: under.dataset.project })
            }}
          />
        </svg>
      </div>
      {model.peak ? (
        <p className="muted small" data-testid="timeline-density">
          {t('charts.timeline.density', { count: spansCount, to: RANGE[1] })}
          {lang === 'ja' ? '' : ' '}
          {t('charts.timeline.peak', { count: model.peak.count, year: model.peak.year })}
        </p>
      ) : (
        <p className="muted small">{t('charts.timeline.openNote')}</p>
      )}
    </ChartPanel>
  )
}
