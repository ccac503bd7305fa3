import type { Browser, CDPSession, Page } from '@playwright/test'

// In-page measurements. Each takes a page of a fresh browser (see run.ts).

export interface LoadResult {
  ms: number
  mapIdle: number
  panels: number
  /** Resource timing of the MapLibre chunk and the data files, ms from navigation start. */
  mapChunkStart: number | null
  dataStart: number | null
  dataEnd: number | null
  mapSize: { w: number; h: number }
}

/** Installed before the app runs: notes the first map idle after the data is set, and when panels are drawn. */
function loadProbe(expectedLinks: number) {
  const w = window as unknown as Record<string, unknown>
  const bench = { idleAfterData: null as number | null, panels: null as number | null }
  w.__bench = bench
  let map: unknown
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => map,
    set(m: { on: (e: string, f: () => void) => void }) {
      map = m
      m.on('idle', () => {
        const perf = w.__perf as { events: Record<string, number> } | undefined
        if (bench.idleAfterData === null && (perf?.events['map.setData'] ?? 0) >= 1)
          bench.idleAfterData = performance.now()
      })
    },
  })
  const check = () => {
    const count = document.querySelector<HTMLElement>('[data-testid=list-link-count]')
    // Every panel: the summary, the list with all links, and each chart panel with its chart.
    const charts = [...document.querySelectorAll('.chart-panel')]
    const drawn =
      count?.dataset.count === String(expectedLinks) &&
      document.querySelector('.link-item') !== null &&
      document.querySelector('[data-testid=asean-count]') !== null &&
      charts.length >= 4 &&
      charts.every((panel) => panel.querySelector('svg, .chart-empty') !== null)
    if (drawn) bench.panels = performance.now()
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

export async function measureAppLoad(page: Page, url: string, expectedLinks: number): Promise<LoadResult> {
  await page.addInitScript(loadProbe, expectedLinks)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { idleAfterData: number | null; panels: number | null } })
        .__bench
      return b && b.idleAfterData !== null && b.panels !== null
    },
    undefined,
    { timeout: 180_000, polling: 100 },
  )
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { idleAfterData: number; panels: number } }).__bench
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const mapChunk = res.find((r) => /\/assets\/maplibre-[^/]*\.js$/.test(r.name))
    const data = res.filter((r) => r.name.includes('/data/'))
    const slot = document.querySelector('.map-slot')?.getBoundingClientRect()
    return {
      ms: Math.max(b.idleAfterData, b.panels),
      mapIdle: b.idleAfterData,
      panels: b.panels,
      mapChunkStart: mapChunk ? mapChunk.startTime : null,
      dataStart: data.length ? Math.min(...data.map((r) => r.startTime)) : null,
      dataEnd: data.length ? Math.max(...data.map((r) => r.responseEnd)) : null,
      mapSize: { w: Math.round(slot?.width ?? 900), h: Math.round(slot?.height ?? 600) },
    }
  })
}

export async function measureBaselineLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => (window as unknown as { __baselineDone?: number }).__baselineDone,
    undefined,
    {
      timeout: 180_000,
      polling: 100,
    },
  )
  return page.evaluate(() => (window as unknown as { __baselineDone: number }).__baselineDone)
}

/** A rotation of filter changes that comes back to no filters after every 8 steps. */
export const FILTER_STEPS: { label: string; action: string; args: unknown[] }[] = [
  { label: 'field water on', action: 'toggleField', args: ['water'] },
  { label: 'country VNM on', action: 'toggleCountryFilter', args: ['VNM'] },
  { label: 'country VNM off', action: 'toggleCountryFilter', args: ['VNM'] },
  { label: 'confidence high', action: 'setConfidence', args: ['high'] },
  { label: 'confidence all', action: 'setConfidence', args: ['all'] },
  { label: 'years 1990–2010', action: 'setYearRange', args: [[1990, 2010]] },
  { label: 'years off', action: 'setYearRange', args: [null] },
  { label: 'field water off', action: 'toggleField', args: ['water'] },
]

export interface ChangeResult {
  label: string
  /** 'filter-change' measure: dispatch → panels committed and map idle (wall clock). */
  wallMs: number
  reactMs: number
  /** Renderer main-thread busy time between dispatch and settle (CDP TaskDuration). */
  mainThreadMs: number
  renders: Record<string, number>
  events: Record<string, number>
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

type Counters = { renders: Record<string, number>; events: Record<string, number> }
const diff = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.keys(b).map((k) => [k, (b[k] ?? 0) - (a[k] ?? 0)]))

