import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, type PDFPage, PDFString, rgb } from 'pdf-lib'
import { wrapText } from '@/shared/text-wrap'
import type { Deck, DeckKey, DeckSlide } from './deck'
import type { DeckChart } from './deck-charts'

// The deck as a real PDF: every word is text set in Noto Sans / Noto Sans JP (WOFF subsets built
// for this by scripts/build-assets.mjs, kept offline by the service worker), embedded with only
// the glyphs used, so the file is searchable and its text can be selected and copied in both languages. The
// map is an image with its key drawn beside it; charts are drawn as vectors from their data;
// sources are links. pdf-lib is loaded with this module, only when a PDF is asked for.

type Face = { url: string; 'unicode-range': string[] }
type Weight = 'regular' | 'bold'
type Colour = ReturnType<typeof rgb>

const INK = rgb(0x11 / 255, 0x1a / 255, 0x21 / 255)
const MUTED = rgb(0x5b / 255, 0x66 / 255, 0x70 / 255)
const ACCENT = rgb(0x0b / 255, 0x4f / 255, 0x7a / 255)
const LINE = rgb(0xb9 / 255, 0xc2 / 255, 0xc9 / 255)
const SERIES = [
  'c2185b',
  '1f6fb4',
  '2b8a2b',
  'd35400',
  '7b4fb0',
  '0e7c8c',
  '8a6d00',
  'c0392b',
  '6d4c41',
  '00695c',
  '5b6670',
  '111a21',
]

const colour = (hex: string): Colour =>
  rgb(
    Number.parseInt(hex.slice(0, 2), 16) / 255,
    Number.parseInt(hex.slice(2, 4), 16) / 255,
    Number.parseInt(hex.slice(4, 6), 16) / 255,
  )
const cssColour = (css: string): Colour => {
  const m = css.match(/\d+(\.\d+)?/g)?.map(Number) ?? [136, 136, 136]
  return rgb((m[0] ?? 0) / 255, (m[1] ?? 0) / 255, (m[2] ?? 0) / 255)
}

/** A face's unicode-range list ("U+4E00-9FFF", "U+3001") as [from, to] code points. */
function rangesOf(face: Face): [number, number][] {
  return face['unicode-range'].map((r) => {
    const [a = '0', b] = r.replace(/^U\+/i, '').split('-')
    const lo = Number.parseInt(a, 16)
    return [lo, b === undefined ? lo : Number.parseInt(b, 16)]
  })
}

/** Text set in the app's faces: each character in the subset face that covers it. */
class Typesetter {
  private readonly fonts = new Map<string, Promise<PDFFont>>()
  private readonly ranges: Record<Weight, { face: Face; ranges: [number, number][] }[]>
  /** Which face sets each character, by weight (looked up once per character). */
  private readonly faceOfChar: Record<Weight, Map<string, Face | undefined>> = {
    regular: new Map(),
    bold: new Map(),
  }
  constructor(
    private readonly pdf: PDFDocument,
    faces: Record<Weight, Face[]>,
    private readonly base: URL,
  ) {
    const parse = (list: Face[]) => list.map((face) => ({ face, ranges: rangesOf(face) }))
    this.ranges = { regular: parse(faces.regular), bold: parse(faces.bold) }
  }

  /** Every face the text needs, embedded before any measuring (measuring is synchronous). */
  async prepare(text: string, weight: Weight): Promise<void> {
    const wanted = new Set<Face>()
    for (const ch of text) {
      const face = this.faceOf(ch, weight)
      if (face) wanted.add(face)
    }
    await Promise.all([...wanted].map((f) => this.font(f)))
  }

