import { encodeShiftJis, encodeUtf16, importContext } from '@test/import-context'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode'
import { delimiterOf, importBytes, readTable } from './read-file'

const utf8 = (text: string) => new TextEncoder().encode(text)
const HEADER = 'jp_place,jp_prefecture,partner_city,partner_country,relation,year,fields,note'

/** Japanese rows whose note is long enough that multi-byte characters fall on every byte offset. */
function japaneseCsv(rows: number): { csv: string; notes: string[] } {
  const notes: string[] = []
  const lines = [HEADER]
  for (let i = 0; i < rows; i++) {
    // Varying lengths of ASCII before 3-byte (漢字, かな) and 4-byte (𠮷) characters shift every
    // multi-byte character across the file's offsets, so some straddle any chunk boundary.
    const note = `${'x'.repeat(i % 7)}北九州市と協力・第${i}号「上下水道」𠮷野家①②髙橋`
    notes.push(note)
    lines.push(`北九州市,福岡県,プノンペン,カンボジア,姉妹都市,平成28年,上水道;交流,${note}`)
  }
  return { csv: `${lines.join('\r\n')}\r\n`, notes }
}

describe('decodeBytes: the whole file, once, in its own encoding', () => {
  it('reads UTF-8 with and without a byte-order mark, never replacing a character', () => {
    const { csv } = japaneseCsv(10)
    for (const bytes of [utf8(csv), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)])]) {
      const d = decodeBytes(bytes)
      expect(d).toMatchObject({ ok: true, encoding: 'utf-8', text: csv })
    }
  })

  it('keeps characters on every chunk boundary of a 150 KB file (papaparse cut at 48 KB; detection read 64 KB)', () => {
    const { csv } = japaneseCsv(1_300)
    const bytes = utf8(csv)
    expect(bytes.length).toBeGreaterThan(150_000)
    // Multi-byte characters do straddle the old boundaries.
    for (const edge of [48 * 1024, 64 * 1024, 96 * 1024, 128 * 1024])
      expect(bytes[edge] !== undefined && (bytes[edge] as number) >= 0x80).toBe(true)
    const d = decodeBytes(bytes)
    expect(d.ok && d.text).toBe(csv)
    expect(d.ok && d.text.includes('\ufffd')).toBe(false)
  })

  it('reads Shift_JIS (CP932) decided on the whole file, even after 70 KB of ASCII', () => {
    const head = `${HEADER}\r\n${'Kitakyushu City,,Phnom Penh,KHM,sister,2016,water,plain ascii note\r\n'.repeat(1_100)}`
    expect(head.length).toBeGreaterThan(70_000)
    const tail = '北九州市,福岡県,プノンペン,カンボジア,姉妹都市,平成28年,上水道,①髙橋の記録ｶﾅ\r\n'
    const d = decodeBytes(encodeShiftJis(head + tail))
    expect(d).toMatchObject({ ok: true, encoding: 'shift_jis' })
    expect(d.ok && d.text).toBe(head + tail)
  })

  it('reads UTF-16 as Excel’s “Unicode text” writes it (LE with a mark), BE, and LE without a mark', () => {
    const text = '日本側自治体\tASEAN側都市\r\n北九州市\tプノンペン\r\n'
    expect(decodeBytes(encodeUtf16(text, 'le'))).toMatchObject({ ok: true, encoding: 'utf-16le', text })
    expect(decodeBytes(encodeUtf16(text, 'be'))).toMatchObject({ ok: true, encoding: 'utf-16be', text })
    expect(decodeBytes(encodeUtf16(text, 'le', false))).toMatchObject({
      ok: true,
      encoding: 'utf-16le',
      text,
    })
  })

  it('says so for a file that is empty, a workbook, or valid in no encoding (naming the line)', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty' })
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      ok: false,
      reason: 'workbook',
    })
    // Line 3 holds bytes that are neither UTF-8 nor Shift_JIS (0x80 0xA0 0xFD).
    const bad = new Uint8Array([...utf8('a,b\r\n北九州,c\r\n'), 0xfd, 0xa0, 0x80, 0x0a])
    expect(decodeBytes(bad)).toEqual({ ok: false, reason: 'encoding', line: 3 })
  })
})

