import { INK as INK_HEX, MUTED as MUTED_HEX } from '@/shared/colors'
import type { Deck } from './deck'

// Slide size in inches: PowerPoint's 16:9 "widescreen".
const W = 13.333
const H = 7.5
const INK = INK_HEX.slice(1).toUpperCase()
const MUTED = MUTED_HEX.slice(1).toUpperCase()

/** Fits an image of w×h pixels into a box, keeping its shape. */
function containBox(w: number, h: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / w, box.h / h)
  const iw = w * scale
  const ih = h * scale
  return { x: box.x + (box.w - iw) / 2, y: box.y + (box.h - ih) / 2, w: iw, h: ih }
}

/**
 * The deck as a .pptx: per slide the map image on the left, title and text on the right, the source
 * line below and the speaker notes in the notes pane. Japanese is set in Noto Sans JP (as the East
 * Asian typeface) and tagged ja-JP so PowerPoint picks a Japanese font even where Noto is missing.
 * pptxgenjs is loaded only now, so it is not part of the app's first download.
 */
export async function pptxBlob(deck: Deck): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.title
  const ja = deck.lang === 'ja'
  const font = { fontFace: ja ? 'Noto Sans JP' : 'Noto Sans', lang: ja ? 'ja-JP' : 'en-US' }
  for (const s of deck.slides) {
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    const mapBox = { x: 0.3, y: 0.3, w: 7.6, h: 6.5 }
    if (s.image) {
      slide.addImage({ data: s.image.data, ...containBox(s.image.width, s.image.height, mapBox) })
    }
    const x = mapBox.x + mapBox.w + 0.3
    const w = W - x - 0.3
    slide.addText(s.title, {
      ...font,
      x,
      y: 0.3,
      w,
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
        x,
        y: 1.7,
        w,
        h: 5.1,
        fontSize: 16,
        color: INK,
        valign: 'top',
        paraSpaceAfter: 8,
        fit: 'shrink',
      },
    )
    if (s.source) {
      slide.addText(s.source, {
        ...font,
        x: 0.3,
        y: H - 0.62,
        w: W - 1.6,
        h: 0.4,
        fontSize: 10,
        color: MUTED,
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
