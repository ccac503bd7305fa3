import { geoInterpolate } from 'd3-geo'
import { places } from './data'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

// A tablet: touch events, no hover. A tap must do what hover and click do on a desktop.
test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

type MapHandle = {
  project(c: [number, number]): { x: number; y: number }
  jumpTo(o: object): void
  once(e: string, f: () => void): void
}
const where = (id: string): [number, number] => {
  const p = places.find((x) => x.id === id)
  if (!p) throw new Error(`no place ${id}`)
  return [p.lon, p.lat]
}

test('a tap on a place opens its detail and names it; a tap on an arc selects its link', async ({ page }) => {
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  await page.getByTestId('map').scrollIntoViewIfNeeded()
  const tap = async (at: [number, number]) => {
    const p = await page.evaluate((c) => (window as unknown as { __map: MapHandle }).__map.project(c), at)
    const box = await page.getByTestId('map').boundingBox()
    if (!box) throw new Error('no map box')
    await page.touchscreen.tap(box.x + p.x, box.y + p.y)
  }
  await tap(where('jp-yokohama'))
  await expect(page.getByTestId('detail-panel')).toContainText('Yokohama City')
  expect(new URL(page.url()).searchParams.get('sel')).toBe('place:jp-yokohama')

  // Zoomed in, where each link is drawn: a tap on the middle of Kitakyushu → Phnom Penh selects it.
  const middle = geoInterpolate(where('jp-kitakyushu'), where('kh-phnom-penh'))(0.5) as [number, number]
  await page.evaluate(
    (c) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: MapHandle }).__map
        map.once('idle', () => resolve())
        map.jumpTo({ center: c, zoom: 5.6 })
      }),
    middle,
  )
  await tap(middle)
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('link:kitakyushu-phnom-penh')
  await expect(page.getByTestId('detail-panel')).toContainText('Phnom Penh')
})
