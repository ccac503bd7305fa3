import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { Link } from '@/data/schema'
import { curatedTwin } from './curated-twin'

const link = (id: string, rest: Partial<Link> = {}): Link => ({
  id,
  jp: 'jp-a',
  asean: 'kh-b',
  relation: 'sister',
  year: 2016,
  fields: ['exchange'],
  confidence: 'high',
  source: { ref: 'mofa' },
  ...rest,
})
const mine = { source: { ref: 'user-import' }, confidence: 'low' as const }

describe('the curated link an imported one repeats', () => {
  const curated = link('a-b')
  const network = buildNetwork(
    [],
    [],
    [
      curated,
      link('user-2', mine),
      link('user-3', { ...mine, relation: 'mou' }),
      link('user-4', { ...mine, asean: 'kh-c' }),
    ],
    [],
  )
  const twin = (id: string) => curatedTwin(network, network.linkById.get(id) as Link)?.id
  it('is the curated link between the same places with the same relation', () => {
    expect(twin('user-2')).toBe('a-b')
    expect(twin('user-3')).toBeUndefined()
    expect(twin('user-4')).toBeUndefined()
    // A curated link repeats nothing.
    expect(twin('a-b')).toBeUndefined()
  })
})