  private faceOf(ch: string, weight: Weight): Face | undefined {
    const known = this.faceOfChar[weight]
    if (known.has(ch)) return known.get(ch)
    const cp = ch.codePointAt(0) ?? 0
    const find = (w: Weight) =>
      this.ranges[w].find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b))?.face
    const face = find(weight) ?? find('regular')
    known.set(ch, face)
    return face
  }

  private font(face: Face): Promise<PDFFont> {
    let f = this.fonts.get(face.url)
    if (!f) {
      f = fetch(new URL(face.url, this.base)).then(async (res) => {
        if (!res.ok) throw new Error(`${face.url}: ${res.status}`)
        return this.pdf.embedFont(new Uint8Array(await res.arrayBuffer()), { subset: true })
      })
      this.fonts.set(face.url, f)
    }
    return f
  }

  private ready = new Map<string, PDFFont>()
  async load(): Promise<void> {
    for (const [url, f] of this.fonts) this.ready.set(url, await f)
  }

  /** The text cut into runs of one font each (characters no face covers are left out). */
  runs(text: string, weight: Weight): { text: string; font: PDFFont }[] {
    const out: { text: string; font: PDFFont }[] = []
    for (const ch of text) {
      const face = this.faceOf(ch, weight)
      const font = face && this.ready.get(face.url)
      if (!font) continue
      const last = out[out.length - 1]
      if (last && last.font === font) last.text += ch
      else out.push({ text: ch, font })
    }
    return out
  }

  private readonly widths = new Map<string, number>()
  /** Width of the text at `size`, pt (measured once per string: line breaking asks again and again). */
  width(text: string, size: number, weight: Weight): number {
    const key = `${weight}|${text}`
    let w = this.widths.get(key)
    if (w === undefined) {
      w = this.runs(text, weight).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, 1000), 0) / 1000
      this.widths.set(key, w)
    }
    return w * size
  }
}

/** Drawing on a page in top-left coordinates, scaled (the handout draws a slide at half size). */
class Canvas {
  constructor(
    readonly page: PDFPage,
    readonly type: Typesetter,
    readonly k: number,
    readonly ox: number,
    readonly oy: number,
  ) {}
  private X = (x: number) => this.ox + x * this.k
  private Y = (y: number) => this.page.getHeight() - (this.oy + y * this.k)

  text(
    s: string,
    x: number,
    y: number,
    size: number,
    opts: { weight?: Weight; color?: Colour } = {},
  ): number {
    const weight = opts.weight ?? 'regular'
    let cx = this.X(x)
    for (const run of this.type.runs(s, weight)) {
      this.page.drawText(run.text, {
        x: cx,
        y: this.Y(y + size * 0.85),
        size: size * this.k,
        font: run.font,
        color: opts.color ?? INK,
      })
      cx += run.font.widthOfTextAtSize(run.text, size * this.k)
    }
    return (cx - this.X(x)) / this.k
  }

  /** Wrapped text in a box; returns the height used (stops at maxHeight). */
  para(
    s: string,
    x: number,
    y: number,
    w: number,
    size: number,
    opts: { weight?: Weight; color?: Colour; lh?: number; maxHeight?: number } = {},
  ): number {
    const weight = opts.weight ?? 'regular'
    const lh = size * (opts.lh ?? 1.35)
    let cy = y
    for (const line of wrapText(s, w, (t) => this.type.width(t, size, weight))) {
      if (opts.maxHeight !== undefined && cy - y + lh > opts.maxHeight) break
      this.text(line, x, cy, size, opts)
      cy += lh
    }
    return cy - y
  }

  rect(x: number, y: number, w: number, h: number, fill?: Colour, border?: Colour) {
    this.page.drawRectangle({
      x: this.X(x),
      y: this.Y(y + h),
      width: w * this.k,
      height: h * this.k,
      color: fill,
      borderColor: border,
      borderWidth: border ? 0.5 : 0,
    })
  }

  line(x1: number, y1: number, x2: number, y2: number, color: Colour, width = 1) {
    this.page.drawLine({
      start: { x: this.X(x1), y: this.Y(y1) },
      end: { x: this.X(x2), y: this.Y(y2) },
      thickness: width * this.k,
      color,
    })
  }

