import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

/**
 * Every e2e test runs with these guards: any request that leaves the app's origin is blocked
 * and fails the test, and so does any console error, page error, unhandled rejection or
 * Content-Security-Policy violation.
 */
export const test = base.extend<{ guard: { external: string[]; errors: string[] } }>({
  guard: [
    async ({ context, page }, use) => {
      const external: string[] = []
      const errors: string[] = []
      await context.route(
        (url) => url.hostname !== 'localhost' && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => {
          external.push(route.request().url())
          return route.abort()
        },
      )
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
      })
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
        })
        window.addEventListener('unhandledrejection', (e) => {
          console.error(`unhandled rejection: ${String(e.reason)}`)
        })
      })
      const guard = { external, errors }
      await use(guard)
      expect(external, 'requests outside the origin').toEqual([])
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

type StoreActions = { getState: () => Record<string, (...a: unknown[]) => void> }

/** Calls one of the store's actions in the page, as the app's own controls do (test build only). */
export async function store(page: Page, action: string, ...args: unknown[]): Promise<void> {
  await page.evaluate(
    ([name, rest]) => {
      ;(window as unknown as { __store: StoreActions }).__store.getState()[name]?.(...rest)
    },
    [action, args] as const,
  )
}

/** Waits until the map has drawn everything it was given (MapLibre's idle event). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 })
}

/**
 * Whether no component rendered while the page went idle and drew a frame and went idle again: the
 * browser's own idle callbacks mark the state, no fixed time.
 */
const quiet = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const counts = () =>
          JSON.stringify((window as unknown as { __perf: { renders: object } }).__perf.renders)
        const before = counts()
        requestIdleCallback(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(counts() === before))),
        )
      }),
  )

/**
 * Waits until the explore page has finished starting: the map idle, the four chart panels drawn
 * and no component rendering any more (the panels render after the map has started, and their
 * first renders must not be counted as a filter change's).
 */
export async function waitForPanelsSettled(page: Page): Promise<void> {
  await waitForData(page)
  await waitForMapIdle(page)
  const panels = page.locator('.chart-panel')
  await expect(panels).toHaveCount(4)
  for (const panel of await panels.all())
    await expect(panel.locator('svg, .chart-empty').first()).toBeVisible()
  await expect
    .poll(() => quiet(page), { message: 'components keep rendering with nothing to do', timeout: 20_000 })
    .toBe(true)
}

/**
 * Does `act` (a click that changes a filter) and waits until the change is done: the panels have
 * committed and the map has drawn it (the test build's 'filter-change' performance measure).
 */
export async function afterFilterChange(page: Page, act: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __filterChanged?: Promise<void> }
    performance.clearMeasures('filter-change')
    w.__filterChanged = new Promise<void>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === 'filter-change')) {
          observer.disconnect()
          resolve()
        }
      })
      observer.observe({ entryTypes: ['measure'] })
    })
  })
  await act()
  await page.evaluate(() => (window as unknown as { __filterChanged: Promise<void> }).__filterChanged)
}

/** Waits for the data to be on screen: the ASEAN member count comes from countries.json. */
export async function waitForData(page: Page): Promise<void> {
  await expect(page.getByTestId('asean-count')).toBeVisible()
  await expect(page.getByTestId('list-link-count')).toBeVisible()
}

/**
 * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules over the page (the map canvas aside: it
 * is a picture, described by the legend and list) and expects no violation. Each violation is
 * listed with its elements and axe's summary, so a failure says what to fix.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('.maplibregl-canvas')
    .analyze()
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`,
    ),
  ).toEqual([])
}

/**
 * Opens the filters' side panel (closed at start: the map has the first screen) and returns it. The
 * chips in it are the filters; the active ones also show over the map.
 */
export async function openFilters(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: /^(Filters|絞り込み)/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const panel = page.getByRole('region', { name: /^(Filters|絞り込み)$/ })
  await expect(panel).toBeVisible()
  return panel
}
