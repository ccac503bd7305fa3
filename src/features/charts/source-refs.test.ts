import { describe, expect, it } from 'vitest'
import { distinctSources } from './source-refs'

describe('distinctSources', () => {
  it('names each source once, the most cited first, without per-link addresses', () => {
    const refs = distinctSources([
      { source: { ref: 'mofa', url: 'https://www.mofa.go.jp/a' } },
      { source: { ref: 'news', url: 'https://example.com/1' } },
      { source: { ref: 'news', url: 'https://example.com/2' } },
      { source: { ref: 'user-import' } },
    ])
    expect(refs).toEqual([{ ref: 'news' }, { ref: 'mofa' }, { ref: 'user-import' }])
    expect(distinctSources([])).toEqual([])
  })
})
