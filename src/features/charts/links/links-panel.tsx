import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { FIELD_IDS } from '@/data/schema'
import { useNetwork, useSchemes } from '@/data/use-dataset'
import { selectVisible, selectVisibleLinks } from '@/domain/filter-links'
import { heaviest } from '@/domain/heaviest'
import { linkFields } from '@/domain/link-facts'
import { fieldColor } from '@/shared/field-style'
import { useRenderCount } from '@/shared/perf'
import { useLocalText } from '@/shared/use-lang'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { cached } from '../cached'
import { ChartPanel } from '../chart-panel'
import { sourcesByCount } from '../source-refs'
import { useWidth } from '../use-width'
import { LinksChart } from './links-chart'
import { fieldKey, filterItems, type LinkInput, linksModel, type NodeInput } from './links-model'

/**
 * Bands drawn at most: each adds a row of 16 px on both sides, so 300 bands made a chart 4,800 px
 * tall (measured at 20,000 links), which no one reads. 100 keeps it within about two screens, the
 * size of the list's first page beside it.
 */
const MAX_BANDS = 100

/** Japanese municipalities and their ASEAN partners, one band per visible link. */
export function LinksPanel() {
  useRenderCount('charts:links')
  const { t } = useTranslation()
  const text = useLocalText()
  const { network } = useNetwork()
  const schemes = useSchemes().data
  const filters = useStore(selectFilters)
  const [box, width] = useWidth<HTMLDivElement>(560)
  const chart = useRef<SVGSVGElement>(null)
  const visible = network ? selectVisibleLinks(network, filters) : undefined

  const model = useMemo(() => {
    if (!network || !visible) return null
    const nodes = new Map<string, NodeInput>()
    // Past a few hundred bands the diagram is unreadable and slow: draw the links with the most
    // projects, say how many are drawn, and leave the full set to the list and the CSV.
    const drawn =
      visible.length > MAX_BANDS
        ? heaviest(visible, MAX_BANDS, (l) => network.projectsByLink.get(l.id)?.length ?? 0)
        : visible
    const inputs: LinkInput[] = drawn.map((l) => {
      for (const id of [l.jp, l.asean]) {
        const p = network.placeById.get(id)
        if (p && !nodes.has(id))
          nodes.set(id, {
            id,
            label: text(p.name),
            // Japanese side north to south; ASEAN side by country, then north to south.
            group: p.country === 'JPN' ? '' : p.country,
            order: -p.lat,
          })
      }
      return {
        id: l.id,
        jp: l.jp,
        asean: l.asean,
        country: network.countryOfLink.get(l.id) ?? '',
        field: linkFields(network, l)[0] ?? null,
        weight: network.projectsByLink.get(l.id)?.length ?? 0,
      }
    })
    return linksModel(inputs, nodes, Math.max(360, width))
  }, [network, visible, width, text])

  const count = visible?.length ?? 0
  const placeName = cached((id: string) => {
    const p = network?.placeById.get(id)
    return p ? text(p.name) : id
  })
  const countryName = (iso3: string) => {
    const c = network?.countryByIso3.get(iso3)
    return c ? text(c.name) : iso3
  }
  const title = t('charts.links.title')
  // Counted in the filter pass; sorting the few references is all that is left to do here.
  const sourceCounts = network ? selectVisible(network, filters).bySource : undefined
  const sources = useMemo(() => (sourceCounts ? sourcesByCount(sourceCounts) : []), [sourceCounts])
  const legend = useMemo(
    () =>
      fieldKey(model?.bands ?? [], FIELD_IDS).map((f) => ({
        key: f ?? 'none',
        label: f ? t(`fields.${f}`) : t('charts.links.noField'),
        color: fieldColor(f),
      })),
    [model, t],
  )
  const empty = network !== undefined && count === 0
  const imageNotes = () => {
    const filtered = filterItems(filters, {
      heading: (key) => t(`charts.links.filterNames.${key}`),
      country: countryName,
      field: (f) => t(`fields.${f}`),
      relation: (r) => t(`relations.${r}`),
      scheme: (id) => {
        const s = schemes?.schemes.find((x) => x.id === id)
        return s ? text(s.name) : id
      },
      highConfidenceOnly: t('filters.highConfidenceOnly'),
    })
    return [
      [t('charts.links.count', { count }), ...filtered].join(' · '),
      ...(count > MAX_BANDS ? [t('charts.links.capped', { shown: MAX_BANDS, count })] : []),
    ]
  }

  return (
    <ChartPanel
      id="cooperation-links"
      title={title}
      subtitle={t('charts.links.subtitle')}
      sources={[{ refs: sources }]}
      legend={legend}
      chartRef={chart}
      empty={empty}
      image={() => ({ notes: imageNotes() })}
      csv={() => ({
        notes: [t('charts.links.csvNote')],
        header: [
          'link_id',
          'japan_side',
          'asean_side',
          'country',
          'field',
          'projects',
          'source',
          'source_locator',
          'source_url',
        ],
        rows: (visible ?? []).map((l) => [
          l.id,
          placeName(l.jp),
          placeName(l.asean),
          network?.countryOfLink.get(l.id) ?? '',
          network ? (linkFields(network, l)[0] ?? '') : '',
          network?.projectsByLink.get(l.id)?.length ?? 0,
          l.source.ref,
          l.source.locator ?? null,
          l.source.url ?? null,
        ]),
      })}
      controls={
        <span className="muted" data-testid="links-panel-count" data-count={count}>
          {t('charts.links.count', { count })}
        </span>
      }
    >
      <div ref={box} className="chart-box links-box">
        {empty && (
          <p className="chart-empty" role="status" data-testid="links-panel-empty">
            {t('charts.links.empty')}
          </p>
        )}
        {model && !empty && (
          <LinksChart
            model={model}
            chartRef={chart}
            ariaLabel={t('charts.links.aria', { count })}
            placeName={placeName}
            countryName={countryName}
          />
        )}
      </div>
      {count > MAX_BANDS && (
        <p className="muted small" data-testid="links-panel-capped">
          {t('charts.links.capped', { shown: MAX_BANDS, count })}
        </p>
      )}
      <p className="muted small">{t('charts.links.note')}</p>
    </ChartPanel>
  )
}
