import { INK, MUTED } from '@/shared/colors'
import { wrapText } from '@/shared/text-wrap'
import type { PngDoc } from './compare-png-doc'
import type { Labels } from './compare-text'

/**
 * Where the image of the comparison says what its document (compare-png-doc.ts) holds: a layout of
 * draw operations, pure; compare-png.ts only executes them on a canvas. Sizes are CSS pixels of a
 * 1600 px wide image.
 */

export type Measure = (text: string, font: string) => number

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; font: string; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'poly'; points: [number, number][]; stroke: string; width: number }

export interface PngLayout {
  width: number
  height: number
  ops: DrawOp[]
}

export const PNG_WIDTH = 1600
const MARGIN = 40
const LABEL_W = 360
const PAD = 10
const SPARK_H = 26
const COLORS = {
  ink: INK,
  muted: MUTED,
  line: '#d5dbe0',
  head: '#0b3d5c',
  section: '#eef3f6',
  max: '#dcebf6',
  min: '#fbe9dc',
  maxInk: '#0b5d8f',
  minInk: '#9a4a0f',
  missing: '#f4f4f4',
  spark: '#0b5d8f',
}

/** The canvas fonts of the image, in the page's own Noto faces (public/fonts/fonts.css). */
export function pngFonts(lang: Labels['lang']) {
  const family =
    lang === 'ja' ? '"Noto Sans JP", "Noto Sans", sans-serif' : '"Noto Sans", "Noto Sans JP", sans-serif'
  return {
    title: `700 30px ${family}`,
    subtitle: `400 17px ${family}`,
    head: `700 18px ${family}`,
    section: `700 18px ${family}`,
    label: `700 16px ${family}`,
    small: `400 14px ${family}`,
    mark: `700 14px ${family}`,
    value: `700 20px ${family}`,
    body: `400 15px ${family}`,
  }
}

