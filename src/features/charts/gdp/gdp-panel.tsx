import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicators } from '@/data/use-dataset'
import { formatNumber } from '@/i18n/format'
import { INK } from '@/shared/colors'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectScale, selectShowJapan, selectYear } from '@/state/selectors'
import { useStore } from '@/state/store'
import { XAxis, YAxis } from '../axis'
import { ChartPanel } from '../chart-panel'
import { ChartSvg } from '../chart-svg'
import { countryColor } from '../country-colors'
import { emphasisOf } from '../emphasis'
import { useCountryFocus, useCountryName } from '../use-country'
import { useWidth } from '../use-width'
import { type GdpSeries, gdpModel } from './gdp-model'
import { GdpRanking } from './gdp-ranking'
import { gdpTable } from './gdp-table'

const EMPTY: GdpSeries[] = []

/** GDP per capita of the ASEAN members since 1990, the selected year marked and ranked. */
export function GdpPanel() {
  useRenderCount('charts:gdp')
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const indicators = useIndicators().data
  const nameOf = useCountryName()
  const year = useStore(selectYear)
  const scale = useStore(selectScale)
  const showJapan = useStore(selectShowJapan)
  const focus = useCountryFocus()
  const setScale = useStore((s) => s.setScale)
  const toggleJapan = useStore((s) => s.toggleJapanReference)
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const [box, width] = useWidth<HTMLDivElement>(640)
  const chart = useRef<SVGSVGElement>(null)

  const { all, series, japan, meta } = useMemo(() => {
    if (!indicators) return { all: [], series: EMPTY, japan: null, meta: undefined }
    const all = indicators.series.filter((s) => s.indicator === 'gdp_per_capita_usd')
    const toSeries = (s: (typeof all)[number]): GdpSeries => ({
      iso3: s.iso3,
      points: s.points.flatMap((p) => (p[1] === null ? [] : [[p[0], p[1]] as const])),
    })
    return {
      all,
      series: all.filter((s) => s.iso3 !== 'JPN').map(toSeries),
      japan: all.find((s) => s.iso3 === 'JPN'),
      meta: indicators.indicators.find((i) => i.id === 'gdp_per_capita_usd'),
    }
  }, [indicators])
  const reference = useMemo(
    () =>
      showJapan && japan
        ? { iso3: 'JPN', points: japan.points.flatMap((p) => (p[1] === null ? [] : [[p[0], p[1]] as const])) }
        : null,
    [showJapan, japan],
  )
  const model = useMemo(
    () => gdpModel({ series, reference, width: Math.max(320, width), height: 260, scale, year }),
    [series, reference, width, scale, year],
  )
  const unit = meta ? text(meta.unit) : ''
  const title = t('charts.gdp.title')
  const subtitle = `${unit} · ${t('charts.gdp.years', { from: model.years[0], to: model.years[1] })} · ${t('charts.selectedYear', { year })}`
  const chooseCountry = (iso3: string) => select({ kind: 'country', id: iso3 })
  const missingNote =
    model.missing.length > 0
      ? `${t('noData')}: ${model.missing.map(nameOf).join(', ')} (${t('reasons.no-year')})`
      : null

  return (
    <ChartPanel
      id="gdp-per-capita"
      title={title}
      subtitle={subtitle}
      sources={[{ refs: meta ? [meta.source] : [] }]}
      chartRef={chart}
      image={() => ({ notes: missingNote ? [missingNote] : [] })}
      csv={(cite) =>
        gdpTable({
          series: all.filter((s) => s.iso3 !== 'JPN'),
          reference: showJapan ? (japan ?? null) : null,
          years: model.years,
          indicator: meta ? text(meta.name) : title,
          unit,
          nameOf,
          cite,
          notes: missingNote ? [missingNote] : [],
        })
      }
      controls={
        <>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('charts.gdp.scale')}</legend>
            {(['linear', 'log'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={scale === s} onClick={() => setScale(s)}>
                {t(`charts.gdp.${s}`)}
              </button>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={showJapan} onChange={toggleJapan} /> {t('charts.gdp.japan')}
          </label>
        </>
      }
    >
      <div className="gdp-body">
        <div ref={box} className="chart-box">
          <ChartSvg
            svgRef={chart}
            width={model.width}
            height={model.height}
            label={t('charts.gdp.aria', { year })}
          >
            <YAxis
              ticks={model.yTicks.map((tk) => ({ ...tk, label: formatNumber(tk.value, lang) }))}
              x={model.plot.x0}
              gridRight={model.plot.x1}
            />
            <XAxis ticks={model.xTicks.map((tk) => ({ ...tk, label: String(tk.value) }))} y={model.plot.y1} />
            {model.marker && (
              <line
                x1={model.marker.x}
                x2={model.marker.x}
                y1={model.plot.y0}
                y2={model.plot.y1}
                stroke={INK}
                strokeDasharray="3 3"
              />
            )}
            {model.lines.map((l) => {
              const emphasis = l.reference ? 'normal' : emphasisOf(l.iso3, focus)
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the ranking below is the keyboard path
                <g
                  key={l.iso3}
                  opacity={emphasis === 'dim' ? 0.25 : 1}
                  onPointerEnter={() => !l.reference && hoverOn({ kind: 'country', id: l.iso3 })}
                  onPointerLeave={() => hoverOn(null)}
                  onClick={() => !l.reference && chooseCountry(l.iso3)}
                  style={{ cursor: l.reference ? 'default' : 'pointer' }}
                >
                  <path
                    d={l.d}
                    fill="none"
                    stroke={countryColor(l.iso3)}
                    strokeWidth={emphasis === 'focus' ? 3 : 1.6}
                    strokeDasharray={l.reference ? '5 3' : undefined}
                  />
                  {/* A wide invisible stroke makes thin lines easy to hover. */}
                  <path d={l.d} fill="none" stroke="transparent" strokeWidth={10} />
                  {l.end && (
                    <text
                      x={l.end.x + 6}
                      y={l.end.labelY}
                      dy="0.32em"
                      fontSize={11}
                      fill={countryColor(l.iso3)}
                      fontWeight={emphasis === 'focus' ? 700 : 400}
                    >
                      {nameOf(l.iso3)}
                    </text>
                  )}
                </g>
              )
            })}
            {model.dots.map((d) => (
              <circle key={d.iso3} cx={d.x} cy={d.y} r={3} fill={countryColor(d.iso3)} />
            ))}
          </ChartSvg>
        </div>
        <GdpRanking model={model} year={year} missingNote={missingNote} />
      </div>
    </ChartPanel>
  )
}
