import { INK } from '@/shared/colors'
import { downloadBlob } from '@/shared/download'
import { wrapText } from '@/shared/text-wrap'
import { estimateTextWidth } from './label-layout'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** One entry of a chart's colour key: what a colour means, as the panel shows it on screen. */
export interface LegendItem {
  key: string
  label: string
  color: string
}

/** Everything an image of a chart carries besides the chart itself, so it never loses its key. */
export interface Caption {
  title: string
  /** Units, year or period. */
  subtitle: string
  legend: readonly LegendItem[]
  /** Counts, filters and caveats shown beside the chart on screen. */
  notes: readonly string[]
  /** One "Source: …" line per group of sources. */
  sources: readonly string[]
}

/** A chart of the image, with the heading it has on screen when it is not the first. */
export interface ImagePart {
  width: number
  height: number
  heading?: string
}

export interface PlacedText {
  lines: string[]
  x: number
  y: number
  size: number
  lineHeight: number
  weight: 'normal' | 'bold'
  fill: string
}

export interface CaptionLayout {
  width: number
  height: number
  texts: PlacedText[]
  swatches: { x: number; y: number; size: number; color: string }[]
  /** Top of each part, in the order given. */
  parts: number[]
}

const PAD = 8
const MUTED = '#4a5a66'

/**
 * Where the caption, the colour key, each chart and the source lines go in the image: pure, so
 * the layout is tested without a DOM. Text is wrapped to the image width (estimated widths).
 */
export function captionLayout(caption: Caption, parts: readonly ImagePart[]): CaptionLayout {
  const width = Math.ceil(Math.max(320, ...parts.map((p) => p.width)))
  const room = width - 2 * PAD
  const texts: PlacedText[] = []
  const swatches: CaptionLayout['swatches'] = []
  let y = 6
  const paragraph = (text: string, size: number, weight: PlacedText['weight'], fill: string) => {
    if (!text) return
    const lineHeight = Math.round(size * 1.3)
    const lines = wrapText(text, room, (line) => estimateTextWidth(line, size), { keepSpaces: true })
    // y of a text is its baseline: one line height down, less the descent.
    texts.push({ lines, x: PAD, y: y + lineHeight - Math.round(size * 0.25), size, lineHeight, weight, fill })
    y += lines.length * lineHeight
  }
  paragraph(caption.title, 15, 'bold', INK)
  y += 2
  paragraph(caption.subtitle, 11, 'normal', MUTED)
  if (caption.legend.length > 0) {
    y += 4
    const size = 11
    const box = 10
    const rowH = 16
    let x = PAD
    for (const item of caption.legend) {
      const w = box + 4 + Math.min(estimateTextWidth(item.label, size), room - box - 4)
      if (x > PAD && x + w > width - PAD) {
        x = PAD
        y += rowH
      }
      swatches.push({ x, y: y + (rowH - box) / 2, size: box, color: item.color })
      texts.push({
        lines: [item.label],
        x: x + box + 4,
        y: y + rowH / 2 + Math.round(size * 0.35),
        size,
        lineHeight: rowH,
        weight: 'normal',
        fill: INK,
      })
      x += w + 14
    }
    y += rowH
  }
  y += 6
  const tops: number[] = []
  for (const part of parts) {
    if (part.heading) {
      y += 4
      paragraph(part.heading, 12, 'bold', INK)
      y += 2
    }
    tops.push(y)
    y += Math.ceil(part.height)
  }
  y += 4
  for (const note of caption.notes) paragraph(note, 10, 'normal', MUTED)
  for (const source of caption.sources) paragraph(source, 10, 'normal', MUTED)
  return { width, height: Math.ceil(y + PAD), texts, swatches, parts: tops }
}

/** The rendered charts an image is made of, each with its on-screen heading when it has one. */
export type ImageCharts = readonly { svg: SVGSVGElement; heading?: string }[]

function sizeOf(chart: SVGSVGElement): { width: number; height: number } {
  return {
    width: Math.ceil(chart.viewBox.baseVal?.width || chart.clientWidth || 600),
    height: Math.ceil(chart.viewBox.baseVal?.height || chart.clientHeight || 300),
  }
}

/**
 * A standalone SVG of one or more charts with their title, units/year line, colour key, notes and
 * source lines, built from DOM nodes (clones of the rendered charts plus text nodes), never from
 * markup strings.
 */
function captionedSvg(
  charts: ImageCharts,
  caption: Caption,
): { svg: SVGSVGElement; width: number; height: number } {
  const sizes = charts.map((c) => ({ ...sizeOf(c.svg), heading: c.heading }))
  const layout = captionLayout(caption, sizes)
  const { width, height } = layout
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('xmlns', SVG_NS)
  svg.setAttribute('width', String(width))
  svg.setAttribute('height', String(height))
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`)
  svg.setAttribute('font-family', "'Noto Sans JP', 'Noto Sans', sans-serif")
  const bg = document.createElementNS(SVG_NS, 'rect')
  bg.setAttribute('width', String(width))
  bg.setAttribute('height', String(height))
  bg.setAttribute('fill', '#ffffff')
  svg.append(bg)
  for (const s of layout.swatches) {
    const rect = document.createElementNS(SVG_NS, 'rect')
    rect.setAttribute('x', String(s.x))
    rect.setAttribute('y', String(s.y))
    rect.setAttribute('width', String(s.size))
    rect.setAttribute('height', String(s.size))
    rect.setAttribute('fill', s.color)
    svg.append(rect)
  }
  for (const t of layout.texts) {
    // One <text> per paragraph, a <tspan> per line: the paragraph's text stays whole.
    const el = document.createElementNS(SVG_NS, 'text')
    el.setAttribute('x', String(t.x))
    el.setAttribute('y', String(t.y))
    el.setAttribute('font-size', String(t.size))
    el.setAttribute('font-weight', t.weight)
    el.setAttribute('fill', t.fill)
    t.lines.forEach((line, i) => {
      const span = document.createElementNS(SVG_NS, 'tspan')
      span.setAttribute('x', String(t.x))
      if (i > 0) span.setAttribute('dy', String(t.lineHeight))
      span.textContent = line
      el.append(span)
    })
    svg.append(el)
  }
  charts.forEach((c, i) => {
    const size = sizes[i] as { width: number; height: number }
    const g = document.createElementNS(SVG_NS, 'g')
    g.setAttribute('transform', `translate(0,${layout.parts[i] ?? 0})`)
    const clone = c.svg.cloneNode(true) as SVGSVGElement
    clone.removeAttribute('class')
    clone.setAttribute('width', String(size.width))
    clone.setAttribute('height', String(size.height))
    g.append(clone)
    svg.append(g)
  })
  return { svg, width, height }
}

export function downloadSvg(fileName: string, charts: ImageCharts, caption: Caption): void {
  const { svg } = captionedSvg(charts, caption)
  const xml = new XMLSerializer().serializeToString(svg)
  downloadBlob(new Blob([xml], { type: 'image/svg+xml' }), fileName)
}

/** The captioned chart as a PNG at 2× for print. */
async function chartPng(charts: ImageCharts, caption: Caption): Promise<Blob> {
  const { svg, width, height } = captionedSvg(charts, caption)
  const xml = new XMLSerializer().serializeToString(svg)
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width * 2
    canvas.height = height * 2
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    ctx.scale(2, 2)
    ctx.drawImage(img, 0, 0, width, height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

export async function downloadPng(fileName: string, charts: ImageCharts, caption: Caption): Promise<void> {
  downloadBlob(await chartPng(charts, caption), fileName)
}
