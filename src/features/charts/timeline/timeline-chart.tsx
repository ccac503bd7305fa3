import { type PointerEvent, type RefObject, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldColor } from '@/shared/field-style'
import { useStore } from '@/state/store'
import { XAxis } from '../axis'
import { ChartSvg } from '../chart-svg'
import type { TimelineModel } from './timeline-model'

/**
 * The timeline's drawing: events, project spans (or their density past 40 rows) and the year range;
 * dragging across it sets the year filter, a click without a drag chooses the project bar under it.
 * The drag is its own state: only this drawing re-renders while the pointer moves.
 */
export function TimelineChart({
  model,
  chartRef,
  yearRange,
  ariaLabel,
}: {
  model: TimelineModel
  chartRef: RefObject<SVGSVGElement | null>
  yearRange: [number, number] | null
  ariaLabel: string
}) {
  const { t } = useTranslation()
  const setYearRange = useStore((s) => s.setYearRange)
  const select = useStore((s) => s.select)
  const [drag, setDrag] = useState<[number, number] | null>(null)
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
  return (
    <ChartSvg
      svgRef={chartRef}
      width={model.width}
      height={model.height}
      label={ariaLabel}
      className="chart timeline"
    >
      {!model.density && rangeMark}
      <XAxis ticks={model.ticks.map((tk) => ({ ...tk, label: String(tk.value) }))} y={model.height - 18} />
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
    </ChartSvg>
  )
}
