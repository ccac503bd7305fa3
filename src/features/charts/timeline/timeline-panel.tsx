import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { FIELD_IDS } from '@/data/codes'
import { useEvents, useNetwork } from '@/data/use-dataset'
import { fieldColor } from '@/shared/field-style'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectYearRange } from '@/state/selectors'
import { useStore } from '@/state/store'
import { ChartPanel } from '../chart-panel'
import { fieldKey } from '../links/links-model'
import { distinctSources } from '../source-refs'
import { useWidth } from '../use-width'
import { TimelineChart } from './timeline-chart'
import { timelineModel } from './timeline-model'
import { timelineTable } from './timeline-table'
import { YearRangeForm } from './year-range-form'

/** The years the timeline spans. */
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
  const [box, width] = useWidth<HTMLDivElement>(900)
  const chart = useRef<SVGSVGElement>(null)

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

  const spansCount = network?.projects.length ?? 0
  const undated = network?.projects.filter((p) => p.startYear === null).length ?? 0
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
      controls={<YearRangeForm range={RANGE} />}
    >
      <p className="muted small" data-testid="timeline-range">
        {yearRange
          ? t('charts.timeline.filtered', { from: yearRange[0], to: yearRange[1] })
          : t('charts.timeline.hint')}
      </p>
      <div ref={box} className="chart-box">
        <TimelineChart
          model={model}
          chartRef={chart}
          yearRange={yearRange}
          ariaLabel={t('charts.timeline.aria', { events: model.events.length, projects: spansCount })}
        />
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