describe('readTable and importBytes', () => {
  const ctx = importContext('jp.csv')

  it('imports a 150 KB Japanese file whole: every row, every character', () => {
    const { csv, notes } = japaneseCsv(1_300)
    const outcome = importBytes(utf8(csv), false, ctx)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.summary.problems).toEqual([])
    expect(outcome.summary.okRows).toBe(notes.length)
    expect(outcome.summary.records.links.map((l) => l.note?.ja)).toEqual(notes)
    expect(outcome.summary.records.links[0]).toMatchObject({ jp: 'jp-kitakyushu', year: 2016 })
  })

  it('turns an unterminated quote into a problem of its row, naming unused columns', () => {
    const csv = `${HEADER},colour\r\nKitakyushu,,Phnom Penh,KHM,sister,2016,water,ok,red\r\n\r\nKitakyushu,,Phnom Penh,KHM,sister,2016,water,"never closed,red\r\nKitakyushu,,Phnom Penh,KHM,sister,2016,water,swallowed,red\r\n`
    const outcome = importBytes(utf8(csv), false, ctx)
    if (!outcome.ok) throw new Error('not read')
    expect(outcome.summary.okRows).toBe(1)
    expect(outcome.summary.rows).toBe(2)
    expect(outcome.summary.unknownColumns).toEqual(['colour'])
    // Row 3 is the empty line, as a spreadsheet numbers it.
    expect(outcome.summary.problems).toEqual([
      { row: 4, column: null, code: 'parse', value: '', detail: 'MissingQuotes' },
    ])
  })

  it('reads semicolon- and tab-separated files by their header', () => {
    expect(delimiterOf('a;b;"c,d"\n1;2;3')).toBe(';')
    expect(delimiterOf('a\tb\n1,2\t3')).toBe('\t')
    expect(delimiterOf('a')).toBe(',')
    const tsv = encodeUtf16(
      'jp_place\tpartner_city\tpartner_country\trelation\r\n北九州市\tプノンペン\tKHM\tsister\r\n',
      'le',
    )
    const outcome = importBytes(tsv, false, ctx)
    expect(outcome.ok && outcome.summary.okRows).toBe(1)
  })

  it('says a file is empty, or has a header and no rows', () => {
    expect(readTable(utf8(' \r\n'), false)).toEqual({ key: 'empty' })
    const outcome = importBytes(utf8(`${HEADER}\r\n\r\n`), false, ctx)
    expect(outcome.ok && outcome.summary.problems.map((p) => p.code)).toEqual(['empty'])
  })

  it('reads JSON: a list of rows (or { rows }), items numbered from 1; anything else is reported', () => {
    const rows = [
      {
        jp_place: 'Kitakyushu',
        partner_city: 'Phnom Penh',
        partner_country: 'KHM',
        relation: 'sister',
        year: 2016,
      },
      {
        jp_place: '北九州市',
        partner_city: 'Pnom Penh',
        partner_country: 'カンボジア',
        relation: '姉妹都市',
      },
    ]
    const outcome = importBytes(utf8(JSON.stringify({ rows })), true, ctx)
    if (!outcome.ok) throw new Error('not read')
    expect(outcome.summary.okRows).toBe(1)
    expect(outcome.summary.problems).toMatchObject([{ row: 2, code: 'notFound', value: 'Pnom Penh' }])
    expect(readTable(utf8('{"a": 1}'), true)).toEqual({ key: 'notArray' })
    expect(readTable(utf8('{"a": '), true)).toMatchObject({ key: 'notJson' })
  })
})