  link(url: string, x: number, y: number, w: number, h: number) {
    const ctx = this.page.doc.context
    const annot = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [this.X(x), this.Y(y + h), this.X(x + w), this.Y(y)],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
      }),
    )
    this.page.node.addAnnot(annot)
  }
}

// The slide page, pt (16:9): view on the left, words on the right.
const PW = 960
const PH = 540
const VIEW = { x: 24, y: 56, w: 560, h: 420 }
const TEXT = { x: 610, y: 28, w: 326 }

/** Height of the map's key under the map, pt. */
const KEY_H = 58

/** The map's key in a strip under the map: indicator and year, unit, ramp with its ends, no data. */
function drawKey(c: Canvas, key: DeckKey, box: { x: number; y: number; w: number }) {
  const { x, y, w } = box
  const half = w / 2
  c.rect(x, y, w, KEY_H, rgb(1, 1, 1), LINE)
  c.para(key.title, x + 6, y + 5, half - 10, 9, { weight: 'bold', maxHeight: 13 })
  c.para(key.unit, x + 6, y + 19, half - 10, 7.5, { color: MUTED, maxHeight: 11 })
  if (key.ramp) {
    const steps = 40
    const rw = (half - 16) / steps
    for (let i = 0; i < steps; i++) {
      const t = (i + 0.5) / steps
      const stop = key.ramp.stops.find((s) => s.t >= t) ?? key.ramp.stops[key.ramp.stops.length - 1]
      c.rect(x + half + 8 + i * rw, y + 6, rw + 0.3, 10, cssColour(stop?.color ?? ''))
    }
    const lo = key.ramp.ticks[0] ?? ''
    const hi = key.ramp.ticks[key.ramp.ticks.length - 1] ?? ''
    c.text(lo, x + half + 8, y + 19, 7.5)
    c.text(hi, x + w - 8 - c.type.width(hi, 7.5, 'regular'), y + 19, 7.5)
  }
  if (key.noData) c.para(key.noData, x + 6, y + 33, w - 12, 6.5, { color: MUTED, maxHeight: 24 })
}

