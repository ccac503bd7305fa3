import { useTranslation } from 'react-i18next'
import type { Network } from '@/data/network'
import type { Link, SourceRef } from '@/data/schema'
import { useNetwork } from '@/data/use-dataset'
import { isMemberIn } from '@/domain/asean-membership'
import { selectVisibleLinks } from '@/domain/filter-links'
import { linkFields, linkYear } from '@/domain/link-facts'
import { linkFlows } from '@/domain/link-flows'
import { joinItems } from '@/i18n/format'
import { localLocator } from '@/shared/locator'
import { useLang, useLocalText } from '@/shared/use-lang'
import { useCitations } from '@/shared/use-sources'
import { selectFilters, selectHover, selectYear } from '@/state/selectors'
import { useStore } from '@/state/store'
import { useFlowPick, usePointer } from './pointer-store'
import './map.css'

/** Links listed by name in a flow's tooltip; the rest are counted. */
const FLOW_LINKS_LISTED = 3

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const yearSpan = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`)

interface Tip {
  title: string
  lines: string[]
}

type Translate = ReturnType<typeof useTranslation>['t']
type LocalText = ReturnType<typeof useLocalText>

/** A link's relation and the year it began: "Sister city · 2016". */
function relationLine(network: Network, link: Link, t: Translate): string {
  const year = linkYear(network, link)
  return `${t(`relations.${link.relation}`)}${year ? ` · ${year}` : ''}`
}

/**
 * What the pointer is over, as plain text: names, relation, fields, years and the source's own
 * title (its publisher when the page has none); never a gazetteer id or a package name. A flow
 * names its links under the current filters.
 */
export function MapTooltip() {
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const hover = useStore(selectHover)
  const flowId = useFlowPick((s) => s.hover)
  // The filters matter only while something is pointed at: a filter change renders no empty tooltip.
  const filters = useStore((s) => (hover || flowId ? selectFilters(s) : null))
  const year = useStore(selectYear)
  const { x, y, width, height } = usePointer()
  const { network } = useNetwork()
  const citations = useCitations()
  if (!network || !filters || (!hover && !flowId)) return null

  const fields = (links: readonly Link[]) => {
    const all = new Set(links.flatMap((l) => linkFields(network, l)))
    return joinItems(
      [...all].map((f) => t(`fields.${f}`)),
      lang,
    )
  }
  const source = (ref: SourceRef) => {
    const name = ref.title ?? citations?.get(ref.ref)?.publisher[lang] ?? ref.ref
    return `${t('source.label')}${lang === 'ja' ? '' : ' '}${name}${ref.locator && !ref.title ? ` · ${localLocator(ref.locator, lang)}` : ''}`
  }
  let tip: Tip | null = null
  if (flowId && !hover) tip = flowTip(network, flowId, selectVisibleLinks(network, filters), t, text, fields)
  else if (hover?.kind === 'link') {
    const link = network.linkById.get(hover.id)
    const jp = link && network.placeById.get(link.jp)
    const asean = link && network.placeById.get(link.asean)
    if (link && jp && asean) {
      // Links drawn on the very same line (their ASEAN places drawn at one point): named too.
      const shown = new Set(selectVisibleLinks(network, filters))
      const same = (network.linksByPlace.get(jp.id) ?? []).filter((l) => {
        const other = network.placeById.get(l.asean)
        return l !== link && shown.has(l) && other?.lon === asean.lon && other.lat === asean.lat
      })
      tip = {
        title: `${text(jp.name)} → ${text(asean.name)}`,
        lines: [
          relationLine(network, link, t),
          fields([link]),
          source(link.source),
          ...(link.confidence === 'low' ? [t('map.lowConfidence')] : []),
          ...same.map((l) =>
            t('map.alsoOnLine', {
              link: `${text(jp.name)} → ${text(network.placeById.get(l.asean)?.name)} · ${relationLine(network, l, t)}`,
            }),
          ),
        ],
      }
    }
  } else if (hover?.kind === 'place') {
    const place = network.placeById.get(hover.id)
    if (place) {
      const where = place.prefecture && place.level !== 'prefecture' ? place.prefecture : undefined
      const country = network.countryByIso3.get(place.country)
      tip = {
        title: text(place.name),
        lines: [
          [capitalised(t(`levels.${place.level}`)), text(where ?? country?.name)].filter(Boolean).join(' · '),
          t('map.placeLinks', { count: network.linksByPlace.get(place.id)?.length ?? 0 }),
          ...(place.today
            ? [
                t(`detail.today.${place.today.kind}`, {
                  units: joinItems(
                    place.today.units.map((u) => text(u)),
                    lang,
                  ),
                  since: place.today.since,
                }),
              ]
            : []),
        ],
      }
    }
  } else if (hover?.kind === 'country') {
    const country = network.countryByIso3.get(hover.id)
    if (country)
      tip = {
        title: text(country.name),
        lines:
          country.asean && country.accessionYear !== null
            ? [
                isMemberIn(country, year)
                  ? t('map.memberSince', { year: country.accessionYear })
                  : t('map.notMemberYet', { year, joined: country.accessionYear }),
              ]
            : [],
      }
  }
  if (!tip) return null
  // Beside the pointer, on the side with room (the tooltip is at most 320 px wide).
  const left = width > 0 && x > width - 340
  const up = height > 0 && y > height - 160
  const transform = `translate(${left ? `calc(${x - 14}px - 100%)` : `${x + 14}px`}, ${up ? `calc(${y - 14}px - 100%)` : `${y + 14}px`})`
  return (
    <div className="map-tooltip" role="tooltip" style={{ transform }}>
      <div className="map-tooltip-title">{tip.title}</div>
      {[...new Set(tip.lines.filter(Boolean))].map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  )
}

/** A flow: its prefecture and country, how many of its links the filters keep, the first few by name. */
function flowTip(
  network: Network,
  id: string,
  visible: readonly Link[],
  t: Translate,
  text: LocalText,
  fields: (links: readonly Link[]) => string,
): Tip | null {
  const flow = linkFlows(network).flowById.get(id)
  if (!flow) return null
  const shown = new Set(visible)
  const links = flow.links.filter((l) => shown.has(l))
  const years = links.flatMap((l) => linkYear(network, l) ?? [])
  const named = links.slice(0, FLOW_LINKS_LISTED).map((l) => {
    const jp = network.placeById.get(l.jp)
    const asean = network.placeById.get(l.asean)
    return `${text(jp?.name)} → ${text(asean?.name)} · ${relationLine(network, l, t)}`
  })
  return {
    title: `${text(flow.prefName)} → ${text(network.countryByIso3.get(flow.country)?.name)}`,
    lines: [
      t('map.placeLinks', { count: links.length }),
      ...(years.length ? [yearSpan(Math.min(...years), Math.max(...years))] : []),
      fields(links),
      ...named,
      ...(links.length > FLOW_LINKS_LISTED
        ? [t('map.flowMore', { count: links.length - FLOW_LINKS_LISTED })]
        : []),
      t('map.flowHint'),
    ],
  }
}
