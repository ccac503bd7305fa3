import { expect, test, waitForPanelsSettled } from './fixtures'

// The fast CI part of the benchmark (npm run bench has the timings): on the real data, each filter
// change renders each counted panel at most once, never rebuilds map source data, and sets the map's
// layer filters at most once. Counts, not times, so it does not flake on a busy machine.

type Counters = { renders: Record<string, number>; events: Record<string, number> }

const STEPS: [string, unknown[]][] = [
  ['toggleField', ['water']],
  ['toggleCountryFilter', ['VNM']],
  ['setConfidence', ['high']],
  ['setYearRange', [[1990, 2010]]],
  ['setYearRange', [null]],
  ['setConfidence', ['all']],
  ['toggleCountryFilter', ['VNM']],
  ['toggleField', ['water']],
]

test('a filter change renders each panel at most once and never rebuilds map data', async ({ page }) => {
  // Eight changes, each waited for until the map has drawn it: counts, not times, but many frames.
  test.slow()
  await page.goto('/')
  await waitForPanelsSettled(page)
  for (const [action, args] of STEPS) {
    const before = await page.evaluate(() =>
      structuredClone((window as unknown as { __perf: Counters }).__perf),
    )
    await page.evaluate(
      ({ action, args }) =>
        new Promise<void>((resolve) => {
          performance.clearMeasures()
          const observer = new PerformanceObserver((list) => {
            if (list.getEntries().some((e) => e.name === 'filter-change')) {
              observer.disconnect()
              resolve()
            }
          })
          observer.observe({ entryTypes: ['measure'] })
          const s = (
            window as unknown as { __store: { getState: () => Record<string, (...a: unknown[]) => void> } }
          ).__store.getState()
          s[action]?.(...args)
        }),
      { action, args },
    )
    const after = await page.evaluate(() =>
      structuredClone((window as unknown as { __perf: Counters }).__perf),
    )
    for (const [name, n] of Object.entries(after.renders))
      expect(n - (before.renders[name] ?? 0), `${name} renders for ${action}`).toBeLessThanOrEqual(1)
    expect(after.renders.MapView ?? 0, 'MapView counts its renders').toBeGreaterThan(0)
    expect(after.renders.ListPanel ?? 0, 'ListPanel counts its renders').toBeGreaterThan(0)
    const delta = (k: string) => (after.events[k] ?? 0) - (before.events[k] ?? 0)
    expect(delta('map.setData'), `map.setData for ${action}`).toBe(0)
    expect(delta('map.setFilter'), `map.setFilter for ${action}`).toBeLessThanOrEqual(1)
  }
})