/** A chart from its data, drawn as vectors: axes, gridlines, series, labels and a legend. */
function drawChart(c: Canvas, chart: DeckChart, box: { x: number; y: number; w: number; h: number }) {
  c.text(`${chart.title}`, box.x, box.y, 9, { weight: 'bold' })
  c.text(chart.unit, box.x, box.y + 12, 7.5, { color: MUTED })
  const legendW = chart.series.length > 1 ? 110 : 0
  const plot = { x: box.x + 48, y: box.y + 28, w: box.w - 56 - legendW, h: box.h - 46 }
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null)
  if (values.length === 0) return
  const stackedTotals = chart.labels.map((_, i) =>
    chart.series.reduce((t, s) => t + Math.max(0, s.values[i] ?? 0), 0),
  )
  const stackedNeg = chart.labels.map((_, i) =>
    chart.series.reduce((t, s) => t + Math.min(0, s.values[i] ?? 0), 0),
  )
  let lo = chart.stacked
    ? Math.min(0, ...stackedNeg)
    : Math.min(chart.kind === 'bar' ? 0 : Math.min(...values), 0)
  let hi = chart.stacked ? Math.max(...stackedTotals) : Math.max(...values)
  const log = chart.log && lo >= 0 && values.every((v) => v > 0)
  if (log) {
    lo = Math.log10(Math.min(...values))
    hi = Math.log10(Math.max(...values))
  }
  if (hi === lo) hi = lo + 1
  const scale = (v: number) => ((log ? Math.log10(v) : v) - lo) / (hi - lo)
  const ticks = log
    ? Array.from({ length: Math.floor(hi) - Math.ceil(lo) + 1 }, (_, i) => 10 ** (Math.ceil(lo) + i))
    : Array.from({ length: 5 }, (_, i) => lo + ((hi - lo) * i) / 4)
  const fmt = (v: number) =>
    new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.abs(v) < 10 ? 1 : 0 }).format(v)
  if (chart.kind === 'line') {
    for (const t of ticks) {
      const y = plot.y + plot.h - scale(t) * plot.h
      c.line(plot.x, y, plot.x + plot.w, y, rgb(0.9, 0.92, 0.93), 0.5)
      c.text(fmt(t), plot.x - 4 - c.type.width(fmt(t), 6.5, 'regular'), y - 4, 6.5, { color: MUTED })
    }
    const n = chart.labels.length
    const xAt = (i: number) => plot.x + (n > 1 ? (i / (n - 1)) * plot.w : plot.w / 2)
    const every = Math.max(1, Math.round(n / 8))
    chart.labels.forEach((l, i) => {
      if (i % every === 0 || i === n - 1)
        c.text(l, xAt(i) - c.type.width(l, 6.5, 'regular') / 2, plot.y + plot.h + 3, 6.5, { color: MUTED })
    })
    chart.series.forEach((s, si) => {
      const col = colour(SERIES[si % SERIES.length] ?? '555555')
      for (let i = 1; i < n; i++) {
        const a = s.values[i - 1]
        const b = s.values[i]
        // A missing value is a gap in the line.
        if (a == null || b == null) continue
        c.line(
          xAt(i - 1),
          plot.y + plot.h - scale(a) * plot.h,
          xAt(i),
          plot.y + plot.h - scale(b) * plot.h,
          col,
          1.2,
        )
      }
    })
  } else {
    const n = chart.labels.length
    const band = plot.h / Math.max(1, n)
    const zero = plot.x + scale(0) * plot.w
    for (const t of ticks) {
      const x = plot.x + scale(t) * plot.w
      c.line(x, plot.y, x, plot.y + plot.h, rgb(0.9, 0.92, 0.93), 0.5)
      c.text(fmt(t), x - c.type.width(fmt(t), 6.5, 'regular') / 2, plot.y + plot.h + 3, 6.5, { color: MUTED })
    }
    chart.labels.forEach((label, i) => {
      const y = plot.y + i * band
      c.text(label, plot.x - 4 - c.type.width(label, 7, 'regular'), y + band / 2 - 4, 7)
      let pos = 0
      let neg = 0
      chart.series.forEach((s, si) => {
        const v = s.values[i]
        if (v == null) return
        const col = colour(SERIES[si % SERIES.length] ?? '555555')
        const h = chart.stacked ? band * 0.7 : (band * 0.7) / chart.series.length
        const top = chart.stacked ? y + band * 0.15 : y + band * 0.15 + si * h
        const from = chart.stacked ? (v >= 0 ? pos : neg) : 0
        const to = from + v
        if (chart.stacked) {
          if (v >= 0) pos = to
          else neg = to
        }
        const x1 = plot.x + scale(Math.min(from, to)) * plot.w
        const x2 = plot.x + scale(Math.max(from, to)) * plot.w
        c.rect(x1, top, Math.max(0.3, x2 - x1), h, col)
      })
    })
    c.line(zero, plot.y, zero, plot.y + plot.h, MUTED, 0.6)
  }
  if (legendW) {
    chart.series.forEach((s, si) => {
      const y = plot.y + si * 11
      if (y > box.y + box.h - 10) return
      c.rect(box.x + box.w - legendW + 4, y + 2, 8, 6, colour(SERIES[si % SERIES.length] ?? '555555'))
      c.text(s.name, box.x + box.w - legendW + 16, y, 7)
    })
  }
}

