// Name matching for imported files: pure functions, no React, no DOM.

/** Case, width, space, punctuation and diacritic-insensitive key: 'Phnom-Penh ' = 'phnompenh'. */
export function nameKey(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      // Letters with a stroke do not decompose: Vietnamese đ (Đà Nẵng) is written d without it.
      .replace(/đ/g, 'd')
      .replace(/[\s\p{P}\p{S}]+/gu, '')
  )
}

// Endings a writer may add or leave out: "Kitakyushu City", "Kitakyushu-shi", 北九州市, "Cebu City".
const EN_SUFFIX =
  /[\s-]+(city|town|village|ward|prefecture|pref|metropolis|province|regency|municipality|shi|machi|cho|chou|mura|son|ku|ken|fu|to)\.?$/i
const JA_SUFFIX = /(?<=.)[市町村区県府都州省]$/

/** The key without its administrative ending ('' when the name has none). */
function strippedKey(s: string): string {
  const trimmed = s.normalize('NFKC').trim()
  const en = trimmed.replace(EN_SUFFIX, '')
  if (en !== trimmed) return nameKey(en)
  const ja = trimmed.replace(JA_SUFFIX, '')
  return ja !== trimmed ? nameKey(ja) : ''
}

/** Both keys a name is found under: full, then without its ending. */
export function keysOf(name: string): string[] {
  const full = nameKey(name)
  const stripped = strippedKey(name)
  return stripped && stripped !== full ? [full, stripped] : [full]
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      cur.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prev = cur
  }
  return prev[b.length] as number
}
