import { describe, expect, it } from 'vitest'
import { type Caption, captionLayout } from './export'
import { estimateTextWidth } from './label-layout'

describe('captionLayout', () => {
  const caption: Caption = {
    title: "Japan's ODA by country",
    subtitle: 'Gross disbursements · 2015 · US$ million',
    legend: [
      { key: 'grantAid', label: 'Grant aid', color: '#2a7bbf' },
      { key: 'technicalCooperation', label: 'Technical cooperation', color: '#7fb4e0' },
      { key: 'loansDisbursed', label: 'Loans disbursed', color: '#e08a2a' },
    ],
    notes: ['Not ODA recipients, so not shown: Brunei, Singapore.'],
    sources: [
      'Source: Council of Local Authorities for International Relations (CLAIR), Singapore Office, CLAIR Report · Ch. 1',
      'Series since 2009: OECD Development Assistance Committee (DAC), Table DAC2A',
    ],
  }
  const parts = [
    { width: 400, height: 200 },
    { width: 400, height: 150, heading: 'Since 2009 (US$ million)' },
  ]
  const all = (l: ReturnType<typeof captionLayout>) => l.texts.map((t) => t.lines.join(''))

  it('holds the title, units line, every key entry with its colour, each chart heading, the notes and every source', () => {
    const l = captionLayout(caption, parts)
    const texts = all(l)
    for (const want of [
      caption.title,
      caption.subtitle,
      ...caption.legend.map((i) => i.label),
      'Since 2009 (US$ million)',
      ...caption.notes,
      ...caption.sources,
    ])
      expect(texts).toContain(want)
    expect(l.swatches.map((s) => s.color)).toEqual(caption.legend.map((i) => i.color))
  })

  it('stacks title, key, charts and sources without overlap, all inside the image', () => {
    const l = captionLayout(caption, parts)
    const yOf = (text: string) => l.texts.find((t) => t.lines.join('') === text)?.y ?? Number.NaN
    const [top1, top2] = l.parts as [number, number]
    expect(yOf(caption.title)).toBeLessThan(yOf(caption.subtitle))
    expect(Math.max(...l.swatches.map((s) => s.y + s.size))).toBeLessThanOrEqual(top1)
    expect(top1 + 200).toBeLessThanOrEqual(yOf('Since 2009 (US$ million)') - 10)
    expect(yOf('Since 2009 (US$ million)')).toBeLessThan(top2)
    for (const s of caption.sources) expect(yOf(s)).toBeGreaterThan(top2 + 150)
    for (const t of l.texts) {
      const last = t.y + (t.lines.length - 1) * t.lineHeight
      expect(last).toBeLessThanOrEqual(l.height)
      for (const line of t.lines)
        expect(t.x + estimateTextWidth(line.trimEnd(), t.size)).toBeLessThanOrEqual(l.width)
    }
  })

  it('wraps a source line longer than the chart is wide instead of cutting it off', () => {
    const l = captionLayout(caption, [{ width: 320, height: 100 }])
    const source = l.texts.find((t) => t.lines.join('') === caption.sources[0])
    expect(source?.lines.length).toBeGreaterThan(1)
  })
})
