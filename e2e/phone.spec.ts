import type { Page } from '@playwright/test'
import { places, storySlides, visibleLinkCount } from './data'
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