export function layoutPng(doc: PngDoc, measure: Measure): PngLayout {
  const f = pngFonts(doc.lang)
  const ops: DrawOp[] = []
  const W = PNG_WIDTH
  const inner = W - 2 * MARGIN
  const colW = (inner - LABEL_W) / Math.max(1, doc.columns.length)
  const lh = (font: string) => Math.round(Number(/(\d+)px/.exec(font)?.[1] ?? 16) * 1.4)
  const text = (x: number, y: number, s: string, font: string, fill = COLORS.ink): void => {
    ops.push({ kind: 'text', x, y, text: s, font, fill })
  }
  const paragraph = (x: number, y: number, s: string, font: string, width: number, fill = COLORS.ink) => {
    const lines = wrapText(s, width, (t) => measure(t, font))
    for (const [i, l] of lines.entries()) text(x, y + i * lh(font), l, font, fill)
    return lines.length * lh(font)
  }

  let y = MARGIN
  y += paragraph(MARGIN, y, doc.title, f.title, inner)
  y += 4
  y += paragraph(MARGIN, y, doc.subtitle, f.subtitle, inner, COLORS.muted)
  y += 16

  // Column header.
  const colX = (i: number) => MARGIN + LABEL_W + i * colW
  const rule = (x: number, y1: number, y2: number) =>
    ops.push({ kind: 'line', x1: x, y1, x2: x, y2, stroke: COLORS.line, width: 1 })
  /** The table's vertical rules beside one row (section bands span the table without them). */
  const rules = (top: number, bottom: number, inside: boolean) => {
    for (const x of inside
      ? [MARGIN, ...doc.columns.map((_, i) => colX(i)), MARGIN + inner]
      : [MARGIN, MARGIN + inner])
      rule(x, top, bottom)
  }
  const headLines = doc.columns.map((c) =>
    wrapText(c.note ? `${c.name} (${c.note})` : c.name, colW - 2 * PAD, (t) => measure(t, f.head)),
  )
  const headH = Math.max(1, ...headLines.map((l) => l.length)) * lh(f.head) + 2 * PAD
  ops.push({ kind: 'rect', x: MARGIN, y, w: inner, h: headH, fill: COLORS.head })
  text(MARGIN + PAD, y + PAD, doc.measureHeader, f.head, '#ffffff')
  for (const [i, lines] of headLines.entries()) {
    for (const [j, l] of lines.entries()) text(colX(i) + PAD, y + PAD + j * lh(f.head), l, f.head, '#ffffff')
  }
  y += headH

  for (const section of doc.sections) {
    const sh = lh(f.section) + 2 * 6
    ops.push({ kind: 'rect', x: MARGIN, y, w: inner, h: sh, fill: COLORS.section })
    rules(y, y + sh, false)
    text(MARGIN + PAD, y + 6, section.title, f.section)
    y += sh
    for (const row of section.rows) {
      const indent = row.part ? 18 : 0
      const labelLines = wrapText(row.label, LABEL_W - 2 * PAD - indent, (t) => measure(t, f.label))
      const unitLines = wrapText(row.unit, LABEL_W - 2 * PAD - indent, (t) => measure(t, f.small))
      const labelH = labelLines.length * lh(f.label) + unitLines.length * lh(f.small)
      const cellLayouts = row.cells.map((c) => {
        const w = colW - 2 * PAD
        const mainFont = c.missing ? f.label : f.value
        const mainLines = c.main ? wrapText(c.main, w, (t) => measure(t, mainFont)) : []
        const markLines = c.markLabel ? [`${c.mark === 'max' ? '▲' : '▼'} ${c.markLabel}`] : []
        const subLines = c.sub.flatMap((s) => wrapText(s, w, (t) => measure(t, f.body)))
        const h =
          mainLines.length * lh(c.missing ? f.label : f.value) +
          markLines.length * lh(f.small) +
          subLines.length * lh(f.body) +
          (c.trend ? SPARK_H + 4 : 0)
        return { c, mainLines, markLines, subLines, h }
      })
      const rowH = Math.max(labelH, ...cellLayouts.map((c) => c.h)) + 2 * PAD
      cellLayouts.forEach(({ c }, i) => {
        const fill =
          c.mark === 'max' ? COLORS.max : c.mark === 'min' ? COLORS.min : c.missing ? COLORS.missing : null
        if (fill) ops.push({ kind: 'rect', x: colX(i), y, w: colW, h: rowH, fill })
      })
      let ly = y + PAD
      for (const l of labelLines) {
        text(MARGIN + PAD + indent, ly, l, f.label)
        ly += lh(f.label)
      }
      for (const l of unitLines) {
        text(MARGIN + PAD + indent, ly, l, f.small, COLORS.muted)
        ly += lh(f.small)
      }
      cellLayouts.forEach(({ c, mainLines, markLines, subLines }, i) => {
        const x = colX(i) + PAD
        let cy = y + PAD
        const mainFont = c.missing ? f.label : f.value
        for (const l of mainLines) {
          text(x, cy, l, mainFont, c.missing ? COLORS.muted : COLORS.ink)
          cy += lh(mainFont)
        }
        for (const l of markLines) {
          text(x, cy, l, f.mark, c.mark === 'max' ? COLORS.maxInk : COLORS.minInk)
          cy += lh(f.small)
        }
        for (const l of subLines) {
          text(x, cy, l, f.body, COLORS.muted)
          cy += lh(f.body)
        }
        if (c.trend) {
          const w = Math.min(colW - 2 * PAD, 220)
          const xs = c.trend.map((p) => p[0])
          const vs = c.trend.map((p) => p[1])
          const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
          const [v0, v1] = [Math.min(...vs), Math.max(...vs)]
          const sx = (yr: number) => x + (x1 === x0 ? 0 : ((yr - x0) / (x1 - x0)) * w)
          const sy = (v: number) =>
            cy + 2 + (v1 === v0 ? SPARK_H / 2 : (1 - (v - v0) / (v1 - v0)) * (SPARK_H - 4))
          ops.push({
            kind: 'poly',
            points: c.trend.map((p): [number, number] => [sx(p[0]), sy(p[1])]),
            stroke: COLORS.spark,
            width: 2,
          })
        }
      })
      ops.push({
        kind: 'line',
        x1: MARGIN,
        y1: y + rowH,
        x2: MARGIN + inner,
        y2: y + rowH,
        stroke: COLORS.line,
        width: 1,
      })
      y += rowH
    }
  }
  y += 20
  if (doc.statements.length) {
    text(MARGIN, y, doc.statementsTitle, f.section)
    y += lh(f.section) + 4
    for (const s of doc.statements) y += paragraph(MARGIN + 12, y, `• ${s}`, f.body, inner - 12)
    y += 12
  }
  text(MARGIN, y, doc.sourcesTitle, f.section)
  y += lh(f.section) + 4
  for (const s of doc.sources) y += paragraph(MARGIN + 12, y, `• ${s}`, f.small, inner - 12, COLORS.muted)
  y += 12
  y += paragraph(MARGIN, y, doc.footer, f.small, inner, COLORS.muted)
  y += MARGIN

  return { width: W, height: Math.ceil(y), ops }
}
