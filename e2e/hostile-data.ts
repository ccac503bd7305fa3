import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Script-bearing, overlong and right-to-left strings that must show as text and never run. */
export const HOSTILE = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  'javascript:window.__xss=(window.__xss||0)+1',
  '"><script>window.__xss=(window.__xss||0)+1</script>',
  `\u202Eعربي עברית ${'ﷺ'.repeat(3)}`,
  `${'とても長い名前'.repeat(60)}`,
]

/** Replaces every bilingual text ({ ja, en }) in a data file with hostile strings. */
export function hostileFile(file: string): string {
  const json = JSON.parse(readFileSync(join('data', file), 'utf8')) as unknown
  let i = 0
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      const keys = Object.keys(o)
      if (keys.length === 2 && typeof o.ja === 'string' && typeof o.en === 'string') {
        const s = HOSTILE[i++ % HOSTILE.length] ?? ''
        return { ja: s, en: s }
      }
      return Object.fromEntries(keys.map((k) => [k, walk(o[k])]))
    }
    return v
  }
  return JSON.stringify(walk(json))
}
