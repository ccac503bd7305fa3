import type { PlacesFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import { buildPlaceIndex, type GazetteerFile } from '@/features/import/gazetteer'
import type { ImportContext } from '@/features/import/import-types'
import { buildVocabulary } from '@/features/import/vocabulary'
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { readData } from './data-files'

// What the import worker checks a file against, built from the real data/ (gazetteer, places,
// countries) and the app's own words in both languages: for the import's unit tests.

let index: ImportContext['index'] | null = null

export function importContext(fileName = 'mine.csv'): ImportContext {
  index ??= buildPlaceIndex(
    readData<GazetteerFile>('gazetteer/gazetteer.json'),
    readData<PlacesFile>('places.json').places,
  )
  return {
    index,
    countries: readData<CountriesFile>('countries.json').countries,
    vocabulary: buildVocabulary({ relations: [en.relations, ja.relations], fields: [en.fields, ja.fields] }),
    fileName,
  }
}

/**
 * Text as Shift_JIS (Windows CP932) bytes, as Excel saves a CSV in Japan. Node has no Shift_JIS
 * encoder: the table is the inverse of TextDecoder's Shift_JIS decoder over every two-byte code.
 */
let sjisTable: Map<string, number[]> | null = null
export function encodeShiftJis(text: string): Uint8Array {
  if (!sjisTable) {
    sjisTable = new Map()
    const decoder = new TextDecoder('shift_jis', { fatal: true })
    for (let b = 0; b < 0x80; b++) sjisTable.set(String.fromCharCode(b), [b])
    for (let b = 0xa1; b <= 0xdf; b++) sjisTable.set(decoder.decode(new Uint8Array([b])), [b])
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]))
          if (!sjisTable.has(ch)) sjisTable.set(ch, [lead, trail])
        } catch {
          // Not a character in CP932.
        }
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const bytes = sjisTable.get(ch)
    if (!bytes) throw new Error(`not in Shift_JIS: ${ch}`)
    out.push(...bytes)
  }
  return new Uint8Array(out)
}

/** Text as UTF-16 bytes, with or without a byte-order mark (Excel's "Unicode text" writes LE with one). */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const out = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i)
    out[order === 'le' ? 2 * i : 2 * i + 1] = u & 0xff
    out[order === 'le' ? 2 * i + 1 : 2 * i] = u >> 8
  }
  return out
}
