import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { FIELD_IDS } from '@/data/schema'
import { useNetwork, useSchemes } from '@/data/use-dataset'
import { selectVisible, selectVisibleLinks } from '@/domain/filter-links'
import { heaviest } from '@/domain/heaviest'
import { linkFields } from '@/domain/link-facts'
import { INK } from '@/shared/colors'
import { fieldColor } from '@/shared/field-style'
import { useRenderCount } from '@/shared/perf'
import { useLang, useLocalText } from '@/shared/use-lang'
import {
  selectFilters,
  selectHoveredCountry,
  selectHoveredLink,
  selectHoveredPlace,
  selectSelectedCountry,
  selectSelectedLink,
  selectSelectedPlace,
} from '@/state/selectors'
import { useStore } from '@/state/store'
import { ChartPanel } from '../chart-panel'
import { activate } from '../keyboard'
import { sourcesByCount } from '../source-refs'
import { useWidth } from '../use-width'
import { fieldKey, filterItems, type LinkInput, linksModel, type NodeInput } from './links-model'
import { linksTable } from './links-table'

/**
 * Bands drawn at most: each adds a row of 16 px on both sides, so 300 bands made a chart 4,800 px
 * tall (measured at 20,000 links), which no one reads. 100 keeps it within about two screens, the
 * size of the list's first page beside it.
 */
const MAX_BANDS = 100

/** `f` remembering its results for the render it is made in. */
function cached<K, V>(f: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>()
  return (key) => {
    if (!seen.has(key)) seen.set(key, f(key))
    return seen.get(key) as V
  }
}

/** Japanese municipalities and their ASEAN partners, one band per visible link. */
export function LinksPanel() {
  useRenderCount('charts:links')
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const { network } = useNetwork()
  const schemes = useSchemes().data
  const filters = useStore(selectFilters)
  const hoveredLink = useStore(selectHoveredLink)
  const selectedLink = useStore(selectSelectedLink)
  const hoveredPlace = useStore(selectHoveredPlace)
  const selectedPlace = useStore(selectSelectedPlace)
  const hoveredCountry = useStore(selectHoveredCountry)
  const selectedCountry = useStore(selectSelectedCountry)
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
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
  const lit = (b: { id: string; jp: string; asean: string; country: string }) =>
    b.id === hoveredLink ||
    b.id === selectedLink ||
    b.jp === hoveredPlace ||
    b.asean === hoveredPlace ||
    b.jp === selectedPlace ||
    b.asean === selectedPlace ||
    b.country === hoveredCountry ||
    b.country === selectedCountry
  const anyLit = Boolean(
    hoveredLink || selectedLink || hoveredPlace || selectedPlace || hoveredCountry || selectedCountry,
  )
  const placeName = cached((id: string) => {
    const p = network?.placeById.get(id)
    return p ? text(p.name) : id
  })
  const countryName = (iso3: string) => {
    const c = network?.countryByIso3.get(iso3)
    return c ? text(c.name) : iso3
  }
  // Up to MAX_BANDS bands each name a field and a project count: each message is looked up once per render.
  const fieldName = cached((field: string) => t(`fields.${field}`))
  const projects = cached((n: number) => t('charts.links.projects', { count: n }))
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
      csv={(cite) =>
        network
          ? linksTable({
              network,
              links: visible ?? [],
              placeName,
              countryName,
              label: {
                relation: (r) => t(`relations.${r}`),
                field: (f) => t(`fields.${f}`),
                curated: t('origin.curated'),
                mine: t('origin.mine'),
              },
              // 「、」, not joinItems' 「・」: labels such as 保健・医療 contain it.
              separator: lang === 'ja' ? '、' : '; ',
              cite,
              notes: [t('charts.links.csvNote'), ...imageNotes()],
            })
          : { header: [], rows: [], notes: [] }
      }
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
          // biome-ignore lint/a11y/useSemanticElements: an SVG chart whose bands are buttons is a group.
          <svg
            ref={chart}
            className="chart"
            width={model.width}
            height={model.height}
            viewBox={`0 0 ${model.width} ${model.height}`}
            role="group"
            aria-label={t('charts.links.aria', { count })}
          >
            {model.bands.map((b) => (
              // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>.
              <path
                key={b.id}
                d={b.d}
                fill="none"
                stroke={fieldColor(b.field)}
                strokeWidth={b.strokeWidth}
                strokeOpacity={anyLit ? (lit(b) ? 0.95 : 0.12) : 0.55}
                role="button"
                tabIndex={-1}
                aria-label={`${placeName(b.jp)} → ${placeName(b.asean)}`}
                data-link={b.id}
                onPointerEnter={() => hoverOn({ kind: 'link', id: b.id })}
                onPointerLeave={() => hoverOn(null)}
                {...activate(() => select({ kind: 'link', id: b.id }))}
                style={{ cursor: 'pointer' }}
              >
                <title>{`${placeName(b.jp)} → ${placeName(b.asean)}${b.field ? ` · ${fieldName(b.field)}` : ''} · ${projects(b.weight)}`}</title>
              </path>
            ))}
            {model.jp.map((n) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the list beside the map is the keyboard path
              <text
                key={n.id}
                x={model.x0 - 6}
                y={n.y}
                dy="0.32em"
                textAnchor="end"
                fontSize={11}
                fill={INK}
                fontWeight={n.id === hoveredPlace || n.id === selectedPlace ? 700 : 400}
                onPointerEnter={() => hoverOn({ kind: 'place', id: n.id })}
                onPointerLeave={() => hoverOn(null)}
                onClick={() => select({ kind: 'place', id: n.id })}
                style={{ cursor: 'pointer' }}
              >
                {n.label}
              </text>
            ))}
            {model.groups.map((g) => (
              <text key={g.group} x={model.x1 + 6} y={g.y + 11} fontSize={10} fontWeight={700} fill="#4a5a66">
                {countryName(g.group)}
              </text>
            ))}
            {model.asean.map((n) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the list beside the map is the keyboard path
              <text
                key={n.id}
                x={model.x1 + 14}
                y={n.y}
                dy="0.32em"
                fontSize={11}
                fill={INK}
                fontWeight={n.id === hoveredPlace || n.id === selectedPlace ? 700 : 400}
                onPointerEnter={() => hoverOn({ kind: 'place', id: n.id })}
                onPointerLeave={() => hoverOn(null)}
                onClick={() => select({ kind: 'place', id: n.id })}
                style={{ cursor: 'pointer' }}
              >
                {n.label}
              </text>
            ))}
          </svg>
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
