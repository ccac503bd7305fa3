import { describe, expect, it } from 'vitest'
import { toCsv } from './export'

describe('toCsv', () => {
  it('writes notes as comments, quotes commas and quotes, keeps numbers (negative too) as numbers', () => {
    const csv = toCsv(
      ['Source: World Bank'],
      ['name', 'value'],
      [
        ['Viet Nam, "VNM"', -999.12],
        ['Laos', null],
      ],
    )
    expect(csv).toBe('# Source: World Bank\r\nname,value\r\n"Viet Nam, ""VNM""",-999.12\r\nLaos,\r\n')
  })
  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const csv = toCsv([], ['x'], [['=HYPERLINK("http://x")'], ['@SUM(A1)'], ['-1+2']])
    const rows = csv.trim().split('\r\n').slice(1)
    expect(rows).toEqual([`"'=HYPERLINK(""http://x"")"`, "'@SUM(A1)", "'-1+2"])
  })
})
