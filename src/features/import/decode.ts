// A user's file as text, decoded once and whole: never chunk by chunk (a character cut at a chunk's
// edge was stored as U+FFFD), never with replacement (TextDecoder is fatal: a byte sequence that is
// not a character in the chosen encoding is a reason to try another, or to say the file cannot be
// read). Pure: no DOM, no React; runs in the import worker and in unit tests.

/** The encodings a spreadsheet user's CSV comes in: Excel's "CSV UTF-8", "CSV" (Japanese Windows) and "Unicode text". */
export type TextEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be'

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean }
  | {
      ok: false
      /**
       * empty: no bytes (or only a byte-order mark); workbook: an Excel or ZIP file, not text;
       * encoding: valid in none of the encodings above.
       */
      reason: 'empty' | 'workbook' | 'encoding'
      /** For 'encoding': the line (from 1) of the first byte UTF-8 cannot read, to say where. */
      line?: number
    }

function decoder(encoding: TextEncoding): TextDecoder {
  // ignoreBOM false (the default): a leading byte-order mark of this encoding is dropped.
  return new TextDecoder(encoding, { fatal: true })
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return decoder(encoding).decode(bytes)
  } catch {
    return null
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * UTF-16 without a byte-order mark: text in the Latin range has a zero byte in every other place
 * (the high byte). Japanese text does not, but a CSV always has ASCII commas, digits and line ends.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  // Commas, digits and line ends alone make well over a tenth of the units; the other byte of a
  // unit is zero only for U+0000 itself.
  if (oddZeros > pairs / 10 && evenZeros === 0) return 'utf-16le'
  if (evenZeros > pairs / 10 && oddZeros === 0) return 'utf-16be'
  return null
}

/** The line on which UTF-8 reading fails first: the longest valid prefix, found by halving. */
function firstBadUtf8Line(bytes: Uint8Array): number {
  let lo = 0
  let hi = bytes.length
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    try {
      // stream: a character cut at `mid` is not an error, only a wrong byte is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid
    }
  }
  let line = 1
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++
  return line
}

/**
 * The whole file's bytes as text. The encoding is chosen on the whole file, not its first bytes:
 * a byte-order mark decides (UTF-8, UTF-16 LE or BE); else UTF-16 by its zero bytes; else UTF-8 if
 * every byte of the file is valid UTF-8; else Shift_JIS (Windows' CP932, as Excel saves a CSV in
 * Japan) if every byte is valid in it; else the file is reported, with where UTF-8 failed.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { ok: false, reason: 'workbook' }
  const boms: [readonly number[], TextEncoding][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ]
  for (const [bom, encoding] of boms) {
    if (!startsWith(bytes, bom)) continue
    if (bytes.length === bom.length) return { ok: false, reason: 'empty' }
    const text = tryDecode(bytes, encoding)
    if (text === null)
      return {
        ok: false,
        reason: 'encoding',
        line: encoding === 'utf-8' ? firstBadUtf8Line(bytes) : undefined,
      }
    return { ok: true, text, encoding, bom: true }
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty' }
  const wide = utf16Order(bytes)
  if (wide) {
    const text = tryDecode(bytes, wide)
    if (text !== null) return { ok: true, text, encoding: wide, bom: false }
  }
  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false }
  const sjis = tryDecode(bytes, 'shift_jis')
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis', bom: false }
  return { ok: false, reason: 'encoding', line: firstBadUtf8Line(bytes) }
}
