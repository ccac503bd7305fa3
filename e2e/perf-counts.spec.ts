import { places, visibleLinkCount } from './data'
import { expect, test, waitForMapIdle, waitForPanelsSettled } from './fixtures'

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

test('a Japanese page draws the Japanese the app ships from one file per weight, not from the subsets that hold it', async ({
  page,
}) => {
  await page.goto('/?lang=ja')
  await waitForMapIdle(page)
  await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(visibleLinkCount()))
  const fonts = await page.evaluate(async () => ({
    css: await (await fetch('fonts/fonts-ja.css')).text(),
    requested: performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.woff2')),
  }))
  // The stylesheet's faces as [file, ranges]; the shipped ones are declared last, so tried first.
  const faces = [...fonts.css.matchAll(/url\(\.\/([^)]+)\)[^}]*unicode-range:([^}]+)}/g)].map(
    ([, file, range]) => ({
      file: file ?? '',
      ranges: (range ?? '').split(',').map((r) => {
        const [a, b = a] = r.trim().slice(2).split('-')
        return [Number.parseInt(a ?? '', 16), Number.parseInt(b ?? '', 16)] as const
      }),
    }),
  )
  const shipped = faces.filter((f) => f.file.includes('shipped'))
  const subsets = faces.filter((f) => !f.file.includes('shipped'))
  const covers = (f: (typeof faces)[number], cp: number) => f.ranges.some(([a, b]) => a <= cp && cp <= b)
  // The subsets the places' Japanese names alone are spread over (tens of files).
  const nameChars = new Set([...places.map((p) => p.name.ja).join('')].map((c) => c.codePointAt(0) ?? 0))
  const spread = new Set(
    [...nameChars].flatMap((cp) =>
      subsets.filter((f) => covers(f, cp) && !shipped.some((s) => covers(s, cp))).map((f) => f.file),
    ),
  )
  const nameSubsets = new Set(
    [...nameChars].flatMap((cp) => subsets.filter((f) => covers(f, cp)).map((f) => f.file)),
  )
  expect(shipped.map((f) => f.file).sort()).toEqual(
    [...new Set(fonts.requested.filter((name) => name.includes('shipped')))].sort(),
  )
  expect(shipped.length).toBe(2)
  // Every name is drawn with the shipped files but for punctuation, which keeps its own subsets
  // (spread); the page as a whole fetched fewer subset files than the names alone span.
  const requestedSubsets = new Set(fonts.requested.filter((name) => /^noto-sans-jp-\d+-/.test(name)))
  expect(spread.size).toBeLessThan(nameSubsets.size / 4)
  expect(requestedSubsets.size).toBeLessThan(nameSubsets.size / 2)
})
