import { aseanCountries, links as dataLinks } from './data'
import { expect, expectNoAxeViolations, test, waitForData, waitForMapIdle } from './fixtures'
import { hostileFile } from './hostile-data'

const TEXT_FILES = [
  'countries.json',
  'places.json',
  'links.json',
  'projects.json',
  'schemes.json',
  'events.json',
  'sources.json',
]

test.describe('hostile data', () => {
  test('script-bearing strings in every text field show as text and never run', async ({ page }) => {
    for (const file of TEXT_FILES) {
      const body = hostileFile(file)
      await page.route(`**/data/${file}`, (route) => route.fulfill({ body, contentType: 'application/json' }))
    }
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('button', { name: /→/ }).first().click()
    await expect(page.getByTestId('detail-panel')).toContainText('<img src=x onerror=')
    for (const mode of ['Compare', 'Explore']) {
      await page.getByRole('button', { name: mode, exact: true }).click()
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0)
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0)
    // Layout survives: the map keeps its width beside the side panel.
    const box = await page.locator('.map-area').boundingBox()
    expect(box?.width ?? 0).toBeGreaterThan(400)
  })
})

test.describe('broken data at run time', () => {
  for (const [name, body] of [
    ['truncated JSON', '{"links": [{"id": "a"'],
    ['wrong types', JSON.stringify({ links: [{ id: 42 }] })],
  ] as const) {
    test(`links.json with ${name}: a message names the file; the rest keeps working`, async ({
      page,
      guard,
    }) => {
      await page.route('**/data/links.json', (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      )
      await page.goto('/')
      await expect(page.getByRole('alert').filter({ hasText: 'data/links.json' })).toBeVisible()
      await expect(page.getByTestId('asean-count')).toContainText(
        `${aseanCountries.length} ASEAN member states in `,
      )
      await expect(page.getByTestId('legend-title')).toContainText('GDP per capita')
      await waitForMapIdle(page)
      // The failed fetch is the only console noise we expect; nothing else may go wrong.
      guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !e.includes('links.json')))
    })
  }
})

test.describe('broken code download', () => {
  test('the charts’ code failing to download: a message in their place; map and list keep working', async ({
    page,
    guard,
  }) => {
    await page.route('**/assets/charts-area-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }))
    await page.goto('/')
    await expect(page.getByRole('alert').filter({ hasText: 'The charts could not be loaded' })).toBeVisible()
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(dataLinks.length))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await waitForMapIdle(page)
    await expect(page.locator('.chart-panel')).toHaveCount(0)
    // The failed request is the only console noise expected.
    guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !e.includes('404')))
  })
})

test.describe('every data file truncated at run time', () => {
  const ALL_FILES = [...TEXT_FILES, 'indicators.json', 'oda.json']
  for (const file of ALL_FILES) {
    test(`${file}: the message names it; the shell, the modes and the other files still work`, async ({
      page,
      guard,
    }) => {
      await page.route(`**/data/${file}`, (route) =>
        route.fulfill({ body: '{"broken": [', contentType: 'application/json' }),
      )
      await page.goto('/')
      await expect(page.getByRole('alert').filter({ hasText: `data/${file}` })).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // The list needs links, places and countries; with any other file broken it still lists them all.
      if (!['links.json', 'places.json', 'countries.json'].includes(file)) {
        await expect(page.getByTestId('list-link-count')).toHaveAttribute(
          'data-count',
          String(dataLinks.length),
        )
      }
      await page.getByRole('button', { name: 'Compare', exact: true }).click()
      await page.getByRole('button', { name: 'Explore', exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !e.includes(file)))
    })
  }
})

test.describe('graphics', () => {
  test('losing the WebGL context is recovered without errors', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    // The extension is kept from before the loss: a lost context gives none.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')
      const ext = gl?.getExtension('WEBGL_lose_context')
      ;(window as unknown as { __loseContext?: unknown }).__loseContext = ext
      ext?.loseContext()
    })
    // The map has noticed the loss before the context comes back.
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'context-lost')
    await page.evaluate(() =>
      (window as unknown as { __loseContext?: { restoreContext(): void } }).__loseContext?.restoreContext(),
    )
    await waitForMapIdle(page)
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle')
  })

  test('20 switches between modes keep one map and one WebGL context', async ({ page, guard }) => {
    const warnings: string[] = []
    page.on('console', (m) => {
      if (/too many active webgl contexts/i.test(m.text())) warnings.push(m.text())
    })
    await page.goto('/')
    await waitForData(page)
    for (let i = 0; i < 10; i++) {
      await page.getByRole('button', { name: 'Compare', exact: true }).click()
      await page.getByRole('button', { name: 'Explore', exact: true }).click()
    }
    await waitForMapIdle(page)
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1)
    expect(warnings).toEqual([])
    expect(guard.errors).toEqual([])
  })
})

test.describe('accessibility', () => {
  test('axe finds no WCAG A/AA violations in explore with a detail open', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('button', { name: /→/ }).first().click()
    await expect(page.getByTestId('detail-panel')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('axe finds no WCAG A/AA violations in compare mode with two countries', async ({ page }) => {
    await page.goto('/?mode=compare&cmp=KHM,VNM')
    await waitForData(page)
    await expect(page.getByRole('table').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('keyboard only: select a country, open a link, clear with Escape', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    // The filters' button opens their side panel and moves the focus into it.
    await page.getByRole('button', { name: /^Filters/ }).focus()
    await page.keyboard.press('Enter')
    const filters = page.getByRole('region', { name: 'Filters', exact: true })
    await expect(filters).toBeFocused()
    const cambodia = filters.getByRole('button', { name: 'Cambodia', exact: true })
    await cambodia.focus()
    await page.keyboard.press('Enter')
    await expect(cambodia).toHaveAttribute('aria-pressed', 'true')
    const first = page.locator('.link-item:visible').first()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('detail-panel')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('detail-panel')).toHaveCount(0)
  })
})

test.describe('memory', () => {
  test('heap after 200 filter and selection cycles stays within 1.1× of after 20', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const cdp = await page.context().newCDPSession(page)
    const links = dataLinks
    const cycle = async (n: number) => {
      await page.evaluate(
        ({ n, ids }) => {
          const w = window as unknown as {
            __store?: { getState: () => Record<string, (...a: unknown[]) => void> }
          }
          const s = w.__store?.getState()
          if (!s) throw new Error('store not exposed')
          for (let i = 0; i < n; i++) {
            s.toggleField?.('water')
            s.select?.({ kind: 'link', id: ids[i % ids.length] })
            s.toggleField?.('water')
            s.clearSelection?.()
          }
        },
        { n, ids: links.map((l) => l.id) },
      )
      await waitForMapIdle(page)
    }
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    await cycle(20)
    const after20 = await heap()
    await cycle(180)
    const after200 = await heap()
    expect(after200 / after20).toBeLessThanOrEqual(1.1)
  })
})
