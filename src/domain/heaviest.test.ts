import { describe, expect, it } from 'vitest'
import { heaviest } from './heaviest'

describe('heaviest', () => {
  const weight = (x: { w: number }) => x.w
  it('keeps the heaviest items, heaviest first, in their given order within a weight', () => {
    const items = [
      { id: 'a', w: 1 },
      { id: 'b', w: 3 },
      { id: 'c', w: 0 },
      { id: 'd', w: 3 },
      { id: 'e', w: 1 },
      { id: 'f', w: 2 },
    ]
    expect(heaviest(items, 4, weight).map((x) => x.id)).toEqual(['b', 'd', 'f', 'a'])
    expect(heaviest(items, 2, weight).map((x) => x.id)).toEqual(['b', 'd'])
    expect(heaviest(items, 1, weight).map((x) => x.id)).toEqual(['b'])
    expect(heaviest(items, 10, weight)).toHaveLength(6)
  })
  it('gives what a stable sort by weight and a slice gives', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, w: (i * 7919) % 5 }))
    const sorted = [...items].sort((a, b) => b.w - a.w)
    for (const max of [0, 1, 99, 100, 101, 300, 499])
      expect(heaviest(items, max, weight)).toEqual(sorted.slice(0, max))
  })
})
