import { describe, expect, it } from 'vitest'
import { odaBarsModel, oecdModel } from './oda-model'

const rows = [
  {
    iso3: 'VNM',
    grantAid: 12.94,
    technicalCooperation: 78.52,
    loansDisbursed: 1327.42,
    loansRepaid: -343.96,
    grossTotal: 1418.88,
    netTotal: 1074.92,
  },
  {
    iso3: 'IDN',
    grantAid: 25.24,
    technicalCooperation: 53.06,
    loansDisbursed: 400.31,
    loansRepaid: -1477.73,
    grossTotal: 478.61,
    netTotal: -999.12,
  },
]

describe('odaBarsModel', () => {
  it('gross stacks three positive parts and sorts by gross total', () => {
    const m = odaBarsModel(rows, 'gross', 600)
    expect(m.bars.map((b) => b.iso3)).toEqual(['VNM', 'IDN'])
    expect(m.bars[0]?.segments.map((s) => s.part)).toEqual([
      'grantAid',
      'technicalCooperation',
      'loansDisbursed',
    ])
    expect(m.bars[0]?.total).toBe(1418.88)
    expect(m.zeroX).toBe(m.plot.x0)
  })
  it('net draws repayments left of zero and a negative net total below zero', () => {
    const m = odaBarsModel(rows, 'net', 600)
    const idn = m.bars.find((b) => b.iso3 === 'IDN')
    const repaid = idn?.segments.find((s) => s.part === 'loansRepaid')
    expect(repaid && repaid.x + repaid.width).toBeCloseTo(m.zeroX, 5)
    expect(idn?.total).toBe(-999.12)
    expect(idn?.totalX).toBeLessThan(m.zeroX)
  })
})

describe('oecdModel', () => {
  it('leaves a gap where a value was not published, never drawing it at 0', () => {
    const m = oecdModel(
      [
        {
          iso3: 'THA',
          points: [
            [2009, 10],
            [2010, null],
            [2011, 30],
          ],
        },
      ],
      400,
      200,
    )
    expect(m.lines[0]?.gaps).toEqual([2010])
    // Two separate subpaths: the line breaks at the gap.
    expect(m.lines[0]?.d.match(/M/g)?.length).toBe(2)
  })
})
