import { isCjk } from '@/shared/text-wrap'

/**
 * Text measurement and label placement without a DOM, so chart models stay pure and testable.
 * Widths are estimates from character classes at a given font size (px); good enough to keep
 * labels apart and inside the chart, not to typeset.
 */

/** Estimated width of one character in em. */
function charEm(ch: string): number {
  if (isCjk(ch)) return 1 // CJK, kana, full-width forms
  if (/[ilj.,:;'|!()[\]\s]/.test(ch)) return 0.3
  if (/[A-Z0-9mwMW%$#@&]/.test(ch)) return 0.66
  return 0.54
}

/** Estimated width of `text` in px at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em * fontSize
}

/**
 * `text` cut with an ellipsis so it fits `maxWidth` px at `fontSize` px (unchanged if it fits).
 * One pass: the width of the kept part grows a character at a time (charts cut hundreds of labels
 * on every filter change).
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text
  const ellipsis = charEm('…')
  let out = ''
  let em = 0
  for (const ch of text) {
    const next = em + charEm(ch)
    if ((next + ellipsis) * fontSize > maxWidth) break
    out += ch
    em = next
  }
  return `${out.trimEnd()}…`
}

/**
 * Moves labels vertically so that no two are closer than `gap` px, keeping them between `min`
 * and `max` and as near their wanted y as it can. Returns the new y for each key.
 */
export function spreadLabels(
  items: readonly { key: string; y: number }[],
  gap: number,
  min: number,
  max: number,
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key))
  const ys = sorted.map((d) => Math.min(max, Math.max(min, d.y)))
  // Push down where labels collide, then pull back up from the bottom edge if they overflow.
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i] as number, (ys[i - 1] as number) + gap)
  const last = ys.length - 1
  if (last >= 0 && (ys[last] as number) > max) {
    ys[last] = max
    for (let i = last - 1; i >= 0; i--) ys[i] = Math.min(ys[i] as number, (ys[i + 1] as number) - gap)
  }
  return new Map(sorted.map((d, i) => [d.key, ys[i] as number]))
}
