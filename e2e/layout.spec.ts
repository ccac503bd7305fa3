import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { links, places, visibleLinkCount } from './data'
import { crowdedHeader, hiddenPlaces, mapOnFirstScreen, timeBarSpills } from './first-screen'
import { expect, openFilters, test, waitForData, waitForMapIdle, waitForPanelsSettled } from './fixtures'

// A projector's 1280×720: the map has the first screen (issue 26), in both languages.
test.use({ viewport: { width: 1280, height: 720 } })

const indicators = JSON.parse(readFileSync(join(process.cwd(), 'data', 'indicators.json'), 'utf8')) as {
  series: { indicator: string; points: [number, number | null][] }[]
}
/** The years the map's default shading (GDP per capita) has, from the data. */
const gdpYears = [
  ...new Set(
    indicators.series
      .filter((s) => s.indicator === 'gdp_per_capita_usd')
      .flatMap((s) => s.points.map((p) => p[0])),
  ),
].sort((a, b) => a - b)
const firstYear = gdpYears[0] as number
const lastYear = gdpYears.at(-1) as number

/** Both ends of every link of the country, by the rule the app states (a link's country is its ASEAN place's). */
const placesOfCountry = (iso3: string): string[] => {
  const countryOf = new Map(places.map((p) => [p.id, p.country]))
  return links.filter((l) => countryOf.get(l.asean) === iso3).flatMap((l) => [l.jp, l.asean])
}

test('1280×720: the map fills the first screen in both languages, overlays leave its places clear, filters and time say what they do', async ({
  page,
}, testInfo) => {
  // One scenario, two languages, several map views: longer than a single check.
  test.slow()
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)

  // The map starts within the first 160 px and fills at least half of the screen.
  const en = await mapOnFirstScreen(page)
  expect(en.top).toBeLessThanOrEqual(160)
  expect(en.share).toBeGreaterThanOrEqual(0.5)
  // The home view frames every place of the data, and no legend, button or control covers one.
  expect(await hiddenPlaces(page)).toEqual([])
  // The header's title, modes, tools and languages all fit its one row, none under another.
  expect(await crowdedHeader(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('first-screen-1280-en.png') })

  // The list sits beside the map, in the first screen too.
  const list = page.getByRole('list', { name: 'Links', exact: true })
  await expect(list.getByRole('listitem').first()).toBeInViewport()

  // The year says what it changes.
  const note = page.getByTestId('year-note')
  await expect(note).toHaveText('The year of the shading and of the ASEAN member count. Links: all years.')

  // Filters: a side panel beside the map; the filter in force is a chip over the map that removes it.
  const filters = await openFilters(page)
  // With the panel beside the map, the year's note still fits the bar under the map, not cut off.
  expect(await timeBarSpills(page)).toEqual([])
  const toggle = page.getByRole('button', { name: /^Filters/ })
  await filters.getByRole('button', { name: 'Viet Nam', exact: true }).click()
  const count = page.getByTestId('list-link-count')
  await expect(count).toHaveAttribute('data-count', String(visibleLinkCount({ countries: ['VNM'] })))
  await expect(toggle).toHaveText(/Filters\s*\(1\)/)
  const chip = page.getByRole('list', { name: 'Filters in force' }).getByRole('button', {
    name: 'Remove the filter: Viet Nam',
  })
  await expect(chip).toBeVisible()
  // The map frames the country's links clear of the chips and the legend.
  await waitForMapIdle(page)
  expect(await hiddenPlaces(page, placesOfCountry('VNM'))).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('filters-open-1280-en.png') })
  // Escape closes the panel and gives the focus back to its button.
  await filters.getByRole('button', { name: 'Viet Nam', exact: true }).focus()
  await page.keyboard.press('Escape')
  await expect(filters).toBeHidden()
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await chip.click()
  await expect(count).toHaveAttribute('data-count', String(visibleLinkCount()))
  await expect(chip).toBeHidden()

  // Play steps through the shading's years as Our World in Data's timeline does: it stops at the
  // last year; the steps replace the URL's year, they add no history entries.
  const slider = page.getByRole('slider', { name: /^Year shown/ })
  const year = page.getByTestId('year-value')
  await slider.fill(String(lastYear - 2))
  await expect(year).toHaveText(String(lastYear - 2))
  const entries = await page.evaluate(() => window.history.length)
  const play = page.getByRole('button', { name: 'Play through the years' })
  await play.focus()
  await page.keyboard.press('Enter')
  await expect(year).toHaveText(String(lastYear))
  await expect(play).toBeVisible()
  expect(await page.evaluate(() => window.history.length)).toBe(entries)
  // Pressed at the end it plays again from the first year; Pause stops it there.
  await play.click()
  await expect(year).not.toHaveText(String(lastYear))
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(play).toBeVisible()
  expect(Number(await year.textContent())).toBeLessThan(firstYear + 5)

  // The charts are one click away.
  await page.getByRole('button', { name: 'Charts' }).click()
  await expect(page.getByRole('region', { name: 'Charts' })).toBeFocused()
  await expect(page.locator('.chart-panel').first()).toBeInViewport()

  // Japanese: the same first screen.
  await page.getByRole('button', { name: '日本語' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本–ASEAN 自治体国際協力')
  expect(await crowdedHeader(page)).toEqual([])
  await waitForMapIdle(page)
  const ja = await mapOnFirstScreen(page)
  expect(ja.top).toBeLessThanOrEqual(160)
  expect(ja.share).toBeGreaterThanOrEqual(0.5)
  await expect(note).toHaveText('色分けとASEAN加盟国数の年です。協力関係：全期間。')
  await page.getByRole('button', { name: '表示をリセット' }).click()
  await waitForMapIdle(page)
  expect(await hiddenPlaces(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('first-screen-1280-ja.png') })
})

test('a filter set from outside the filters panel brings its chip in the same update as the counts', async ({
  page,
}) => {
  // A country with links, chosen by its URL: its detail offers to show only its links.
  const iso3 = places.find((p) => p.country !== 'JPN' && placesOfCountry(p.country).length > 0)?.country
  expect(iso3, 'an ASEAN country with links in data/').toBeDefined()
  await page.goto(`/?sel=country:${iso3}`)
  await waitForPanelsSettled(page)
  // The chips' code comes once the first screen is drawn and the page is idle.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some(
            (r) =>
              /active-filters-[^/]*\.js$/.test(r.name) && (r as PerformanceResourceTiming).responseEnd > 0,
          ),
      ),
    )
    .toBe(true)
  // Every DOM update after the click, as the reader would see it: the list's count and the chips.
  await page.evaluate(() => {
    const seen: { count: string | undefined; chips: number }[] = []
    ;(window as unknown as { __updates: typeof seen }).__updates = seen
    new MutationObserver(() =>
      seen.push({
        count: document.querySelector<HTMLElement>('[data-testid=list-link-count]')?.dataset.count,
        chips: document.querySelectorAll('.active-filters li').length,
      }),
    ).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await page.getByRole('button', { name: 'Show only this country’s links' }).click()
  const chip = page.getByRole('list', { name: 'Filters in force' }).getByRole('button')
  await expect(chip).toHaveCount(1)
  const updates = await page.evaluate(
    () => (window as unknown as { __updates: { count: string | undefined; chips: number }[] }).__updates,
  )
  const expected = String(visibleLinkCount({ countries: [iso3 as string] }))
  const first = updates.find((u) => u.count === expected)
  expect(first, 'the list shows the country’s links').toBeDefined()
  expect(first?.chips, 'the chip is there in the update that changed the count').toBe(1)
})
