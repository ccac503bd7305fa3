import { geoInterpolate } from 'd3-geo'
import { countries, links, places, visibleLinkCount } from './data'
import { crowdedHeader, hiddenPlaces, mapOnFirstScreen, smallTargets } from './first-screen'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

/** The place at one end of a link that lies farthest from every other such place. */
function loneliestPlace(): (typeof places)[number] {
  const ends = new Set(links.flatMap((l) => [l.jp, l.asean]))
  const drawn = places.filter((p) => ends.has(p.id))
  const gap = (a: (typeof places)[number]) =>
    Math.min(...drawn.filter((b) => b !== a).map((b) => Math.hypot(a.lon - b.lon, a.lat - b.lat)))
  return drawn.reduce((a, b) => (gap(b) > gap(a) ? b : a))
}

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
  // The place of the data farthest from any other (Papua Province today): at the home view, which
  // frames all of ASEAN and Japan beside the legend, neighbours such as Yokohama's lie within a few
  // pixels of each other, and a finger takes the one its box finds first.
  const place = loneliestPlace()
  const tap = async (at: [number, number]) => {
    const p = await page.evaluate((c) => (window as unknown as { __map: MapHandle }).__map.project(c), at)
    const box = await page.getByTestId('map').boundingBox()
    if (!box) throw new Error('no map box')
    await page.touchscreen.tap(box.x + p.x, box.y + p.y)
  }
  await tap([place.lon, place.lat])
  await expect(page.getByTestId('detail-panel')).toContainText(place.name.en)
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`place:${place.id}`)

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

test('the map has a tablet’s first screen, every control is a 44 px target, and the drawer, chips and list work by touch', async ({
  page,
}, testInfo) => {
  // One scenario, two languages, several map views: longer than a single check.
  test.slow()
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  for (const lang of ['en', 'ja'] as const) {
    const first = await mapOnFirstScreen(page)
    expect(first.top, lang).toBeLessThanOrEqual(160)
    expect(first.share, lang).toBeGreaterThanOrEqual(0.5)
    expect(await hiddenPlaces(page), lang).toEqual([])
    expect(await smallTargets(page, 44), lang).toEqual([])
    expect(await crowdedHeader(page), lang).toEqual([])
    await page.screenshot({ path: testInfo.outputPath(`first-screen-1024-${lang}.png`) })
    if (lang === 'en') {
      await page.getByRole('button', { name: '日本語' }).tap()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本–ASEAN 自治体国際協力')
      await waitForMapIdle(page)
    }
  }

  // The header's tools are behind a menu on a tablet, as large targets.
  const menu = page.getByRole('button', { name: 'メニュー' })
  await menu.tap()
  await expect(page.getByRole('button', { name: 'データについて' })).toBeVisible()
  expect(await smallTargets(page, 44)).toEqual([])
  await menu.tap()
  await expect(page.getByRole('button', { name: 'データについて' })).toBeHidden()

  // The filters: a drawer over the map, opened, used and closed by touch.
  await page.getByRole('button', { name: /^絞り込み/ }).tap()
  const drawer = page.getByRole('region', { name: '絞り込み' })
  await expect(drawer).toBeVisible()
  expect((await drawer.boundingBox())?.x).toBe(0)
  expect(await smallTargets(page, 44)).toEqual([])
  const cambodia = countries.find((c) => c.iso3 === 'KHM')?.name.ja ?? 'カンボジア'
  await drawer.getByRole('button', { name: cambodia, exact: true }).tap()
  const count = page.getByTestId('list-link-count')
  await expect(count).toHaveAttribute('data-count', String(visibleLinkCount({ countries: ['KHM'] })))
  await page.screenshot({ path: testInfo.outputPath('drawer-1024-ja.png') })
  await drawer.getByRole('button', { name: '絞り込みを閉じる' }).tap()
  await expect(drawer).toBeHidden()
  // The chip over the map removes the filter.
  const chip = page.getByRole('button', { name: `絞り込みを解除：${cambodia}` })
  await chip.tap()
  await expect(count).toHaveAttribute('data-count', String(visibleLinkCount()))
  await expect(chip).toBeHidden()

  // A tap on a list item selects its link; its source line is part of the item.
  const item = page.getByRole('list', { name: '協力関係の一覧', exact: true }).getByRole('listitem').first()
  await expect(item.locator('.source-button')).toBeVisible()
  await item.getByRole('button').first().tap()
  await expect(page).toHaveURL(/[?&]sel=link:/)
  await expect(page.getByTestId('detail-panel')).toBeVisible()
  // Its source opens the full citation by touch, and the dialog's button closes it.
  await item.locator('.source-button').tap()
  const citation = page.getByRole('dialog', { name: '出典情報' })
  await expect(citation.getByText('発行者')).toBeVisible()
  await citation.getByRole('button', { name: '閉じる', exact: true }).tap()
  await expect(citation).toHaveCount(0)
})
