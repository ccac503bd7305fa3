import { describe, expect, it } from 'vitest'
import { validateAll } from '@/data/validate-dataset'
import { generateDataset, LEVELS, loadRealData, realLevel } from './generate'

describe('synthetic benchmark data', () => {
  it('is valid against the zod schemas and the cross-file rules at 1× and 100×', () => {
    for (const name of ['1x', '100x']) {
      const level = LEVELS.find((l) => l.name === name)
      if (!level) throw new Error(name)
      const files = generateDataset(level, 7)
      expect(validateAll(files)).toEqual([])
      const { links } = files['links.json'] as { links: unknown[] }
      const { places } = files['places.json'] as { places: unknown[] }
      expect(links).toHaveLength(level.links)
      expect(places).toHaveLength(level.places)
    }
  }, 60_000)

  it('is the same for the same seed and differs for another', () => {
    const level = { places: 200, links: 400, projects: 50 }
    expect(JSON.stringify(generateDataset(level, 3))).toBe(JSON.stringify(generateDataset(level, 3)))
    expect(JSON.stringify(generateDataset(level, 3))).not.toBe(JSON.stringify(generateDataset(level, 4)))
  })

  it('has a level that is the embedded data as it is, with its counts read from data/', () => {
    const real = realLevel()
    const files = generateDataset(real, 7)
    expect(files['links.json']).toEqual(loadRealData()['links.json'])
    expect(real.links).toBe((files['links.json'] as { links: unknown[] }).links.length)
    expect(LEVELS[0]?.name).toBe('real')
  })

  it('meets the sizes the benchmark promises', () => {
    const hundred = LEVELS.find((l) => l.name === '100x')
    expect(hundred?.links).toBeGreaterThanOrEqual(20_000)
    expect(hundred?.places).toBeGreaterThanOrEqual(5_000)
    expect(LEVELS.some((l) => l.links === 100_000)).toBe(true)
  })
})
