import { INK, MUTED } from '@/shared/colors'
import { attachJapaneseFonts } from '@/shared/fonts'
import { wrapText } from '@/shared/text-wrap'
import type { Deck, DeckSlide } from './deck'

// Page image size, px (16:9, sharp on a projector); the PDF page is 960×540 pt.
const PX_W = 1920
const PX_H = 1080
const PT_W = 960
const PT_H = 540

function family(lang: Deck['lang']): string {
  return lang === 'ja' ? '"Noto Sans JP", "Noto Sans", sans-serif' : '"Noto Sans", "Noto Sans JP", sans-serif'
}

/** Printable ASCII only: what jsPDF's built-in fonts can show. */
function isLatin(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s)
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('the map image could not be read'))
    img.src = src
  })
}

/**
 * One slide drawn on a canvas with the page's own Noto fonts: jsPDF's built-in fonts have no
 * Japanese, so the text goes into the page image, drawn as text from the story.
 */
async function drawPage(deck: Deck, s: DeckSlide): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas')
  canvas.width = PX_W
  canvas.height = PX_H
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2D is not available')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, PX_W, PX_H)
  const map = { x: 40, y: 40, w: 1120, h: 900 }
  if (s.image) {
    const img = await loadImage(s.image.data)
    const scale = Math.min(map.w / img.width, map.h / img.height)
    const w = img.width * scale
    const h = img.height * scale
    ctx.drawImage(img, map.x + (map.w - w) / 2, map.y + (map.h - h) / 2, w, h)
  }
  const f = family(deck.lang)
  ctx.textBaseline = 'top'
  const x = map.x + map.w + 44
  const width = PX_W - x - 44
  const bottom = map.y + map.h
  // Shrink the type until title and text fit beside the map (long user titles, long texts).
  for (let size = 30; size >= 18; size -= 2) {
    const titleFont = `700 ${Math.round(size * 1.5)}px ${f}`
    const bodyFont = `400 ${size}px ${f}`
    const measure = (font: string) => (t: string) => {
      ctx.font = font
      return ctx.measureText(t).width
    }
    const titleLines = wrapText(s.title, width, measure(titleFont))
    const bodyLines = s.lines.map((l) => wrapText(l, width, measure(bodyFont)))
    const titleLh = Math.round(size * 1.5 * 1.3)
    const bodyLh = Math.round(size * 1.5)
    const gap = Math.round(size * 0.6)
    const height =
      titleLines.length * titleLh + gap * 2 + bodyLines.reduce((n, p) => n + p.length * bodyLh + gap, 0)
    if (height > bottom - map.y && size > 18) continue
    let y = map.y
    ctx.fillStyle = INK
    ctx.font = titleFont
    for (const l of titleLines) {
      ctx.fillText(l, x, y)
      y += titleLh
    }
    y += gap * 2
    ctx.font = bodyFont
    for (const p of bodyLines) {
      for (const l of p) {
        ctx.fillText(l, x, y)
        y += bodyLh
      }
      y += gap
    }
    break
  }
  ctx.fillStyle = MUTED
  ctx.font = `400 20px ${f}`
  const sourceLines = wrapText(s.source, PX_W - 2 * 40 - 160, (t) => ctx.measureText(t).width).slice(0, 2)
  for (const [i, l] of sourceLines.entries()) ctx.fillText(l, 40, 970 + i * 28)
  return canvas
}

/** Every string drawn, so the font subsets it needs are loaded before measuring. */
function allText(deck: Deck): string {
  const parts = [deck.title, deck.footer]
  for (const s of deck.slides) parts.push(s.title, s.source, s.page, ...s.lines)
  return [...new Set(parts.join(''))].join('')
}

/**
 * The deck as a PDF, one page per slide: the page is an image (see drawPage); the page number and,
 * for English decks, the title are added as real PDF text so the file can be searched.
 * jsPDF is loaded only now, so it is not part of the app's first download.
 */
export async function pdfBlob(deck: Deck): Promise<Blob> {
  const { jsPDF } = await import('jspdf')
  const f = family(deck.lang)
  const text = allText(deck)
  await attachJapaneseFonts()
  await Promise.all(['400 30px', '700 45px', '400 20px'].map((w) => document.fonts.load(`${w} ${f}`, text)))
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [PT_W, PT_H], compress: true })
  if (isLatin(deck.title)) pdf.setProperties({ title: deck.title })
  for (const [i, s] of deck.slides.entries()) {
    if (i > 0) pdf.addPage([PT_W, PT_H], 'landscape')
    const canvas = await drawPage(deck, s)
    pdf.addImage(canvas.toDataURL('image/jpeg', 0.9), 'JPEG', 0, 0, PT_W, PT_H)
    pdf.setFont('helvetica', 'normal')
    pdf.setFontSize(10)
    pdf.setTextColor(91, 102, 112)
    if (isLatin(s.page)) pdf.text(s.page, PT_W - 20, PT_H - 18, { align: 'right' })
    // Searchable, invisible title over the drawn one (Latin only).
    if (isLatin(s.title)) pdf.text(s.title, 600, 24, { renderingMode: 'invisible', maxWidth: 340 })
  }
  return pdf.output('blob')
}
