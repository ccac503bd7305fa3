import type { Page } from '@playwright/test'
import { aseanCountries, places, storySlides, visibleLinkCount } from './data'
import { crowdedHeader, hiddenPlaces, smallTargets, timeBarSpills } from './first-screen'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

// A phone held upright: an ASEAN counterpart opening a link someone sent them. The page is one column
// (map, time bar, list, charts) and must never need a sideways scroll.
const PHONE = { width: 390, height: 844 }
const aseanPlaceIds = places.filter((p) => p.country !== 'JPN').map((p) => p.id)
test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

/**
 * Elements outside a scrolling box that run past the phone's right edge, as text. On a mobile
 * viewport a page wider than the screen is shown zoomed out, so this compares with the device's
 * width, not with the widened window.
 */
async function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const scrolls = (el: Element) =>
      ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX) &&
      el !== document.documentElement &&
      el !== document.body
    const out: string[] = []
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.right <= width + 0.5) continue
      let inside = el.parentElement
      while (inside && !scrolls(inside)) inside = inside.parentElement
      if (inside) continue
      out.push(
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: right edge at ${Math.round(box.right)} px`,
      )
    }
    const page = document.documentElement.scrollWidth
    return page > width ? [`the page is ${page} px wide`, ...out.slice(0, 5)] : out.slice(0, 5)
  }, PHONE.width)
}

test('a phone: one column with no sideways scroll, the counts whole, the map drawn with every place in view and its legend under it, the time bar whole, a screenful of the list and every control finger-sized', async ({
  page,
}, testInfo) => {
  test.slow()
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  for (const lang of ['en', 'ja'] as const) {
    expect(await pastTheEdge(page), lang).toEqual([])
    expect(await crowdedHeader(page), lang).toEqual([])
    expect(await timeBarSpills(page), lang).toEqual([])
    // The headline counts are whole, not cut off at the bar's edge.
    const summary = page.locator('.summary')
    await expect(summary).toContainText(String(visibleLinkCount()))
    expect(await summary.evaluate((el) => el.scrollWidth - el.clientWidth), lang).toBeLessThanOrEqual(0)
    // The map spans the column and is drawn at the size it has on screen.
    const map = await page.getByTestId('map').boundingBox()
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({
      w: c.clientWidth,
      h: c.clientHeight,
    }))
    expect(map?.width ?? 0, lang).toBeGreaterThan(PHONE.width * 0.9)
    expect(canvas.w, lang).toBe(Math.round(map?.width ?? 0))
    expect(canvas.h, lang).toBe(Math.round(map?.height ?? 0))
    // The home view holds every ASEAN place, clear of the legend and buttons (the lowest zoom
    // allows it): a counterpart sees their own country without having to find it.
    expect(await hiddenPlaces(page, aseanPlaceIds), lang).toEqual([])
    // The legend is under the map, whole, not over half of it.
    const legend = await page.getByTestId('map-legend').boundingBox()
    expect(legend?.y ?? 0, lang).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1)
    expect(legend?.width ?? 0, lang).toBeGreaterThan((map?.width ?? 0) * 0.9)
    await expect(page.getByTestId('legend-title')).toBeInViewport()
    // Under the map, the list is a screenful to scroll through, not a strip of one or two links.
    const list = page.getByTestId('list-link-count').locator('xpath=ancestor::section[1]')
    await list.scrollIntoViewIfNeeded()
    const rows = list.getByRole('listitem')
    const listBox = await list.boundingBox()
    const fullyShown = await rows.evaluateAll(
      (items, [top, bottom]) =>
        items
          .map((li) => li.getBoundingClientRect())
          .filter((box) => box.height > 0 && box.top >= top && box.bottom <= bottom).length,
      [listBox?.y ?? 0, (listBox?.y ?? 0) + (listBox?.height ?? 0)] as const,
    )
    expect(fullyShown, lang).toBeGreaterThanOrEqual(3)
    await expect(page.getByTestId('list-link-count')).toHaveAttribute(
      'data-count',
      String(visibleLinkCount()),
    )
    expect(await smallTargets(page, 44), lang).toEqual([])
    await page.screenshot({ path: testInfo.outputPath(`phone-list-${lang}.png`) })
    // The charts' controls under the list, a panel at a time: the same 44 px for a finger.
    for (const panel of await page.locator('.chart-panel').all()) {
      await panel.scrollIntoViewIfNeeded()
      expect(await smallTargets(page, 44), lang).toEqual([])
    }
    await page.screenshot({ path: testInfo.outputPath(`phone-${lang}.png`) })
    if (lang === 'en') {
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.getByRole('button', { name: '日本語' }).tap()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本–ASEAN 自治体国際協力')
      await waitForMapIdle(page)
    }
  }
})

test('a briefing followed on a phone: no sideways scroll, the slide and both steps on screen', async ({
  page,
}, testInfo) => {
  test.slow()
  await page.goto('/?mode=present&lang=en')
  const progress = page.getByTestId('present-progress')
  const title = page.getByTestId('slide').getByRole('heading', { level: 2 })
  for (const [i, slide] of storySlides.slice(0, 2).entries()) {
    await expect(progress).toHaveText(`${i + 1} / ${storySlides.length}`, { timeout: 45_000 })
    await expect(title).toHaveText(slide.title.en)
    expect(await pastTheEdge(page), slide.id).toEqual([])
    await expect(title).toBeInViewport({ ratio: 1 })
    for (const step of ['Previous slide', 'Next slide'])
      await expect(page.getByRole('button', { name: step })).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: testInfo.outputPath(`present-${i + 1}.png`) })
    if (i === 0) await page.getByRole('button', { name: 'Next slide' }).tap()
  }
})

test('compare on a phone: the row headers stay while the countries scroll sideways, and the table shows that more lie past its edge', async ({
  page,
}, testInfo) => {
  // As many ASEAN countries as compare takes (the data's first ones), Japan beside them for reference.
  const chosen = [...aseanCountries.slice(0, 3).map((c) => c.iso3), 'JPN']
  await page.goto(`/?mode=compare&cmp=${chosen.join(',')}&lang=en`)
  await waitForData(page)
  const table = page.getByRole('table', { name: /^Comparison of / })
  const rowHeader = table.getByRole('rowheader', { name: /^GDP per capita/ })
  const lastCountry = table.getByRole('row').first().getByRole('columnheader').last()
  await rowHeader.scrollIntoViewIfNeeded()
  // More countries lie to the right: a line says so and a shadow marks the table's right edge.
  await expect(lastCountry).not.toBeInViewport()
  await expect(page.getByText('Swipe sideways for more countries')).toBeVisible()
  const moreAfter = page.locator('.compare-edge-after')
  await expect(moreAfter).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('compare-phone-start.png') })
  // The table scrolled sideways to its end, over a country's column (a wheel: this headless Chromium
  // does not scroll on synthesised touch moves; the box scrolls the same either way).
  const box = await rowHeader.boundingBox()
  await page.mouse.move(PHONE.width - 40, (box?.y ?? 0) + (box?.height ?? 0) / 2)
  await page.mouse.wheel(4 * PHONE.width, 0)
  await expect(lastCountry).toBeInViewport({ ratio: 1 })
  // The row headers stayed at the table's left edge, whole, so each value still has its name.
  await expect(rowHeader).toBeInViewport({ ratio: 1 })
  const frame = await page.locator('.compare-scroll').boundingBox()
  const header = await rowHeader.boundingBox()
  expect(Math.abs((header?.x ?? -1) - (frame?.x ?? 0))).toBeLessThanOrEqual(1)
  // Nothing more to the right: its shadow is gone; the page itself never scrolled sideways.
  await expect(moreAfter).toBeHidden()
  expect(await pastTheEdge(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('compare-phone-end.png') })
})
