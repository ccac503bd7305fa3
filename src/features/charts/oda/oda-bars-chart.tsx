import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@/i18n/format'
import { INK } from '@/shared/colors'
import { useLang } from '@/shared/use-lang'
import { useStore } from '@/state/store'
import { XAxis } from '../axis'
import { ChartSvg } from '../chart-svg'
import { emphasisOf } from '../emphasis'
import { useCountryFocus, useCountryName } from '../use-country'
import { ODA_PART_COLORS, type OdaBarsModel } from './oda-model'

/** The report's 2015 ODA by country as stacked bars; a bar chooses its country. */
export function OdaBarsChart({
  bars,
  chartRef,
}: {
  bars: OdaBarsModel
  chartRef: RefObject<SVGSVGElement | null>
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const nameOf = useCountryName()
  const focus = useCountryFocus()
  const { selected } = focus
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const money = (v: number) => formatNumber(v, lang, 2)
  return (
    <ChartSvg svgRef={chartRef} width={bars.width} height={bars.height} label={t('charts.oda.aria')}>
      <XAxis
        ticks={bars.ticks.map((tk) => ({ ...tk, label: formatNumber(tk.value, lang) }))}
        y={bars.plot.y1}
        gridTop={bars.plot.y0}
      />
      <line x1={bars.zeroX} x2={bars.zeroX} y1={bars.plot.y0} y2={bars.plot.y1} stroke={INK} />
      {bars.bars.map((b) => {
        const emphasis = emphasisOf(b.iso3, focus)
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the GDP ranking is the keyboard path
          <g
            key={b.iso3}
            data-selected={selected === b.iso3}
            data-iso3={b.iso3}
            opacity={emphasis === 'dim' ? 0.3 : 1}
            onPointerEnter={() => hoverOn({ kind: 'country', id: b.iso3 })}
            onPointerLeave={() => hoverOn(null)}
            onClick={() => select({ kind: 'country', id: b.iso3 })}
            style={{ cursor: 'pointer' }}
          >
            <text
              x={bars.plot.x0 - 6}
              y={b.y + b.height / 2}
              dy="0.32em"
              textAnchor="end"
              fontSize={11}
              fill={INK}
              fontWeight={emphasis === 'focus' ? 700 : 400}
            >
              {nameOf(b.iso3)}
            </text>
            {b.segments.map((s) => (
              <rect
                key={s.part}
                x={s.x}
                y={b.y}
                width={s.width}
                height={b.height}
                fill={ODA_PART_COLORS[s.part]}
              />
            ))}
            <line
              x1={b.totalX}
              x2={b.totalX}
              y1={b.y - 2}
              y2={b.y + b.height + 2}
              stroke={INK}
              strokeWidth={2}
            />
            <text
              x={b.label.x}
              y={b.y + b.height / 2}
              dy="0.32em"
              textAnchor={b.label.anchor}
              fontSize={10}
              fill={INK}
              className="oda-total"
              data-value={b.total}
            >
              {money(b.total)}
            </text>
          </g>
        )
      })}
    </ChartSvg>
  )
}
