import type PptxGenJS from 'pptxgenjs'
import { INK as INK_HEX, MUTED as MUTED_HEX } from '@/shared/colors'
import type { Deck, DeckKey, DeckSlide } from './deck'
import type { DeckChart } from './deck-charts'

// Slide size in inches: PowerPoint's 16:9 "widescreen".
const W = 13.333
const H = 7.5
const INK = INK_HEX.slice(1).toUpperCase()
const MUTED = MUTED_HEX.slice(1).toUpperCase()
/** Where the slide's view goes (left) and its words (right), inches. */
const VISUAL = { x: 0.3, y: 0.75, w: 7.7, h: 5.9 }
const TEXT_X = VISUAL.x + VISUAL.w + 0.3
const TEXT_W = W - TEXT_X - 0.3
/** Series colours of the native charts (distinct, dark enough on white). */
const SERIES_COLORS = [
  'C2185B',
  '1F6FB4',
  '2B8A2B',
  'D35400',
  '7B4FB0',
  '0E7C8C',
  '8A6D00',
  'C0392B',
  '6D4C41',
  '00695C',
  '5B6670',
  '111A21',
]

type Slide = ReturnType<PptxGenJS['addSlide']>
type Font = { fontFace: string; lang: string }

/** Fits an image of w×h pixels into a box, keeping its shape. */
function containBox(w: number, h: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / w, box.h / h)
  const iw = w * scale
  const ih = h * scale
  return { x: box.x + (box.w - iw) / 2, y: box.y + (box.h - ih) / 2, w: iw, h: ih }
}

/** "rgb(12, 34, 56)" → "0C2238" (pptxgenjs colours). */
function hex(css: string): string {
  const m = css.match(/\d+(\.\d+)?/g)
  if (!m || m.length < 3) return '888888'
  return m
    .slice(0, 3)
    .map((v) => Math.round(Number(v)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

/** Height of the map's key under the map, inches. */
const KEY_H = 0.95

/**
 * The map's key drawn as native shapes and text in a strip under the map (never over a place the
 * slide frames): indicator and year, unit, the colour ramp with its end values, countries without data.
 */
function addMapKey(
  slide: Slide,
  key: DeckKey,
  box: { x: number; y: number; w: number; h: number },
  font: Font,
) {
  const { x, y, w } = box
  const half = w / 2
  slide.addShape('rect', { x, y, w, h: KEY_H, fill: { color: 'FFFFFF' }, line: { color: 'B9C2C9' } })
  slide.addText(key.title, {
    ...font,
    x: x + 0.08,
    y: y + 0.04,
    w: half - 0.1,
    h: 0.3,
    fontSize: 11,
    bold: true,
    color: INK,
    fit: 'shrink',
  })
  slide.addText(key.unit, {
    ...font,
    x: x + 0.08,
    y: y + 0.34,
    w: half - 0.1,
    h: 0.24,
    fontSize: 9,
    color: MUTED,
    fit: 'shrink',
  })
  if (key.ramp) {
    const steps = 24
    const rw = (half - 0.2) / steps
    const stops = key.ramp.stops
    for (let i = 0; i < steps; i++) {
      const t = (i + 0.5) / steps
      const stop = stops.find((s) => s.t >= t) ?? stops[stops.length - 1]
      slide.addShape('rect', {
        x: x + half + 0.1 + i * rw,
        y: y + 0.1,
        w: rw + 0.005,
        h: 0.18,
        fill: { color: hex(stop?.color ?? '') },
        line: { type: 'none' },
      })
    }
    const lo = key.ramp.ticks[0] ?? ''
    const hi = key.ramp.ticks[key.ramp.ticks.length - 1] ?? ''
    slide.addText(lo, { ...font, x: x + half + 0.1, y: y + 0.3, w: 1.6, h: 0.24, fontSize: 9, color: INK })
    slide.addText(hi, {
      ...font,
      x: x + w - 1.7,
      y: y + 0.3,
      w: 1.6,
      h: 0.24,
      fontSize: 9,
      color: INK,
      align: 'right',
    })
  }
  if (key.noData)
    slide.addText(key.noData, {
      ...font,
      x: x + 0.08,
      y: y + 0.58,
      w: w - 0.16,
      h: 0.34,
      fontSize: 8,
      color: MUTED,
      fit: 'shrink',
    })
}

/** A native chart with its data embedded: the deck's reader can edit it in PowerPoint. */
function addChart(
  pptx: PptxGenJS,
  slide: Slide,
  chart: DeckChart,
  box: { x: number; y: number; w: number; h: number },
  font: Font,
) {
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.labels, values: s.values as number[] }))
  const common = {
    ...box,
    showTitle: true,
    title: `${chart.title}`,
    titleFontSize: 12,
    titleFontFace: font.fontFace,
    titleColor: INK,
    showLegend: chart.series.length > 1,
    legendPos: 'r' as const,
    legendFontSize: 9,
    legendFontFace: font.fontFace,
    catAxisLabelFontSize: 9,
    catAxisLabelFontFace: font.fontFace,
    valAxisLabelFontSize: 9,
    valAxisLabelFontFace: font.fontFace,
    showValAxisTitle: true,
    valAxisTitle: chart.unit,
    valAxisTitleFontSize: 9,
    valAxisTitleFontFace: font.fontFace,
    // A missing value is a gap in the line, never a zero.
    displayBlanksAs: 'gap',
    chartColors: SERIES_COLORS.slice(0, Math.max(1, chart.series.length)),
    lang: font.lang,
  }
  if (chart.kind === 'line') {
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      lineSize: 1.5,
      lineDataSymbol: 'none',
      catAxisLabelFrequency: String(Math.max(1, Math.round(chart.labels.length / 8))),
      ...(chart.log ? { valAxisLogScaleBase: 10 } : {}),
    })
  } else {
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      barDir: 'bar',
      barGrouping: chart.stacked ? 'stacked' : 'clustered',
      valAxisLabelFormatCode: '#,##0',
    })
  }
}

