import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FIELD_IDS } from '@/data/codes'
import type { Link } from '@/data/schema'
import { useNetwork, useSchemes } from '@/data/use-dataset'
import { selectVisible, selectVisibleLinks } from '@/domain/filter-links'
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
import { cached } from '../cached'
import { ChartPanel } from '../chart-panel'
import { sourcesByCount } from '../source-refs'
import { useBusyWhileStale, useOnScreen, useStoreOnScreen } from '../use-on-screen'
import { useWidth } from '../use-width'
import { type ChartActions, LinksChart } from './links-chart'
import { LinksDrill } from './links-drill'
import { type Drill, type LinksLevel, linksLevel, NO_DRILL } from './links-level'
import { BOTTOM, fieldKey, filterItems, linksModel, ROW, TOP } from './links-model'
import { linksTable } from './links-table'

/**
 * The chart's height in px at most: the finest level whose rows fit it is drawn (links-level.ts), so
 * the whole diagram is on screen and no band runs off its bottom, whatever the number of links.
 */
const MAX_HEIGHT = 640
/** Rows are 16 px, and down to 13 px to fit a level (a prefecture per row at national scale). */
const MIN_ROW = 13
const ROOM = MAX_HEIGHT - TOP - BOTTOM

const SUBTITLE: Record<LinksLevel, string> = {
  places: 'charts.links.subtitle',
  municipalities: 'charts.links.subtitleMunicipalities',
  prefectures: 'charts.links.subtitlePrefectures',
  flows: 'charts.links.subtitleFlows',
}

const PREF = 'pref:'
const COUNTRY = 'country:'

/**
 * Japanese municipalities and their ASEAN partners under the filters: one band per link when they
 * fit, else grouped by prefecture and country as the map's national view; a click drills in.
 */
