/**
 * Line breaking for text drawn outside the page's own layout (canvas images, SVG captions, PDF
 * slides): one rule set for every wrapper. Latin text breaks at spaces; Chinese characters, kana and
 * full-width forms may break between any two characters, except before closing punctuation (、。」）
 * etc.) and after opening brackets, as Japanese typesetting (kinsoku) requires. A word longer than a
 * line is cut where it overflows.
 */

/** Characters set one em wide that a line may break around: CJK, kana, full-width forms. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/
const NO_START = new Set([...'、。，．・：；？！ー）」』】〕］｝〉》’”%％…'])
const NO_END = new Set([...'（「『【〔［｛〈《‘“'])

/** Whether a character is CJK, kana or a full-width form (one em wide, breakable on either side). */
export function isCjk(ch: string): boolean {
  return CJK.test(ch)
}

/** Splits text into units that must stay together: Latin words with their trailing space, single CJK characters. */
export function breakUnits(text: string): string[] {
  const units: string[] = []
  let word = ''
  for (const ch of text) {
    if (isCjk(ch)) {
      if (word) units.push(word)
      word = ''
      units.push(ch)
    } else if (ch === ' ') {
      units.push(`${word} `)
      word = ''
    } else word += ch
  }
  if (word) units.push(word)
  // Keep forbidden pairs together: closing marks join the unit before, opening marks the unit after.
  const out: string[] = []
  for (const u of units) {
    const prev = out[out.length - 1]
    if (prev !== undefined && (NO_START.has(u[0] as string) || NO_END.has(prev[prev.length - 1] as string))) {
      out[out.length - 1] = prev + u
    } else out.push(u)
  }
  return out
}

/**
 * `text` in lines no wider than `width` as `measure` measures them (a canvas's measureText, or an
 * estimate); each line of `text` starts a new one, and empty text gives no line. A line ends without
 * the space it breaks at, unless `keepSpaces`: then the lines joined give the text back (the tspans
 * of an SVG caption, whose text is read as one).
 */
export function wrapText(
  text: string,
  width: number,
  measure: (s: string) => number,
  { keepSpaces = false } = {},
): string[] {
  if (text === '') return []
  const end = (line: string) => (keepSpaces ? line : line.trimEnd())
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const unit of breakUnits(paragraph)) {
      const next = line + unit
      if (line === '' || measure(next.trimEnd()) <= width) {
        line = next
        continue
      }
      lines.push(end(line))
      line = unit
    }
    // A single unit wider than the line is cut character by character.
    const rest: string[] = []
    while (line.length > 1 && measure(line.trimEnd()) > width) {
      let cut = line.length - 1
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--
      rest.push(line.slice(0, cut))
      line = line.slice(cut)
    }
    lines.push(...rest, end(line))
  }
  return lines
}
