import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@/i18n/format'
import { useLang } from '@/shared/use-lang'
import { XAxis, YAxis } from '../axis'
import { ChartSvg } from '../chart-svg'
import { countryColor } from '../country-colors'
import { emphasisOf } from '../emphasis'
import { useCountryFocus } from '../use-country'
import { OECD_LABEL_FONT, type OecdModel } from './oda-model'

/** Japan's ODA to each recipient since 2009 (OECD), a line per country, each named at its end. */
export function OecdChart({
  lines,
  chartRef,
  unit,
}: {
  lines: OecdModel
  chartRef: RefObject<SVGSVGElement | null>
  unit: string
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const focus = useCountryFocus()
  const money = (v: number) => formatNumber(v, lang, 2)
  return (
    <ChartSvg svgRef={chartRef} width={lines.width} height={lines.height} label={t('charts.oda.oecdAria')}>
      <YAxis
        ticks={lines.yTicks.map((tk) => ({ ...tk, label: formatNumber(tk.value, lang) }))}
        x={lines.plot.x0}
        gridRight={lines.plot.x1}
      />
      <XAxis ticks={lines.xTicks.map((tk) => ({ ...tk, label: String(tk.value) }))} y={lines.plot.y1} />
      {lines.lines.map((l) => {
        const emphasis = emphasisOf(l.iso3, focus)
        return (
          <g key={l.iso3} opacity={emphasis === 'dim' ? 0.2 : 1}>
            <path
              d={l.d}
              fill="none"
              stroke={countryColor(l.iso3)}
              strokeWidth={emphasis === 'focus' ? 3 : 1.5}
            />
            {l.dots.map((d) => (
              <circle
                key={d.year}
                cx={d.x}
                cy={d.y}
                r={emphasis === 'focus' ? 3.5 : 2.5}
                fill={countryColor(l.iso3)}
                data-year={d.year}
              >
                <title>{`${l.label?.text ?? l.iso3} ${d.year}: ${money(d.value)} ${unit}`}</title>
              </circle>
            ))}
            {l.label && (
              // A white halo keeps a name readable where it crosses another line.
              <text
                x={l.label.x}
                y={l.label.y}
                dy="0.32em"
                fontSize={OECD_LABEL_FONT}
                fill={countryColor(l.iso3)}
                fontWeight={emphasis === 'focus' ? 700 : 400}
                stroke="#ffffff"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {l.label.text}
              </text>
            )}
          </g>
        )
      })}
    </ChartSvg>
  )
}
