import type { Page } from '@playwright/test'
import { aseanCountries, visibleLinkCount } from './data'
import { expect, openFilters, test, waitForData, waitForMapIdle } from './fixtures'
import { flowTotal } from './map-flows'

// A laptop waking or a projector switching GPU takes the map's WebGL context away and gives it back:
// the map says it is restoring, then draws what it drew before, with filters chosen meanwhile.

interface MapHandle {
  getCanvas(): HTMLCanvasElement
  getFeatureState(f: { source: string; id: string }): Record<string, unknown>
}
type Lose = { loseContext(): void; restoreContext(): void }

/** Takes the map's context away through WEBGL_lose_context; fails when the browser lacks it. */
async function loseContext(page: Page): Promise<void> {
  const had = await page.evaluate(() => {
    const canvas = (window as unknown as { __map: MapHandle }).__map.getCanvas()
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    const ext = gl?.getExtension('WEBGL_lose_context') as Lose | null | undefined
    if (!ext) return false
    ;(window as unknown as { __lose: Lose }).__lose = ext
    ext.loseContext()
    return true
  })
  expect(had, 'WEBGL_lose_context is available').toBe(true)
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'context-lost')
}

async function restoreContext(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __lose: Lose }).__lose.restoreContext())
  await waitForMapIdle(page)
}

/** The ASEAN countries' shading as the map holds it (feature-state), by ISO3. */
const shading = (page: Page) =>
  page.evaluate(
    (codes) => {
      const map = (window as unknown as { __map: MapHandle }).__map
      return Object.fromEntries(
        codes.map((id) => [id, map.getFeatureState({ source: 'countries', id }).fill ?? null]),
      )
    },
    aseanCountries.map((c) => c.iso3),
  )

const image = (page: Page) =>
  page.evaluate(() => (window as unknown as { __map: MapHandle }).__map.getCanvas().toDataURL('image/png'))

/** The share of pixels that differ visibly between two images of the map. */
const changedShare = (page: Page, a: string, b: string) =>
  page.evaluate(
    async ([x, y]) => {
      const pixels = async (url: string) => {
        const img = new Image()
        img.src = url
        await img.decode()
        const c = new OffscreenCanvas(img.width, img.height)
        const g = c.getContext('2d') as OffscreenCanvasRenderingContext2D
        g.drawImage(img, 0, 0)
        return g.getImageData(0, 0, img.width, img.height).data
      }
      const [p, q] = [await pixels(x), await pixels(y)]
      let changed = 0
      for (let i = 0; i < p.length; i += 4) {
        let d = 0
        for (let k = i; k < i + 3; k++) d = Math.max(d, Math.abs((p[k] ?? 0) - (q[k] ?? 0)))
        if (d > 24) changed++
      }
      return changed / (p.length / 4)
    },
    [a, b] as const,
  )

test('after a lost and restored WebGL context the map draws its shading and links as before, with a filter chosen meanwhile', async ({
  page,
}) => {
  // Two losses and restores, each redrawing the whole map under software GL.
  test.slow()
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  const shaded = await shading(page)
  expect(Object.values(shaded).filter((fill) => fill !== null).length).toBeGreaterThan(0)
  await expect.poll(() => flowTotal(page)).toBe(visibleLinkCount())
  const before = await image(page)

  // Lost and given back: the same colours, the same links, the same picture.
  await loseContext(page)
  await expect(page.getByRole('status').filter({ hasText: 'restoring' })).toBeVisible()
  await restoreContext(page)
  await expect(page.getByRole('status').filter({ hasText: 'restoring' })).toBeHidden()
  expect(await shading(page)).toEqual(shaded)
  expect(await flowTotal(page)).toBe(visibleLinkCount())
  expect(await changedShare(page, before, await image(page))).toBeLessThan(0.01)

  // A filter chosen while the context is lost is drawn once it is back, as the list counts it.
  const filters = await openFilters(page)
  await loseContext(page)
  await filters.getByRole('button', { name: 'Waste', exact: true }).click()
  const waste = visibleLinkCount({ fields: ['waste'] })
  await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(waste))
  await restoreContext(page)
  await expect.poll(() => flowTotal(page)).toBe(waste)
  expect(await shading(page)).toEqual(shaded)
})
