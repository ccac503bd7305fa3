import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes commas and quotes, keeps numbers (negative too) as numbers, writes no comment lines', () => {
    const csv = toCsv([
      ['name', 'value'],
      ['Viet Nam, "VNM"', -999.12],
      ['Laos', null],
    ])
    expect(csv).toBe('name,value\r\n"Viet Nam, ""VNM""",-999.12\r\nLaos,\r\n')
  })

  it('keeps text that a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const cells = [
      '=HYPERLINK("http://x")',
      '+1',
      '-1+2',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=1\n2',
      "'=1",
      'a=b',
      '1-2',
    ]
    const written = toCsv(cells.map((c) => [c]))
    const read = Papa.parse<string[]>(written, { skipEmptyLines: true }).data.map((r) => r[0])
    expect(read).toEqual([...cells.slice(0, 8).map((c) => `'${c}`), 'a=b', '1-2'])
  })

  it('gives back what it was given, read with papaparse', () => {
    const rows = [['日本語', 'line\nbreak', ' spaced ', 3, 0.5, '']]
    const [row] = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true }).data
    expect(row).toEqual(['日本語', 'line\nbreak', ' spaced ', '3', '0.5', ''])
  })
})
