/**
 * Breaks text into lines no wider than `width` for drawing on a canvas. Latin text breaks at spaces;
 * Japanese may break between any two characters, except before closing punctuation (、。」）etc.) and
 * after opening brackets, as Japanese typesetting (kinsoku) requires. A word longer than a line is cut.
 */
const NO_START = new Set([...'、。，．・：；？！ー）」』】〕］｝〉》’”%％…'])
const NO_END = new Set([...'（「『【〔［｛〈《‘“'])
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/

/** Splits text into units that must stay together: Latin words with their trailing space, single CJK characters. */
export function breakUnits(text: string): string[] {
  const units: string[] = []
  let word = ''
  for (const ch of text) {
    if (CJK.test(ch)) {
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

export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const unit of breakUnits(paragraph)) {
      const next = line + unit
      if (line === '' || measure(next.trimEnd()) <= width) {
        line = next
        continue
      }
      lines.push(line.trimEnd())
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
    lines.push(...rest, line.trimEnd())
  }
  return lines
}
