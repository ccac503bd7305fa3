import { attachJapaneseFonts } from '@/shared/fonts'
import type { PngDoc } from './compare-png-doc'
import { layoutPng, pngFonts } from './compare-png-layout'

/** Every string of the image, so the font subsets it needs are loaded before measuring. */
function allText(doc: PngDoc): string {
  const parts = [
    doc.title,
    doc.subtitle,
    doc.measureHeader,
    doc.statementsTitle,
    doc.sourcesTitle,
    doc.footer,
  ]
  for (const c of doc.columns) parts.push(c.name, c.note)
  for (const s of doc.sections) {
    parts.push(s.title)
    for (const r of s.rows) {
      parts.push(r.label, r.unit)
      for (const c of r.cells) parts.push(c.main, c.markLabel, ...c.sub)
    }
  }
  parts.push(...doc.statements, ...doc.sources, '▲▼•…')
  return [...new Set(parts.join(''))].join('')
}

/**
 * Draws the comparison on a canvas with the page's Noto fonts (text drawn as text, from the data)
 * and returns it as a PNG. `scale` 2 gives a sharp image on a projector.
 */
export async function comparePngBlob(doc: PngDoc, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2D is not available')
  const fonts = Object.values(pngFonts(doc.lang))
  const text = allText(doc)
  await attachJapaneseFonts()
  await Promise.all(fonts.map((font) => document.fonts.load(font, text)))
  const measure = (s: string, font: string) => {
    ctx.font = font
    return ctx.measureText(s).width
  }
  const layout = layoutPng(doc, measure)
  canvas.width = Math.ceil(layout.width * scale)
  canvas.height = Math.ceil(layout.height * scale)
  // Setting the size reset the context: scale, background and baseline are set after it.
  ctx.scale(scale, scale)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.textBaseline = 'top'
  for (const op of layout.ops) {
    switch (op.kind) {
      case 'rect':
        ctx.fillStyle = op.fill
        ctx.fillRect(op.x, op.y, op.w, op.h)
        break
      case 'text':
        ctx.font = op.font
        ctx.fillStyle = op.fill
        ctx.fillText(op.text, op.x, op.y)
        break
      case 'line':
        ctx.strokeStyle = op.stroke
        ctx.lineWidth = op.width
        ctx.beginPath()
        ctx.moveTo(op.x1, op.y1)
        ctx.lineTo(op.x2, op.y2)
        ctx.stroke()
        break
      case 'poly': {
        ctx.strokeStyle = op.stroke
        ctx.lineWidth = op.width
        ctx.lineJoin = 'round'
        ctx.beginPath()
        for (const [i, [x, y]] of op.points.entries()) {
          if (i === 0) ctx.moveTo(x, y)
          else ctx.lineTo(x, y)
        }
        ctx.stroke()
        break
      }
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no image'))),
      'image/png',
    ),
  )
}
