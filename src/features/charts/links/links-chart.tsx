import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { INK } from '@/shared/colors'
import { fieldColor } from '@/shared/field-style'
import {
  selectHoveredCountry,
  selectHoveredLink,
  selectHoveredPlace,
  selectSelectedCountry,
  selectSelectedLink,
  selectSelectedPlace,
} from '@/state/selectors'
import { useStore } from '@/state/store'
import { cached } from '../cached'
import { ChartSvg } from '../chart-svg'
import { activate } from '../keyboard'
import type { LinksModel } from './links-model'

/**
 * The links panel's drawing: a band per link between the Japanese side and the ASEAN side, lit with
 * what is hovered or selected anywhere (it alone re-renders on hover), pointer shortcuts on each mark.
 */
export function LinksChart({
  model,
  chartRef,
  ariaLabel,
  placeName,
  countryName,
}: {
  model: LinksModel
  chartRef: RefObject<SVGSVGElement | null>
  ariaLabel: string
  placeName: (id: string) => string
  countryName: (iso3: string) => string
}) {
  const { t } = useTranslation()
  const hoveredLink = useStore(selectHoveredLink)
  const selectedLink = useStore(selectSelectedLink)
  const hoveredPlace = useStore(selectHoveredPlace)
  const selectedPlace = useStore(selectSelectedPlace)
  const hoveredCountry = useStore(selectHoveredCountry)
  const selectedCountry = useStore(selectSelectedCountry)
  const select = useStore((s) => s.select)
  const hoverOn = useStore((s) => s.hoverOn)
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
  // Up to a hundred bands each name a field and a project count: each message is looked up once per render.
  const fieldName = cached((field: string) => t(`fields.${field}`))
  const projects = cached((n: number) => t('charts.links.projects', { count: n }))
  return (
    <ChartSvg svgRef={chartRef} width={model.width} height={model.height} label={ariaLabel} role="group">
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
    </ChartSvg>
  )
}
