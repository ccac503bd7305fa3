import { expect, test, waitForData, waitForMapIdle } from './fixtures'

// A tablet: touch events, no hover. A tap must do what hover and click do on a desktop.
test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

test('a tap on a place opens its detail and names it', async ({ page }) => {
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  await page.getByTestId('map').scrollIntoViewIfNeeded()
  const p = await page.evaluate(() => {
    const map = (window as unknown as { __map: { project(c: [number, number]): { x: number; y: number } } })
      .__map
    // Yokohama City from data/places.json.
    return map.project([139.634903, 35.450195])
  })
  const box = await page.getByTestId('map').boundingBox()
  if (!box) throw new Error('no map box')
  await page.touchscreen.tap(box.x + p.x, box.y + p.y)
  await expect(page.getByTestId('detail-panel')).toContainText('Yokohama City')
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('place:jp-yokohama')
})
