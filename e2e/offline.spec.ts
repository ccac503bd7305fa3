import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

// At the venue: after one visit the app starts with no network, and the built folder works from any
// sub-path of a static host.

/** Whether the map's canvas holds a drawn picture (not one flat colour). */
async function mapHasPixels(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
    if (!canvas) return false
    const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true })
    if (!gl) return false
    const w = gl.drawingBufferWidth
    const h = gl.drawingBufferHeight
    const px = new Uint8Array(w * h * 4)
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px)
    const colours = new Set<number>()
    for (let i = 0; i < px.length && colours.size < 20; i += 4 * 997)
      colours.add((px[i] ?? 0) * 65536 + (px[i + 1] ?? 0) * 256 + (px[i + 2] ?? 0))
    return colours.size >= 5
  })
}

test.describe('offline at the venue', () => {
  test.use({ serviceWorkers: 'allow' })
  test.setTimeout(120_000)

  test('after one visit the app reloads with no network: map, list and panels', async ({ page, context }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    // The service worker is registered after the first screen; the notice says when all is kept.
    await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({
      timeout: 90_000,
    })
    await context.setOffline(true)
    // The network drops before any reload: what this page loads from now on (the Japanese fonts,
    // 240 faces fetched as characters need them) comes from the cache.
    await page.getByRole('button', { name: '日本語' }).click()
    await expect(page.getByRole('navigation', { name: 'モード' })).toBeVisible()
    await expect
      .poll(() =>
        page.evaluate(async () => (await document.fonts.load('400 16px "Noto Sans JP"', '地図')).length),
      )
      .toBeGreaterThan(0)
    await page.getByRole('button', { name: 'English' }).click()
    await page.reload()
    await waitForData(page)
    await waitForMapIdle(page)
    await expect.poll(() => mapHasPixels(page)).toBe(true)
    await expect(page.locator('.chart-panel').first()).toBeVisible()
    await expect(page.getByTestId('panel-gdp-per-capita').locator('svg').first()).toBeVisible()
    // Present mode's code, the story and a chart slide come from the cache too.
    await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Present' }).click()
    await expect(page.getByTestId('slide').getByRole('heading', { level: 2 })).toBeVisible()
    await context.setOffline(false)
  })
})

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

/** The built folder under /dash/ on a plain static server: no fallback page, a missing file is a 404. */
function serveUnderDash(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith('/dash/')) {
      res.writeHead(404).end()
      return
    }
    let file = normalize(join(dir, path.slice('/dash/'.length)))
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)))
}

test.describe('served from a sub-path', () => {
  let server: Server
  let base: string
  test.beforeAll(async () => {
    server = await serveUnderDash(join(process.cwd(), process.env.E2E_DIST ?? 'dist-e2e'))
    base = `http://localhost:${(server.address() as AddressInfo).port}/dash/`
  })
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('under /dash/ the map draws with no failed request; if the code cannot load, the page says so', async ({
    page,
  }) => {
    const failed: string[] = []
    // A request cut off because the test navigates on (ERR_ABORTED: the offline code loading
    // after the first screen) is not a failure to serve; a missing file is a 404 response.
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? ''
      if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`)
    })
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`)
    })
    await page.goto(`${base}?lang=ja`)
    await waitForData(page)
    await waitForMapIdle(page)
    await expect.poll(() => mapHasPixels(page)).toBe(true)
    await page.goto(`${base}?mode=present&slide=2&lang=en`)
    await expect(page.getByTestId('slide').getByRole('heading', { level: 2 })).toBeVisible()
    expect(failed).toEqual([])

    // A page whose code never runs (here: every script an empty module): a message, not a blank page.
    await page.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }))
    await page.goto(base)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('could not start', { timeout: 20_000 })
    await expect(alert).toContainText('起動できませんでした')
  })
})
