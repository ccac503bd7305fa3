import type { Map as MapLibreMap } from 'maplibre-gl'
import type { CapturedSlide, DeckKey, DeckVisual } from './deck'
import type { DeckChart } from './deck-charts'
import type { CameraDirector } from './present-camera'
import type { Slide } from './story-schema'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Resolves on the map's next idle (or after `ms`, so a stuck map cannot hang an export). */
function idle(map: MapLibreMap, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, ms)
    function done() {
      window.clearTimeout(timer)
      map.off('idle', done)
      resolve()
    }
    map.on('idle', done)
    map.triggerRepaint()
  })
}

/** Resolves once `test` holds, checked every frame (at most `ms`). */
async function until(test: () => boolean, ms: number): Promise<void> {
  const end = performance.now() + ms
  while (!test() && performance.now() < end) await nextFrame()
}

const textOf = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? ''

/**
 * The map's legend as it is on screen (indicator and year, unit, colour ramp with its end values,
 * countries without data): the key every exported map carries. Read from its text and styles only.
 */
export function readLegend(area: ParentNode): DeckKey | null {
  const legend = area.querySelector('[data-testid="map-legend"]')
  if (!legend) return null
  const gradient = legend.querySelector<HTMLElement>('.legend-gradient')
  const css = gradient ? getComputedStyle(gradient).backgroundImage : ''
  const stops = [...css.matchAll(/(rgba?\([^)]*\))\s+([\d.]+)%/g)].map((m) => ({
    color: m[1] ?? '#000',
    t: Number(m[2]) / 100,
  }))
  const ticks = [...legend.querySelectorAll('.legend-ticks span')].map((s) => s.textContent?.trim() ?? '')
  return {
    title: textOf(legend, '[data-testid="legend-title"]'),
    unit: textOf(legend, '[data-testid="legend-unit"]'),
    ramp: stops.length >= 2 ? { stops, ticks } : null,
    noData: textOf(legend, '[data-testid="legend-nodata"]') || null,
  }
}

/** The comparison table as shown: header row and body rows of cell text (marks included). */
function readTable(area: ParentNode): DeckVisual | null {
  const table = area.querySelector('table')
  if (!table) return null
  const cells = (row: Element) =>
    [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
  const rows = [...table.querySelectorAll('tr')].map(cells).filter((r) => r.some((c) => c !== ''))
  const [header = [], ...body] = rows
  return { kind: 'table', caption: textOf(table, 'caption'), header, rows: body }
}

/** What a chart panel says it shows: its heading and its unit and year line. */
function chartKeyLine(area: ParentNode): string {
  const titles = [...area.querySelectorAll('.panel-title')].map((e) => e.textContent?.trim() ?? '')
  const subs = [...area.querySelectorAll('.chart-subtitle')].map((e) => e.textContent?.trim() ?? '')
  return titles.map((t, i) => [t, subs[i]].filter(Boolean).join(' · ')).join(' / ')
}

export interface CaptureTarget {
  /** The slide view's element (map, chart or table). */
  area: () => HTMLElement | null
  live: { map: MapLibreMap; director: CameraDirector } | null
  /** The native charts of a slide, from the data. */
  charts: (slide: Slide) => DeckChart[]
}

/**
 * Shows each slide in turn and copies what it shows: the map canvas once the map is idle and the
 * camera at the slide's frame (the map keeps its drawing buffer, so the copy after idle is the
 * finished frame) with its legend, a chart's data, or the comparison table's cells; and for every
 * slide its key line and its computed figures as written on screen.
 */
export async function captureSlides(
  slides: readonly Slide[],
  show: (index: number) => void,
  onProgress: (index: number) => void,
  target: CaptureTarget,
): Promise<CapturedSlide[]> {
  const out: CapturedSlide[] = []
  for (const [i, slide] of slides.entries()) {
    onProgress(i)
    show(i)
    // Let React apply the slide and the views run their effects before reading them.
    await nextFrame()
    await nextFrame()
    const kind = slide.view.show
    await until(() => {
      const area = target.area()
      if (!area?.className.includes(`present-visual--${kind}`)) return false
      if (kind === 'map') return area.dataset.framed === slide.id || !target.live
      return area.querySelector(kind === 'compare' ? 'table' : 'svg') !== null
    }, 20_000)
    const area = target.area()
    const facts = [...(document.querySelectorAll('[data-testid="slide-fact"]') ?? [])].map(
      (f) => f.textContent?.trim() ?? '',
    )
    if (kind === 'map') {
      let image: { data: string; width: number; height: number } | null = null
      const live = target.live
      if (live) {
        for (let tries = 0; tries < 6; tries++) {
          await idle(live.map, 8000)
          if (live.director.settled() && !live.map.isMoving() && live.map.loaded()) break
        }
        const canvas = live.map.getCanvas()
        image = { data: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height }
      }
      const key = area ? readLegend(area) : null
      out.push({
        visual: { kind: 'map', image, key },
        keyLine: key ? `${key.title} · ${key.unit}` : '',
        facts,
      })
    } else if (kind === 'compare') {
      const table = area ? readTable(area) : null
      out.push({
        visual: table ?? { kind: 'table', caption: '', header: [], rows: [] },
        keyLine: table?.kind === 'table' ? table.caption : '',
        facts,
      })
    } else {
      out.push({
        visual: { kind: 'charts', charts: target.charts(slide) },
        keyLine: area ? chartKeyLine(area) : '',
        facts,
      })
    }
  }
  return out
}
