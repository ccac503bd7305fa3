import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useOda } from '@/data/use-dataset'
import { NOT_ODA_RECIPIENTS } from '@/domain/indicator-values'
import { formatNumber } from '@/i18n/format'
import { INK } from '@/shared/colors'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectOdaView } from '@/state/selectors'
import { useStore } from '@/state/store'
import { XAxis, YAxis } from '../axis'
import { ChartPanel } from '../chart-panel'
import { countryColor } from '../country-colors'
import { emphasisOf } from '../emphasis'
import { useCountryFocus, useCountryName } from '../use-country'
import { useWidth } from '../use-width'
import {
  ODA_PART_COLORS,
  ODA_PARTS,
  type OdaRow,
  OECD_LABEL_FONT,
  odaBarsModel,
  oecdModel,
} from './oda-model'
import { odaTable } from './oda-table'

/** Japan's ODA: the report's 2015 composition by country, and the OECD series since 2009. */
export function OdaPanel() {
  useRenderCount('charts:oda')
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const oda = useOda().data
  const nameOf = useCountryName()
  const view = useStore(selectOdaView)
  const setOdaView = useStore((s) => s.setOdaView)
  const focus = useCountryFocus()
  const { selected } = focus
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const [box, width] = useWidth<HTMLDivElement>(560)
  const chart = useRef<SVGSVGElement>(null)
  const oecdChart = useRef<SVGSVGElement>(null)
  const w = Math.max(300, width)
  const money = (v: number) => formatNumber(v, lang, 2)

  const rows: OdaRow[] = useMemo(
    () =>
      (oda?.report2015.rows ?? [])
        .filter((r) => r.id !== 'ASEAN')
        .map((r) => ({
          iso3: r.id,
          grantAid: r.grantAid,
          technicalCooperation: r.technicalCooperation,
          loansDisbursed: r.loansDisbursed,
          loansRepaid: r.loansRepaid,
          grossTotal: r.grossTotal,
          netTotal: r.netTotal,
        })),
    [oda],
  )
  const bars = useMemo(
    () => odaBarsModel(rows, view, w, (v) => formatNumber(v, lang, 2)),
    [rows, view, w, lang],
  )
  const oecdSeries = useMemo(
    () =>
      (oda?.oecd.series ?? [])
        .filter((s) => s.flow === view)
        .map((s) => ({
          iso3: s.iso3,
          label: nameOf(s.iso3),
          points: s.points.map((p) => [p[0], p[1]] as const),
        })),
    [oda, view, nameOf],
  )
  const lines = useMemo(() => oecdModel(oecdSeries, w, 200), [oecdSeries, w])
  const reportUnit = oda ? text(oda.report2015.unit) : ''
  const oecdUnit = oda ? text(oda.oecd.unit) : ''
  const notRecipients = [...NOT_ODA_RECIPIENTS].filter((c) => c !== 'JPN')
  const title = t('charts.oda.title')
  const subtitle = `${t(`charts.oda.${view}`)} · ${t('charts.oda.report2015')} · ${reportUnit}`
  const legend = (view === 'gross' ? ODA_PARTS.slice(0, 3) : ODA_PARTS).map((p) => ({
    key: p,
    label: t(`charts.oda.parts.${p}`),
    color: ODA_PART_COLORS[p],
  }))
  const notRecipientsNote = t('charts.oda.notRecipients', { list: notRecipients.map(nameOf).join(', ') })
  const oecdHeading = `${t(`charts.oda.oecdTitle.${view}`)} (${oecdUnit})`

  return (
    <ChartPanel
      id="japan-oda"
      title={title}
      subtitle={subtitle}
      sources={[
        { refs: oda ? [oda.report2015.source] : [] },
        { label: t('charts.oda.oecdSource'), refs: oda ? [oda.oecd.source] : [] },
      ]}
      legend={legend}
      chartRef={chart}
      image={() => ({
        notes: [notRecipientsNote, ...(view === 'net' ? [t('charts.oda.netGaps')] : [])],
        more: [{ ref: oecdChart, heading: oecdHeading }],
      })}
      csv={(cite) =>
        oda
          ? odaTable({
              oda,
              view,
              nameOf,
              text,
              labels: {
                ...(Object.fromEntries(
                  [...ODA_PARTS, 'grossTotal', 'netTotal'].map((p) => [p, t(`charts.oda.parts.${p}`)]),
                ) as Record<(typeof ODA_PARTS)[number] | 'grossTotal' | 'netTotal', string>),
                blank: t('charts.oda.blank'),
              },
              cite,
              notes: [notRecipientsNote, ...(view === 'net' ? [t('charts.oda.netGaps')] : [])],
            })
          : { header: [], rows: [], notes: [] }
      }
      controls={
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('charts.oda.view')}</legend>
          {(['gross', 'net'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setOdaView(v)}>
              {t(`charts.oda.${v}`)}
            </button>
          ))}
        </fieldset>
      }
    >
      <div ref={box} className="chart-box">
        <svg
          ref={chart}
          className="chart"
          width={bars.width}
          height={bars.height}
          viewBox={`0 0 ${bars.width} ${bars.height}`}
          role="img"
          aria-label={t('charts.oda.aria')}
        >
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
        </svg>
      </div>
      <p className="muted small">{notRecipientsNote}</p>
      <h3 className="chart-subhead">
        {t(`charts.oda.oecdTitle.${view}`)} <span className="muted">({oecdUnit})</span>
      </h3>
      <svg
        ref={oecdChart}
        className="chart"
        width={lines.width}
        height={lines.height}
        viewBox={`0 0 ${lines.width} ${lines.height}`}
        role="img"
        aria-label={t('charts.oda.oecdAria')}
      >
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
                  <title>{`${l.label?.text ?? l.iso3} ${d.year}: ${money(d.value)} ${oecdUnit}`}</title>
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
      </svg>
      {view === 'net' && <p className="muted small">{t('charts.oda.netGaps')}</p>}
    </ChartPanel>
  )
}