function drawTable(
  c: Canvas,
  header: string[],
  rows: string[][],
  box: { x: number; y: number; w: number; h: number },
) {
  const all = [header, ...rows]
  const cols = Math.max(1, ...all.map((r) => r.length))
  const first = box.w * 0.32
  const rest = (box.w - first) / Math.max(1, cols - 1)
  const size = all.length > 18 ? 6 : 7
  let y = box.y
  for (const [r, row] of all.entries()) {
    const lines = row.map(
      (cell, i) =>
        wrapText(cell, (i === 0 ? first : rest) - 6, (t) =>
          c.type.width(t, size, r === 0 ? 'bold' : 'regular'),
        ).length,
    )
    const h = Math.max(1, ...lines) * size * 1.35 + 4
    if (y + h > box.y + box.h) break
    if (r === 0) c.rect(box.x, y, box.w, h, rgb(0.9, 0.93, 0.96))
    let x = box.x
    for (const [i, cell] of row.entries()) {
      const w = i === 0 ? first : rest
      c.para(cell, x + 3, y + 2, w - 6, size, { weight: r === 0 ? 'bold' : 'regular', maxHeight: h })
      x += w
    }
    c.line(box.x, y + h, box.x + box.w, y + h, LINE, 0.4)
    y += h
  }
}

/** One slide's page content at scale c.k. */
function drawSlide(c: Canvas, s: DeckSlide, deck: Deck) {
  c.rect(0, 0, PW, PH, undefined, LINE)
  if (s.keyLine) c.para(s.keyLine, VIEW.x, 28, VIEW.w, 10, { weight: 'bold', maxHeight: 26 })
  const v = s.visual
  if (v.kind === 'map') {
    if (v.image) {
      const img = (c as Canvas & { images?: Map<string, unknown> }).images?.get(v.image.data) as
        | { width: number; height: number; ref: Parameters<PDFPage['drawImage']>[0] }
        | undefined
      if (img) {
        const k = Math.min(VIEW.w / img.width, (VIEW.h - KEY_H - 6) / img.height)
        const w = img.width * k
        const h = img.height * k
        const box = { x: VIEW.x, y: VIEW.y, w, h }
        c.page.drawImage(img.ref, {
          x: c.ox + box.x * c.k,
          y: c.page.getHeight() - (c.oy + (box.y + h) * c.k),
          width: w * c.k,
          height: h * c.k,
        })
        if (v.key) drawKey(c, v.key, { x: box.x, y: box.y + h + 6, w })
      }
    } else if (v.key) drawKey(c, v.key, VIEW)
  } else if (v.kind === 'charts') {
    const n = Math.max(1, v.charts.length)
    const gap = 10
    v.charts.forEach((chart, i) => {
      const h = (VIEW.h - gap * (n - 1)) / n
      drawChart(c, chart, { x: VIEW.x, y: VIEW.y + i * (h + gap), w: VIEW.w, h })
    })
  } else drawTable(c, v.header, v.rows, VIEW)

  let y = TEXT.y
  y += c.para(s.title, TEXT.x, y, TEXT.w, 20, { weight: 'bold', color: ACCENT, lh: 1.25, maxHeight: 110 })
  y += 10
  const bottom = VIEW.y + VIEW.h
  for (const line of s.lines) {
    if (y > bottom - 14) break
    y += c.para(line, TEXT.x, y, TEXT.w, 11.5, { maxHeight: bottom - y }) + 6
  }
  // Sources, each linked to its address.
  let x = 24
  let sy = 492
  const size = 8
  const label = `${s.sourceLabel}${s.sourceLabel.endsWith('：') ? '' : ' '}`
  if (s.sources.length) x += c.text(label, x, sy, size, { color: MUTED })
  for (const [i, src] of s.sources.entries()) {
    const text = `${src.text}${i < s.sources.length - 1 ? '; ' : ''}`
    for (const part of wrapText(text, 860 - (x - 24), (t) => c.type.width(t, size, 'regular'))) {
      if (x + c.type.width(part, size, 'regular') > 884) {
        x = 24
        sy += size * 1.35
      }
      if (sy > 522) break
      const w = c.text(part, x, sy, size, { color: src.url ? ACCENT : MUTED })
      if (src.url) c.link(src.url, x, sy, w, size * 1.2)
      x += w
    }
  }
  c.text(s.page, PW - 24 - c.type.width(s.page, 8, 'regular'), 520, 8, { color: MUTED })
  c.text(deck.footer, 24, 526, 6.5, { color: MUTED })
}

