import type { Page } from '@playwright/test'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

/** How many pixels of the no-data hatch's dark stripe (grey 150) are in a 24 px square at a place. */
async function hatchPixels(page: Page, lonLat: [number, number]): Promise<number> {
  return page.evaluate((at) => {
    const map = (window as unknown as { __map: { project(c: [number, number]): { x: number; y: number } } })
      .__map
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
    if (!canvas) return -1
    const scale = canvas.width / canvas.clientWidth
    const p = map.project(at)
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const ctx = copy.getContext('2d')
    if (!ctx) return -1
    ctx.drawImage(canvas, 0, 0)
    const size = Math.round(24 * scale)
    const { data } = ctx.getImageData(
      Math.round(p.x * scale - size / 2),
      Math.round(p.y * scale - size / 2),
      size,
      size,
    )
    let n = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]
      if (Math.abs(r - 150) <= 6 && Math.abs(g - 150) <= 6 && Math.abs(b - 150) <= 6) n++
    }
    return n
  }, lonLat)
}

/**
 * Holds every font file until the returned function is called: the map's labels wait for them, so
 * its first view cannot complete.
 */
async function holdFonts(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/fonts/*.woff2', async (route) => {
    await held
    await route.continue()
  })
  return release
}

test.describe('map', () => {
  test('really draws the region: pixels vary across the canvas', async ({ page }, testInfo) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const stats = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
      if (!canvas) return null
      const copy = document.createElement('canvas')
      copy.width = canvas.width
      copy.height = canvas.height
      const ctx = copy.getContext('2d')
      if (!ctx) return null
      ctx.drawImage(canvas, 0, 0)
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height)
      const colours = new Set<number>()
      // Sample a grid of pixels: sea, land, arcs and labels give many distinct colours.
      for (let y = 0; y < copy.height; y += 7) {
        for (let x = 0; x < copy.width; x += 7) {
          const i = (y * copy.width + x) * 4
          colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0))
        }
      }
      return { width: copy.width, height: copy.height, colours: colours.size }
    })
    expect(stats).not.toBeNull()
    expect(stats?.width).toBeGreaterThan(300)
    // A blank or single-colour canvas has 1–2 colours; a drawn map has dozens.
    expect(stats?.colours).toBeGreaterThan(20)
    await page.screenshot({ path: testInfo.outputPath('map-en.png') })
  })

  test('shows the map once its first view is complete, and says it is being drawn until then', async ({
    page,
  }, testInfo) => {
    const release = await holdFonts(page)
    await page.goto('/')
    const map = page.getByTestId('map')
    const canvas = map.locator('canvas')
    const drawing = page.getByRole('status').filter({ hasText: 'Drawing the map…' })
    // Checked as soon as the map exists (the canvas is shown anyway after 5 s: see the next test).
    await expect(canvas).toHaveCount(1)
    await expect(canvas).toBeHidden()
    await expect(drawing).toBeVisible()
    await expect(map).toHaveAttribute('data-map-state', 'loading')
    await waitForData(page)
    // (No screenshot here: Playwright's waits for the page's fonts, which are held.)
    release()
    await waitForMapIdle(page)
    await expect(canvas).toBeVisible()
    await expect(drawing).toHaveCount(0)
    await page.screenshot({ path: testInfo.outputPath('map-drawn-en.png') })
  })

  test('a first view that takes long is shown as it comes after 5 s', async ({ page }) => {
    const release = await holdFonts(page)
    await page.goto('/')
    const map = page.getByTestId('map')
    await expect(map.locator('canvas')).toBeHidden()
    await expect(map.locator('canvas')).toBeVisible({ timeout: 10_000 })
    // Shown before its view is complete: the labels still wait for their fonts.
    await expect(map).toHaveAttribute('data-map-state', 'loading')
    await expect(page.getByRole('status').filter({ hasText: 'Drawing the map…' })).toHaveCount(0)
    release()
    await waitForMapIdle(page)
  })

  test('finding Phnom Penh in the list opens the Kitakyushu link with its water figures', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('searchbox').fill('Phnom Penh')
    await page
      .getByRole('button', { name: /Kitakyushu.*→.*Phnom Penh/ })
      .first()
      .click()
    const detail = page.getByTestId('detail-panel')
    await expect(detail).toContainText('Kitakyushu')
    await expect(detail).toContainText(/70%\s*\(1993\)\s*→\s*8%\s*\(2006\)/)
    await expect(detail.getByRole('button', { name: /CLAIR/ }).first()).toBeVisible()
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/^link:/)
    await page.keyboard.press('Escape')
    await expect(detail).toHaveCount(0)
  })

  test('searching in Japanese finds the same link', async ({ page }) => {
    await page.goto('/?lang=ja')
    await waitForData(page)
    await page.getByRole('searchbox').fill('プノンペン')
    await page
      .getByRole('button', { name: /北九州市.*→.*プノンペン/ })
      .first()
      .click()
    await expect(page.getByTestId('detail-panel')).toContainText('無収水')
  })

  test('switching the indicator changes the legend; a year without data says so', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await expect(page.getByTestId('legend-title')).toContainText('GDP per capita')
    await expect(page.getByTestId('legend-unit')).toContainText('current US$')
    await page.getByLabel('Shade countries by').selectOption('oda_oecd_gross')
    await expect(page.getByTestId('legend-title')).toContainText("Japan's ODA, gross disbursements (OECD)")
    await expect(page.getByTestId('legend-unit')).toContainText('constant 2022')
    // The OECD series ends in 2022; the default year (2025) has no value for any recipient.
    await expect(page.getByTestId('legend-nodata')).toContainText('Cambodia (no value for this year)')
    await expect(page.getByTestId('legend-nodata')).toContainText('Singapore (not an ODA recipient)')
    // And the map hatches them: northern Myanmar (no places or arcs there) shows the hatch's dark
    // stripes, where under GDP per capita it was one flat colour.
    await expect.poll(() => hatchPixels(page, [97.3, 25.6])).toBeGreaterThan(20)
    await page.getByLabel('Shade countries by').selectOption('gdp_per_capita_usd')
    await expect.poll(() => hatchPixels(page, [97.3, 25.6])).toBe(0)
  })

  test('hovering a place names it; clicking opens its detail and flies there; reset returns', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const homeZoom = await page.evaluate(() =>
      (window as unknown as { __map: { getZoom(): number } }).__map.getZoom(),
    )
    // Cebu City from data/places.json, projected through the live map to page pixels.
    const at = async () => {
      const p = await page.evaluate(() => {
        const map = (
          window as unknown as { __map: { project(c: [number, number]): { x: number; y: number } } }
        ).__map
        return map.project([123.89071, 10.31672])
      })
      const box = await page.getByTestId('map').boundingBox()
      if (!box) throw new Error('no map box')
      return { x: box.x + p.x, y: box.y + p.y }
    }
    const cebu = await at()
    await page.mouse.move(cebu.x, cebu.y)
    await expect(page.getByRole('tooltip')).toContainText('Cebu City')
    await page.mouse.click(cebu.x, cebu.y)
    await expect(page.getByTestId('detail-panel')).toContainText('Cebu City')
    await expect(page.getByTestId('detail-panel')).toContainText('Yokohama')
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('place:ph-cebu-city')
    await waitForMapIdle(page)
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()),
      )
      .toBeGreaterThan(homeZoom + 0.5)
    await page.getByRole('button', { name: 'Reset view' }).click()
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()),
      )
      .toBeCloseTo(homeZoom, 1)
  })

  test('pointing a few pixels off a thin arc still names its link; clicking selects it', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    // Each link is drawn from zoom 5 on (below it, one flow per prefecture and country).
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const map = (
            window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void } }
          ).__map
          map.once('idle', () => resolve(null))
          map.jumpTo({ center: [124, 22], zoom: 5.5 })
        }),
    )
    // 4 px to the side of a drawn arc (arcs are 1.6 px wide, the hit radius is 6 px), where no other
    // arc or place is within 10 px and a plain point query finds nothing: found through the live map.
    const target = await page.evaluate(() => {
      type P = { x: number; y: number }
      const map = (
        window as unknown as {
          __map: {
            queryRenderedFeatures(
              g?: unknown,
              o?: { layers: string[] },
            ): { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[]
            project(c: [number, number]): P
          }
        }
      ).__map
      const linkLayers = { layers: ['links-line', 'links-line-low'] }
      for (const f of map.queryRenderedFeatures(undefined, linkLayers)) {
        if (f.geometry.type !== 'LineString') continue
        const coords = f.geometry.coordinates as [number, number][]
        for (let i = 0; i + 1 < coords.length; i++) {
          const a = map.project(coords[i] as [number, number])
          const b = map.project(coords[i + 1] as [number, number])
          const len = Math.hypot(b.x - a.x, b.y - a.y)
          if (len < 8) continue
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
          const off = { x: mid.x - (4 * (b.y - a.y)) / len, y: mid.y + (4 * (b.x - a.x)) / len }
          const box = [
            [mid.x - 10, mid.y - 10],
            [mid.x + 10, mid.y + 10],
          ]
          const links = new Set(map.queryRenderedFeatures(box, linkLayers).map((g) => g.properties.id))
          const places = map.queryRenderedFeatures(box, { layers: ['places-circle'] })
          const direct = map.queryRenderedFeatures([off.x, off.y], linkLayers)
          if (links.size === 1 && places.length === 0 && direct.length === 0)
            return { id: f.properties.id, x: off.x, y: off.y }
        }
      }
      return null
    })
    expect(target, 'an arc with room around it').not.toBeNull()
    if (!target) return
    const box = await page.getByTestId('map').boundingBox()
    if (!box) throw new Error('no map box')
    const x = box.x + target.x
    const y = box.y + target.y
    await page.mouse.move(x, y)
    await expect(page.getByRole('tooltip')).toContainText('→')
    await page.mouse.click(x, y)
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`link:${target.id}`)
    await expect(page.getByTestId('detail-panel')).toBeVisible()
  })
})
