import { useTranslation } from 'react-i18next'
import type { SourceRef } from '@/data/schema'
import { useNetwork } from '@/data/use-dataset'
import { linkFields } from '@/domain/link-facts'
import { joinItems } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectHover } from '@/state/selectors'
import { useStore } from '@/state/store'
import { usePointer } from './pointer-store'

/** Names and fields of what the pointer is over, as plain text. */
export function MapTooltip() {
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const hover = useStore(selectHover)
  const { x, y } = usePointer()
  const { network } = useNetwork()
  if (!hover || !network) return null
  let title = ''
  let lines: string[] = []
  let source: SourceRef | undefined
  let sourceLabel: string | undefined
  if (hover.kind === 'link') {
    const link = network.linkById.get(hover.id)
    const jp = link && network.placeById.get(link.jp)
    const asean = link && network.placeById.get(link.asean)
    if (!link || !jp || !asean) return null
    title = `${text(jp.name)} → ${text(asean.name)}`
    source = link.source
    lines = [
      `${t(`relations.${link.relation}`)}${link.year ? ` · ${link.year}` : ''}`,
      joinItems(
        linkFields(network, link).map((f) => t(`fields.${f}`)),
        lang,
      ),
    ]
  } else if (hover.kind === 'place') {
    const place = network.placeById.get(hover.id)
    if (!place) return null
    const count = network.linksByPlace.get(place.id)?.length ?? 0
    title = text(place.name)
    lines = [t('map.placeLinks', { count })]
    source = place.source
    sourceLabel = t('detail.coordinatesSource')
  } else {
    const country = network.countryByIso3.get(hover.id)
    if (!country) return null
    title = text(country.name)
  }
  return (
    <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${x + 14}px, ${y + 14}px)` }}>
      <div className="map-tooltip-title">{title}</div>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <SourceLine source={source} label={sourceLabel} />
    </div>
  )
}