/** One filter change through the store, timed until the 'filter-change' measure is recorded. */
export async function filterChange(page: Page, cdp: CDPSession, step: (typeof FILTER_STEPS)[number]) {
  const before = await page.evaluate(() =>
    structuredClone((window as unknown as { __perf: Counters }).__perf),
  )
  const t0 = await taskDuration(cdp)
  const m = await page.evaluate(
    ({ action, args }) =>
      new Promise<{ wall: number; react: number }>((resolve, reject) => {
        performance.clearMarks()
        performance.clearMeasures()
        const timer = setTimeout(() => reject(new Error('no filter-change measure in 60 s')), 60_000)
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name !== 'filter-change') continue
            observer.disconnect()
            clearTimeout(timer)
            const react = performance.getEntriesByName('filter-change:react')[0]?.duration ?? Number.NaN
            resolve({ wall: e.duration, react })
          }
        })
        observer.observe({ entryTypes: ['measure'] })
        // The page's CSP forbids eval: call the store action by name.
        const s = (
          window as unknown as { __store: { getState: () => Record<string, (...a: unknown[]) => void> } }
        ).__store.getState()
        s[action]?.(...args)
      }),
    { action: step.action, args: step.args },
  )
  const t1 = await taskDuration(cdp)
  const after = await page.evaluate(() => structuredClone((window as unknown as { __perf: Counters }).__perf))
  return {
    label: step.label,
    wallMs: m.wall,
    reactMs: m.react,
    mainThreadMs: t1 - t0,
    renders: diff(before.renders, after.renders),
    events: diff(before.events, after.events),
  } satisfies ChangeResult
}

export interface HoverResult {
  ms: number
  /** Animation frames from dispatch to the map frame that drew the highlight (1 = the next frame). */
  frames: number
}

/** Hover a link through the store and time it to the map's next drawn frame. */
export async function hover(page: Page, linkId: string): Promise<HoverResult> {
  const r = await page.evaluate(
    (id) =>
      new Promise<HoverResult>((resolve) => {
        const w = window as unknown as {
          __map: { once: (e: string, f: () => void) => void }
          __store: { getState: () => { hoverOn: (h: unknown) => void } }
        }
        let frames = 0
        let done = false
        const tick = () => {
          frames++
          if (!done) requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
        const t0 = performance.now()
        w.__map.once('render', () => {
          done = true
          resolve({ ms: performance.now() - t0, frames: Math.max(1, frames) })
        })
        w.__store.getState().hoverOn({ kind: 'link', id })
      }),
    linkId,
  )
  await page.evaluate(() => {
    ;(window as unknown as { __store: { getState: () => { hoverOn: (h: unknown) => void } } }).__store
      .getState()
      .hoverOn(null)
  })
  await waitIdle(page)
  return r
}

export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __map: {
              loaded: () => boolean
              once: (e: string, f: () => void) => void
              triggerRepaint: () => void
            }
          }
        ).__map
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  )
}

/** JS heap in use after a forced garbage collection. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}

/**
 * CPU time (s) that all of the browser's processes (page, GPU, browser, network) use from this call
 * until the returned function is called. Less noisy than wall time on a shared machine: it counts
 * the work a load costs, not the time other jobs took from it.
 */
export async function cpuMeter(browser: Browser): Promise<() => Promise<number>> {
  const cdp = await browser.newBrowserCDPSession()
  const total = async () =>
    (await cdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, p) => sum + p.cpuTime, 0)
  const start = await total()
  return async () => (await total()) - start
}

export async function newPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
  // tsx compiles this file with esbuild's keepNames: functions sent to the page call __name.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`  page error: ${e.message} ${e.stack ?? ''}`))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  return { page, cdp }
}

/**
 * The bare-MapLibre reference for (b): a comparable layer filter change on the baseline page
 * (setFilter on its two link layers and its places), main-thread time until idle.
 */
export async function baselineFilterChange(page: Page, cdp: CDPSession, on: boolean): Promise<number> {
  const t0 = await taskDuration(cdp)
  await page.evaluate(
    (on) =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __map: { setFilter: (l: string, f: unknown) => void; once: (e: string, f: () => void) => void }
          }
        ).__map
        const field = on ? ['==', ['get', 'field'], 'water'] : true
        map.setFilter('links-line', ['all', ['==', ['get', 'confidence'], 'high'], field])
        map.setFilter('links-line-low', ['all', ['==', ['get', 'confidence'], 'low'], field])
        map.setFilter('places', on ? ['==', ['get', 'side'], 'jp'] : null)
        map.once('idle', () => resolve())
      }),
    on,
  )
  return (await taskDuration(cdp)) - t0
}
