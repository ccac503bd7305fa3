import { downloadBlob } from '../../shared/download'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** CSV text: a comment line per note (source, units), then a header and rows, RFC 4180 quoting. */
export function toCsv(
  notes: readonly string[],
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const cell = (v: string | number | null) => {
    if (v === null) return ''
    if (typeof v === 'number') return String(v)
    // A text cell a spreadsheet would run as a formula is kept as text with a leading apostrophe.
    const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  const lines = [
    ...notes.map((n) => `# ${n.replace(/[\r\n]+/g, ' ')}`),
    header.map(cell).join(','),
    ...rows.map((r) => r.map(cell).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}

export function downloadCsv(fileName: string, csv: string): void {
  // A BOM so spreadsheet software reads the Japanese text as UTF-8.
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName)
}

export interface Caption {
  title: string
  subtitle: string
  source: string
}

/**
 * A standalone SVG of a chart with its title, units/year line and source line, built from DOM
 * nodes (a clone of the rendered chart plus text nodes), never from markup strings.
 */
export function captionedSvg(
  chart: SVGSVGElement,
  caption: Caption,
): { svg: SVGSVGElement; width: number; height: number } {
  const width = Math.ceil(chart.viewBox.baseVal?.width || chart.clientWidth || 600)
  const chartH = Math.ceil(chart.viewBox.baseVal?.height || chart.clientHeight || 300)
  const head = 46
  const foot = 26
  const height = head + chartH + foot
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
  const text = (content: string, y: number, size: number, weight = 'normal', fill = '#1d2a33') => {
    const el = document.createElementNS(SVG_NS, 'text')
    el.setAttribute('x', '8')
    el.setAttribute('y', String(y))
    el.setAttribute('font-size', String(size))
    el.setAttribute('font-weight', weight)
    el.setAttribute('fill', fill)
    el.textContent = content
    svg.append(el)
  }
  text(caption.title, 20, 15, 'bold')
  text(caption.subtitle, 38, 11, 'normal', '#4a5a66')
  const g = document.createElementNS(SVG_NS, 'g')
  g.setAttribute('transform', `translate(0,${head})`)
  const clone = chart.cloneNode(true) as SVGSVGElement
  clone.removeAttribute('class')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(chartH))
  g.append(clone)
  svg.append(g)
  text(caption.source, head + chartH + 18, 10, 'normal', '#4a5a66')
  return { svg, width, height }
}

export function downloadSvg(fileName: string, chart: SVGSVGElement, caption: Caption): void {
  const { svg } = captionedSvg(chart, caption)
  const xml = new XMLSerializer().serializeToString(svg)
  downloadBlob(new Blob([xml], { type: 'image/svg+xml' }), fileName)
}

/** The captioned chart as a PNG at 2× for print. */
export async function chartPng(chart: SVGSVGElement, caption: Caption): Promise<Blob> {
  const { svg, width, height } = captionedSvg(chart, caption)
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

export async function downloadPng(fileName: string, chart: SVGSVGElement, caption: Caption): Promise<void> {
  downloadBlob(await chartPng(chart, caption), fileName)
}
