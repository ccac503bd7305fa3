import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useOda } from '@/data/use-dataset'
import { NOT_ODA_RECIPIENTS } from '@/domain/indicator-values'
import { formatNumber } from '@/i18n/format'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectOdaView } from '@/state/selectors'
import { useStore } from '@/state/store'
import { ChartPanel } from '../chart-panel'
import { useCountryName } from '../use-country'
import { useWidth } from '../use-width'
import { OdaBarsChart } from './oda-bars-chart'
import { ODA_PART_COLORS, ODA_PARTS, type OdaRow, odaBarsModel, oecdModel } from './oda-model'
import { odaTable } from './oda-table'
import { OecdChart } from './oecd-chart'

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
  const [box, width] = useWidth<HTMLDivElement>(560)
  const chart = useRef<SVGSVGElement>(null)
  const oecdChart = useRef<SVGSVGElement>(null)
  const w = Math.max(300, width)

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
        <OdaBarsChart bars={bars} chartRef={chart} />
      </div>
      <p className="muted small">{notRecipientsNote}</p>
      <h3 className="chart-subhead">
        {t(`charts.oda.oecdTitle.${view}`)} <span className="muted">({oecdUnit})</span>
      </h3>
      <OecdChart lines={lines} chartRef={oecdChart} unit={oecdUnit} />
      {view === 'net' && <p className="muted small">{t('charts.oda.netGaps')}</p>}
    </ChartPanel>
  )
}
