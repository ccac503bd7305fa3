// Draws the map PNG: loaded on the first click of "Download map (PNG)", not with the page.
import type { Map as MapLibreMap } from 'maplibre-gl'
import { INK, MUTED } from '@/shared/colors'
import { attachJapaneseFonts } from '@/shared/fonts'
import { wrapText } from '@/shared/text-wrap'

/**
 * Copies the map's frame: drawn in a 'render' event, while the WebGL buffer is valid, once the map
 * has its tiles (right after an indicator change the hatch's tiles may still be laid out).
 */
export function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('the map did not draw')), 10_000)
    const capture = () => {
      window.clearTimeout(timer)
      const source = map.getCanvas()
      const copy = document.createElement('canvas')
      copy.width = source.width
      copy.height = source.height
      copy.getContext('2d')?.drawImage(source, 0, 0)
      resolve(copy)
    }
    const draw = () => {
      map.once('render', capture)
      map.triggerRepaint()
    }
    if (map.loaded()) draw()
    else map.once('idle', draw)
  })
}

/** Lines of `text` no wider than `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapText(text, width, (line) => ctx.measureText(line).width)
}

export interface PngText {
  title: string
  legendTitle: string
  unit: string
  ticks: [string, string] | null
  stops: { t: number; color: string }[]
  noData: string | null
  links: string
  source: string
  boundaries: string
  footer: string
  lang: 'ja' | 'en'
}

/** The map with title, legend, no-data swatch, sources and date, as one PNG. */
export async function composePng(
  mapCanvas: HTMLCanvasElement,
  cssWidth: number,
  doc: PngText,
): Promise<Blob> {
  const scale = mapCanvas.width / Math.max(1, cssWidth)
  const family =
    doc.lang === 'ja' ? '"Noto Sans JP", "Noto Sans", sans-serif' : '"Noto Sans", "Noto Sans JP", sans-serif'
  const fonts = { title: `700 20px ${family}`, head: `700 15px ${family}`, body: `400 13px ${family}` }
  const allText = [
    doc.title,
    doc.legendTitle,
    doc.unit,
    doc.noData,
    doc.links,
    doc.source,
    doc.boundaries,
    doc.footer,
  ]
    .concat(doc.ticks ?? [])
    .join('')
  await attachJapaneseFonts()
  await Promise.all(Object.values(fonts).map((f) => document.fonts.load(f, allText)))
  const W = cssWidth
  const M = 16
  const mapH = mapCanvas.height / scale
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2D is not available')
  // Measure first to know the footer's height.
  ctx.font = fonts.body
  const inner = W - 2 * M
  const noDataLines = doc.noData ? wrap(ctx, doc.noData, inner - 26) : []
  const sourceLines = wrap(ctx, doc.source, inner)
  const boundaryLines = wrap(ctx, doc.boundaries, inner)
  const LH = 18
  const headH = 64
  const footH =
    12 +
    22 +
    LH +
    (doc.ticks ? 34 : 0) +
    noDataLines.length * LH +
    LH +
    (sourceLines.length + boundaryLines.length + 1) * LH +
    12
  canvas.width = Math.round(W * scale)
  canvas.height = Math.round((headH + mapH + footH) * scale)
  ctx.scale(scale, scale)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, headH + mapH + footH)
  ctx.textBaseline = 'top'
  ctx.fillStyle = INK
  ctx.font = fonts.title
  ctx.fillText(doc.title, M, 12)
  ctx.font = fonts.body
  ctx.fillStyle = MUTED
  ctx.fillText(`${doc.legendTitle} · ${doc.unit}`, M, 40)
  ctx.drawImage(mapCanvas, 0, headH, W, mapH)
  let y = headH + mapH + 12
  ctx.fillStyle = INK
  ctx.font = fonts.head
  ctx.fillText(doc.legendTitle, M, y)
  y += 22
  ctx.font = fonts.body
  ctx.fillStyle = MUTED
  ctx.fillText(doc.unit, M, y)
  y += LH
  if (doc.ticks) {
    const gradient = ctx.createLinearGradient(M, 0, M + 260, 0)
    for (const s of doc.stops) gradient.addColorStop(s.t, s.color)
    ctx.fillStyle = gradient
    ctx.fillRect(M, y + 2, 260, 12)
    ctx.fillStyle = INK
    ctx.fillText(doc.ticks[0], M, y + 16)
    const w = ctx.measureText(doc.ticks[1]).width
    ctx.fillText(doc.ticks[1], M + 260 - w, y + 16)
    y += 34
  }
  if (noDataLines.length) {
    // The same diagonal hatch as the map's no-data fill.
    for (let i = 0; i < 16; i++) {
      for (let j = 0; j < 16; j++) {
        ctx.fillStyle = (i + j) % 8 < 2 ? '#969696' : '#dedede'
        ctx.fillRect(M + i, y + 1 + j, 1, 1)
      }
    }
    ctx.fillStyle = INK
    noDataLines.forEach((line, i) => {
      ctx.fillText(line, M + 26, y + i * LH)
    })
    y += noDataLines.length * LH
  }
  ctx.fillStyle = INK
  ctx.fillText(doc.links, M, y)
  y += LH
  ctx.fillStyle = MUTED
  for (const line of [...sourceLines, ...boundaryLines, doc.footer]) {
    ctx.fillText(line, M, y)
    y += LH
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  )
}
