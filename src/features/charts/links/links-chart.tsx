import { type KeyboardEvent, type RefObject, useState } from 'react'
import { INK } from '@/shared/colors'
import { fieldColor } from '@/shared/field-style'
import { ChartSvg } from '../chart-svg'
import { activate } from '../keyboard'
import type { LinksModel, PlacedNode } from './links-model'

/** What a node or band does when pointed at or chosen; the panel decides by level. */
export interface ChartActions {
  /** A band's tooltip text. */
  bandTitle: (band: LinksModel['bands'][number]) => string
  bandLit: (id: string) => boolean
  anyLit: boolean
  enterBand: (id: string) => void
  chooseBand: (id: string) => void
  enterNode: (id: string) => void
  leave: () => void
  chooseNode: (id: string) => void
  /** Whether choosing a node drills into it (a prefecture or a country): then it takes the keyboard. */
  drills: (id: string) => boolean
  nodeBold: (id: string) => boolean
  chooseGroup: (iso3: string) => void
  groupName: (iso3: string) => string
  nodeName: (node: PlacedNode) => string
}

/** Keys that move the keyboard's place among the bands, as steps along the drawing order. */
const BAND_STEPS: Record<string, number> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  Home: Number.NEGATIVE_INFINITY,
  End: Number.POSITIVE_INFINITY,
}

/**
 * The bipartite diagram: bands first, then the node names on both sides. The bands are one stop of
 * the Tab order (the one last focused, else the first): the arrow keys, Home and End move among them,
 * a focused band is lit everywhere as when pointed at, and Enter or Space chooses it.
 */
export function LinksChart({
  model,
  chartRef,
  label,
  act,
}: {
  model: LinksModel
  chartRef: RefObject<SVGSVGElement | null>
  label: string
  act: ChartActions
}) {
  const [focused, setFocused] = useState<string | null>(null)
  const tabStop = model.bands.some((b) => b.id === focused) ? focused : (model.bands[0]?.id ?? null)
  const moveAmongBands = (e: KeyboardEvent<SVGPathElement>, at: number) => {
    const step = BAND_STEPS[e.key]
    if (step === undefined) return
    e.preventDefault()
    const bands = e.currentTarget.ownerSVGElement?.querySelectorAll<SVGPathElement>('path[data-link]') ?? []
    bands[Math.max(0, Math.min(bands.length - 1, at + step))]?.focus()
  }
  const node = (n: PlacedNode, side: 'jp' | 'asean') => {
    const drills = act.drills(n.id)
    // A name that drills is a button; a place's name is a pointer shortcut (the list beside the map
    // is its keyboard path).
    return (
      <text
        key={n.id}
        x={side === 'jp' ? model.x0 - 6 : model.x1 + 14}
        y={n.y}
        dy="0.32em"
        textAnchor={side === 'jp' ? 'end' : 'start'}
        fontSize={11}
        fill={INK}
        fontWeight={act.nodeBold(n.id) ? 700 : 400}
        textDecoration={drills ? 'underline' : undefined}
        role={drills ? 'button' : undefined}
        tabIndex={drills ? 0 : undefined}
        onPointerEnter={() => act.enterNode(n.id)}
        onPointerLeave={act.leave}
        {...activate(() => act.chooseNode(n.id))}
        style={{ cursor: 'pointer' }}
      >
        {act.nodeName(n)}
      </text>
    )
  }
  return (
    <ChartSvg svgRef={chartRef} width={model.width} height={model.height} label={label} role="group">
      {model.bands.map((b, i) => {
        const { onClick, onKeyDown } = activate(() => act.chooseBand(b.id))
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>.
          <path
            key={b.id}
            d={b.d}
            fill="none"
            stroke={fieldColor(b.field)}
            strokeWidth={b.strokeWidth}
            strokeOpacity={act.anyLit ? (act.bandLit(b.id) ? 0.95 : 0.12) : 0.55}
            role="button"
            tabIndex={b.id === tabStop ? 0 : -1}
            aria-label={act.bandTitle(b)}
            data-link={b.id}
            onPointerEnter={() => act.enterBand(b.id)}
            onPointerLeave={act.leave}
            onFocus={() => {
              setFocused(b.id)
              act.enterBand(b.id)
            }}
            onBlur={act.leave}
            onClick={onClick}
            onKeyDown={(e) => {
              moveAmongBands(e, i)
              onKeyDown(e)
            }}
            style={{ cursor: 'pointer' }}
          >
            <title>{act.bandTitle(b)}</title>
          </path>
        )
      })}
      {model.jp.map((n) => node(n, 'jp'))}
      {model.groups.map((g) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG heading that drills into its country.
        <text
          key={g.group}
          x={model.x1 + 6}
          y={g.y + 11}
          fontSize={10}
          fontWeight={700}
          fill="#4a5a66"
          role="button"
          tabIndex={0}
          {...activate(() => act.chooseGroup(g.group))}
          style={{ cursor: 'pointer' }}
        >
          {act.groupName(g.group)}
        </text>
      ))}
      {model.asean.map((n) => node(n, 'asean'))}
    </ChartSvg>
  )
}