async function fontFaces(base: URL): Promise<Record<Weight, Face[]>> {
  const res = await fetch(new URL('fonts/pdf-faces.json', base))
  if (!res.ok) throw new Error(`fonts/pdf-faces.json: ${res.status}`)
  return (await res.json()) as Record<Weight, Face[]>
}

function bytesOf(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/**
 * The deck as a PDF: 'slides', one 16:9 page per slide; or 'handout', A4 landscape pages with the
 * slide above and its speaker notes below.
 */
export async function pdfBlob(
  deck: Deck,
  layout: 'slides' | 'handout',
  words: { notes: string },
): Promise<Blob> {
  const base = new URL(import.meta.env.BASE_URL, window.location.href)
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(deck.title)
  pdf.setLanguage(deck.lang === 'ja' ? 'ja-JP' : 'en-US')
  pdf.setCreator(deck.footer)
  const type = new Typesetter(pdf, await fontFaces(base), base)
  // Every string the pages set, so each face it needs is embedded (once) before anything is measured.
  const regular: string[] = [deck.footer, words.notes, '0123456789.,-–: ']
  const bold: string[] = []
  for (const s of deck.slides) {
    bold.push(s.title, s.keyLine)
    regular.push(s.page, s.sourceLabel, ...s.lines, ...s.sources.map((x) => x.text), s.notes ?? '')
    const v = s.visual
    if (v.kind === 'map' && v.key) {
      bold.push(v.key.title)
      regular.push(v.key.unit, v.key.noData ?? '', ...(v.key.ramp?.ticks ?? []))
    }
    if (v.kind === 'charts')
      for (const ch of v.charts) {
        bold.push(ch.title)
        regular.push(ch.unit, ...ch.labels, ...ch.series.map((x) => x.name))
      }
    if (v.kind === 'table') {
      bold.push(...v.header)
      regular.push(v.caption, ...v.rows.flat())
    }
  }
  await type.prepare(regular.join(''), 'regular')
  await type.prepare(bold.join(''), 'bold')
  await type.load()
  const images = new Map<
    string,
    { width: number; height: number; ref: Awaited<ReturnType<PDFDocument['embedPng']>> }
  >()
  for (const s of deck.slides) {
    if (s.visual.kind === 'map' && s.visual.image && !images.has(s.visual.image.data)) {
      const ref = await pdf.embedPng(bytesOf(s.visual.image.data))
      images.set(s.visual.image.data, { width: ref.width, height: ref.height, ref })
    }
  }
  for (const s of deck.slides) {
    if (layout === 'slides') {
      const page = pdf.addPage([PW, PH])
      const c = Object.assign(new Canvas(page, type, 1, 0, 0), { images })
      drawSlide(c, s, deck)
    } else {
      // A4 landscape: the slide at 0.6 above, its notes below.
      const page = pdf.addPage([842, 595])
      const k = 0.6
      const c = Object.assign(new Canvas(page, type, k, (842 - PW * k) / 2, 28), { images })
      drawSlide(c, s, deck)
      const notes = new Canvas(page, type, 1, 0, 0)
      let y = 28 + PH * k + 18
      notes.text(words.notes, 56, y, 10, { weight: 'regular', color: MUTED })
      y += 16
      notes.para(s.notes ?? '—', 56, y, 730, 10.5, { maxHeight: 595 - y - 24 })
    }
  }
  const bytes = await pdf.save()
  return new Blob([bytes.slice().buffer], { type: 'application/pdf' })
}
