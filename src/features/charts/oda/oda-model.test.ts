import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '../label-layout'
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
  it('labels a negative total left of its bar, in room kept clear of the names; a positive one right of it', () => {
    const m = odaBarsModel(rows, 'net', 600, (v) => v.toFixed(2))
    const idn = m.bars.find((b) => b.iso3 === 'IDN')
    const vnm = m.bars.find((b) => b.iso3 === 'VNM')
    if (!idn || !vnm) throw new Error('bars missing')
    expect(idn.label.anchor).toBe('end')
    expect(idn.label.x).toBeLessThan(Math.min(...idn.segments.map((s) => s.x)))
    // The label's left end stays right of the country names, which end at plot.x0.
    expect(idn.label.x - estimateTextWidth('-999.12', 10)).toBeGreaterThanOrEqual(m.plot.x0)
    expect(vnm.label.anchor).toBe('start')
    expect(vnm.label.x).toBeGreaterThan(Math.max(...vnm.segments.map((s) => s.x + s.width)))
  })
})

describe('oecdModel', () => {
  it('leaves a gap where a value was not published, never drawing it at 0', () => {
    const m = oecdModel(
      [
        {
          iso3: 'THA',
          label: 'Thailand',
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
  it('gives a dot to each value with no published neighbour, and to no other', () => {
    const m = oecdModel(
      [
        {
          iso3: 'THA',
          label: 'Thailand',
          points: [
            [2009, 5],
            [2010, null],
            [2011, 30],
            [2012, 40],
            [2013, null],
            [2014, 132],
          ],
        },
        {
          iso3: 'IDN',
          label: 'Indonesia',
          points: [
            [2009, null],
            [2010, 42],
            [2011, null],
          ],
        },
      ],
      400,
      200,
    )
    expect(m.lines[0]?.dots.map((d) => d.year)).toEqual([2009, 2014])
    expect(m.lines[1]?.dots.map((d) => [d.year, d.value])).toEqual([[2010, 42]])
  })
  it('names each line at its last value and keeps names that would collide at least a line apart', () => {
    const near = (iso3: string, label: string, v: number) => ({
      iso3,
      label,
      points: [
        [2009, 100],
        [2022, v],
      ] as const,
    })
    const m = oecdModel(
      [near('KHM', 'Cambodia', 500), near('LAO', 'Laos', 505), near('MMR', 'Myanmar', 498)],
      500,
      200,
    )
    const labels = m.lines.map((l) => l.label)
    expect(labels.map((l) => l?.text)).toEqual(['Cambodia', 'Laos', 'Myanmar'])
    const ys = labels.map((l) => l?.y ?? 0).sort((a, b) => a - b)
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(11)
    // The names stand right of the plot, inside the chart.
    for (const l of labels) {
      expect(l?.x).toBeGreaterThan(m.plot.x1)
      expect((l?.x ?? 0) + estimateTextWidth(l?.text ?? '', 10)).toBeLessThanOrEqual(m.width)
    }
  })
  it('leaves names that do not share room where their lines end', () => {
    const m = oecdModel(
      [
        {
          iso3: 'IDN',
          label: 'Indonesia',
          points: [
            [2009, 40],
            [2010, 42],
            [2011, null],
            [2022, null],
          ],
        },
        {
          iso3: 'VNM',
          label: 'Viet Nam',
          points: [
            [2009, 40],
            [2022, 42],
          ],
        },
      ],
      500,
      200,
    )
    expect(m.lines[0]?.label?.y).toBeCloseTo(m.lines[0]?.end?.y ?? Number.NaN, 5)
    expect(m.lines[1]?.label?.y).toBeCloseTo(m.lines[1]?.end?.y ?? Number.NaN, 5)
  })
})