export function LinksPanel() {
  useRenderCount('charts:links')
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const { network } = useNetwork()
  const schemes = useSchemes().data
  // Every filter change redraws the diagram: off screen (below the map at start) it waits until it
  // is scrolled to, and is drawn then with the filters and highlights of that moment.
  const panel = useRef<HTMLElement>(null)
  const onScreen = useOnScreen(panel)
  const filters = useStoreOnScreen(onScreen, selectFilters)
  useBusyWhileStale(panel, onScreen, selectFilters, filters)
  const hoveredLink = useStoreOnScreen(onScreen, selectHoveredLink)
  const selectedLink = useStoreOnScreen(onScreen, selectSelectedLink)
  const hoveredPlace = useStoreOnScreen(onScreen, selectHoveredPlace)
  const selectedPlace = useStoreOnScreen(onScreen, selectSelectedPlace)
  const hoveredCountry = useStoreOnScreen(onScreen, selectHoveredCountry)
  const selectedCountry = useStoreOnScreen(onScreen, selectSelectedCountry)
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
  const [box, width] = useWidth<HTMLDivElement>(560)
  const chart = useRef<SVGSVGElement>(null)
  const [drill, setDrill] = useState<Drill>(NO_DRILL)
  const visible = network ? selectVisibleLinks(network, filters) : undefined

  const view = useMemo(() => {
    if (!network || !visible) return null
    const at = linksLevel(network, visible, drill, text, ROOM / MIN_ROW)
    // A drill the filters have emptied shows everything again.
    return at.drilled.length === 0 && drill !== NO_DRILL
      ? linksLevel(network, visible, NO_DRILL, text, ROOM / MIN_ROW)
      : at
  }, [network, visible, drill, text])
  const drilled = view && view.drilled.length > 0 ? drill : NO_DRILL
  const model = useMemo(() => {
    if (!view) return null
    const row = Math.max(MIN_ROW, Math.min(ROW, ROOM / Math.max(1, view.rows)))
    return linksModel(view.bands, view.nodes, Math.max(360, width), {
      row,
      widthBy: view.level === 'places' ? 'projects' : 'count',
    })
  }, [view, width])

  const count = visible?.length ?? 0
  const shown = view?.drilled ?? []
  const litLink = (l: Link) =>
    l.id === hoveredLink ||
    l.id === selectedLink ||
    l.jp === hoveredPlace ||
    l.asean === hoveredPlace ||
    l.jp === selectedPlace ||
    l.asean === selectedPlace ||
    (network?.countryOfLink.get(l.id) ?? '') === hoveredCountry ||
    (network?.countryOfLink.get(l.id) ?? '') === selectedCountry
  const anyLit = Boolean(
    hoveredLink || selectedLink || hoveredPlace || selectedPlace || hoveredCountry || selectedCountry,
  )
  const bandLit = cached((id: string) => (view?.members.get(id) ?? []).some(litLink))
  const countryName = (iso3: string) => {
    const c = network?.countryByIso3.get(iso3)
    return c ? text(c.name) : iso3
  }
  const nodeName = cached((id: string) => view?.nodes.get(id)?.label ?? id)
  // Every band names a field and a count: each message is looked up once per render.
  const fieldName = cached((field: string) => t(`fields.${field}`))
  const projects = cached((n: number) => t('charts.links.projects', { count: n }))
  const linkCount = cached((n: number) => t('charts.links.count', { count: n }))
  const grouped = view !== null && view.level !== 'places'
  const act: ChartActions = {
    bandTitle: (b) =>
      `${nodeName(b.jp)} → ${nodeName(b.asean)}${b.field ? ` · ${fieldName(b.field)}` : ''} · ${grouped ? linkCount(b.weight) : projects(b.weight)}`,
    bandLit,
    anyLit,
    enterBand: (id) => {
      if (!grouped) hoverOn({ kind: 'link', id })
    },
    leave: () => hoverOn(null),
    chooseBand: (id) => {
      if (!grouped) return select({ kind: 'link', id })
      const [left = '', right = ''] = id.split('|')
      setDrill({
        pref: left.startsWith(PREF) ? left.slice(PREF.length) : drilled.pref,
        country: right.startsWith(COUNTRY) ? right.slice(COUNTRY.length) : drilled.country,
      })
    },
    enterNode: (id) => {
      if (id.startsWith(COUNTRY)) hoverOn({ kind: 'country', id: id.slice(COUNTRY.length) })
      else if (!id.startsWith(PREF)) hoverOn({ kind: 'place', id })
    },
    chooseNode: (id) => {
      if (id.startsWith(PREF)) setDrill({ ...drilled, pref: id.slice(PREF.length) })
      else if (id.startsWith(COUNTRY)) setDrill({ ...drilled, country: id.slice(COUNTRY.length) })
      else select({ kind: 'place', id })
    },
    drills: (id) => id.startsWith(PREF) || id.startsWith(COUNTRY),
    nodeBold: (id) => id === hoveredPlace || id === selectedPlace,
    chooseGroup: (iso3) => setDrill({ ...drilled, country: iso3 }),
    groupName: countryName,
    nodeName: (n) => n.label,
  }
  const title = t('charts.links.title')
  const subtitle = t(SUBTITLE[view?.level ?? 'places'])
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
  const prefName = (pref: string) => {
    const place = view?.drilled.map((l) => network?.placeById.get(l.jp)).find(Boolean)
    return place?.prefecture ? text(place.prefecture) : pref
  }
  const drillNote = [drilled.pref && prefName(drilled.pref), drilled.country && countryName(drilled.country)]
    .filter(Boolean)
    .join(' → ')
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
      ...(drillNote ? [t('charts.links.drilled', { into: drillNote, count: shown.length })] : []),
    ]
  }
  const placeName = (id: string) => {
    const p = network?.placeById.get(id)
    return p ? text(p.name) : id
  }

  return (
    <ChartPanel
      id="cooperation-links"
      panelRef={panel}
      title={title}
      subtitle={subtitle}
      sources={[{ refs: sources }]}
      legend={legend}
      chartRef={chart}
      empty={empty}
      image={() => ({ notes: imageNotes() })}
      csv={(cite) =>
        network
          ? linksTable({
              network,
              links: shown,
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
              notes: [
                t('charts.links.csvNote'),
                ...(drillNote ? [t('charts.links.drilled', { into: drillNote, count: shown.length })] : []),
                ...imageNotes(),
              ],
            })
          : { header: [], rows: [], notes: [] }
      }
      controls={
        <span className="muted" data-testid="links-panel-count" data-count={count}>
          {t('charts.links.count', { count })}
        </span>
      }
    >
      {view && !empty && (
        <LinksDrill
          drill={drilled}
          level={view.level}
          into={drillNote}
          shown={shown.length}
          total={count}
          prefName={prefName}
          onDrill={setDrill}
        />
      )}
      <div ref={box} className="chart-box links-box">
        {empty && (
          <p className="chart-empty" role="status" data-testid="links-panel-empty">
            {t('charts.links.empty')}
          </p>
        )}
        {model && !empty && (
          <LinksChart model={model} chartRef={chart} label={t('charts.links.aria', { count })} act={act} />
        )}
      </div>
      <p className="muted small">{t('charts.links.note')}</p>
    </ChartPanel>
  )
}
