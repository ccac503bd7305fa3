import type { Page } from '@playwright/test'

interface FlowsMap {
  querySourceFeatures(s: string): { properties: Record<string, unknown> }[]
  getFeatureState(f: { source: string; id: string }): Record<string, unknown>
}

/** The links the national view's flows stand for now: the sum of their counts (feature-state, else all). */
export const flowTotal = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __map: FlowsMap }).__map
    const counts = new Map<string, number>()
    for (const f of map.querySourceFeatures('flows')) {
      const id = String(f.properties.id)
      const state = map.getFeatureState({ source: 'flows', id }).count
      counts.set(id, typeof state === 'number' ? state : Number(f.properties.n))
    }
    return [...counts.values()].reduce((a, b) => a + b, 0)
  })