/** The slide's view: the map image with its key, native charts, or a native table. */
function addVisual(pptx: PptxGenJS, slide: Slide, s: DeckSlide, font: Font) {
  const v = s.visual
  if (v.kind === 'map') {
    const room = { ...VISUAL, h: VISUAL.h - KEY_H - 0.1 }
    const placed = v.image ? containBox(v.image.width, v.image.height, room) : { ...room, w: VISUAL.w }
    if (v.image) slide.addImage({ data: v.image.data, ...placed })
    if (v.key)
      addMapKey(slide, v.key, { x: placed.x, y: placed.y + placed.h + 0.1, w: placed.w, h: KEY_H }, font)
    return
  }
  if (v.kind === 'charts') {
    const n = v.charts.length
    const gap = 0.15
    v.charts.forEach((chart, i) => {
      const h = (VISUAL.h - gap * (n - 1)) / Math.max(1, n)
      addChart(pptx, slide, chart, { x: VISUAL.x, y: VISUAL.y + i * (h + gap), w: VISUAL.w, h }, font)
    })
    return
  }
  const rows = [v.header, ...v.rows].map((row, r) =>
    row.map((text) => ({
      text,
      options: { bold: r === 0, fill: { color: r === 0 ? 'E6EEF4' : 'FFFFFF' }, color: INK },
    })),
  )
  if (rows.length === 0) return
  slide.addTable(rows, {
    ...font,
    x: VISUAL.x,
    y: VISUAL.y,
    w: VISUAL.w,
    fontSize: rows.length > 18 ? 8 : 10,
    border: { type: 'solid', pt: 0.5, color: 'B9C2C9' },
    autoPage: false,
    valign: 'middle',
  })
}

/**
 * The deck as a .pptx a user can edit: per slide its view on the left (the map as an image with its
 * key drawn as shapes, charts as native PowerPoint charts with their data embedded, the comparison
 * as a native table), the key line over it, title and text on the right, the source line (linked)
 * below and the speaker notes in the notes pane. Japanese is set in Noto Sans JP (as the East Asian
 * typeface) and tagged ja-JP so PowerPoint picks a Japanese font even where Noto is missing.
 * pptxgenjs is loaded only now, so it is not part of the app's first download.
 */
export async function pptxBlob(deck: Deck): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs')
  const pptx = new Pptx()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.title
  const ja = deck.lang === 'ja'
  const font: Font = { fontFace: ja ? 'Noto Sans JP' : 'Noto Sans', lang: ja ? 'ja-JP' : 'en-US' }
  for (const s of deck.slides) {
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    if (s.keyLine)
      slide.addText(s.keyLine, {
        ...font,
        x: VISUAL.x,
        y: 0.25,
        w: VISUAL.w,
        h: 0.45,
        fontSize: 12,
        bold: true,
        color: INK,
        fit: 'shrink',
      })
    addVisual(pptx, slide, s, font)
    slide.addText(s.title, {
      ...font,
      x: TEXT_X,
      y: 0.3,
      w: TEXT_W,
      h: 1.3,
      fontSize: 26,
      bold: true,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    })
    slide.addText(
      s.lines.map((text) => ({ text, options: { breakLine: true } })),
      {
        ...font,
        x: TEXT_X,
        y: 1.7,
        w: TEXT_W,
        h: 4.95,
        fontSize: 16,
        color: INK,
        valign: 'top',
        paraSpaceAfter: 8,
        fit: 'shrink',
      },
    )
    if (s.sources.length) {
      const runs = [
        { text: `${s.sourceLabel}${s.sourceLabel.endsWith('：') ? '' : ' '}`, options: {} },
        ...s.sources.flatMap((src, i) => [
          ...(i > 0 ? [{ text: '; ', options: {} }] : []),
          { text: src.text, options: src.url ? { hyperlink: { url: src.url } } : {} },
        ]),
      ]
      slide.addText(runs, {
        ...font,
        x: 0.3,
        y: H - 0.75,
        w: W - 1.6,
        h: 0.5,
        fontSize: 10,
        color: MUTED,
        fit: 'shrink',
      })
    }
    slide.addText(s.page, {
      ...font,
      x: W - 1.3,
      y: H - 0.62,
      w: 1,
      h: 0.4,
      fontSize: 10,
      color: MUTED,
      align: 'right',
    })
    if (s.notes) slide.addNotes(s.notes)
  }
  const out = await pptx.write({ outputType: 'blob' })
  return out as Blob
}
