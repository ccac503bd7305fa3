import type { Page } from '@playwright/test'
import { geoInterpolate } from 'd3-geo'
import { countries, type LinkFilter, links, places, visibleLinkCount } from './data'
import { afterFilterChange, expect, store, test, waitForData, waitForMapIdle } from './fixtures'
import { flowTotal } from './map-flows'

// The map at national scale and zoomed in: flows that count the links under the filters, each link
// from zoom 5 on, the arc under the pointer, a selection that dims the rest, places drawn at one
// point, and Timor-Leste's membership by year. Counts come from data/ (e2e/data.ts).

type LonLat = [number, number]
interface MapHandle {
  project(c: LonLat): { x: number; y: number }
  jumpTo(o: object): void
  panBy(o: [number, number]): void
  once(e: string, f: () => void): void
  queryRenderedFeatures(g?: unknown, o?: { layers: string[] }): { properties: Record<string, unknown> }[]
  querySourceFeatures(s: string): { properties: Record<string, unknown> }[]
  getFeatureState(f: { source: string; id: string }): Record<string, unknown>
}
const where = (id: string): LonLat => {
  const p = places.find((x) => x.id === id)
  if (!p) throw new Error(`no place ${id}`)
  return [p.lon, p.lat]
}
const KITAKYUSHU = where('jp-kitakyushu')
const PHNOM_PENH = where('kh-phnom-penh')
/** The middle of the great circle from Kitakyushu to Phnom Penh. */
const MIDDLE = geoInterpolate(KITAKYUSHU, PHNOM_PENH)(0.5) as LonLat

/** Moves the map's camera there and waits until it has drawn the view. */
async function jumpTo(page: Page, center: LonLat, zoom: number): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: MapHandle }).__map
        map.once('idle', () => resolve())
        map.jumpTo({ center: c, zoom: z })
      }),
    [center, zoom] as const,
  )
}

/** Page coordinates of a point on the map (the map scrolled into view). */
async function onPage(page: Page, at: LonLat): Promise<{ x: number; y: number }> {
  await page.getByTestId('map').scrollIntoViewIfNeeded()
  const p = await page.evaluate((c) => (window as unknown as { __map: MapHandle }).__map.project(c), at)
  const box = await page.getByTestId('map').boundingBox()
  if (!box) throw new Error('no map box')
  return { x: box.x + p.x, y: box.y + p.y }
}

/** Distinct features of the map's layers drawn now. */
const drawnIds = (page: Page, layers: string[]) =>
  page.evaluate(
    (ls) => [
      ...new Set(
        (window as unknown as { __map: MapHandle }).__map
          .queryRenderedFeatures(undefined, { layers: ls })
          .map((f) => String(f.properties.id)),
      ),
    ],
    layers,
  )

test('national scale: flows count the links under the filters; zoomed in, each link; the arc under the pointer; a selection dims the rest', async ({
  page,
}) => {
  // One scenario on one page: four filter changes and five map views, each drawn under software GL.
  test.setTimeout(150_000)
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)

  // Flows at national scale, fewer than the links, no link drawn one by one.
  const flows = await drawnIds(page, ['flows-line'])
  expect(flows.length).toBeGreaterThan(0)
  expect(flows.length).toBeLessThan(links.length)
  expect(await drawnIds(page, ['links-line', 'links-line-low'])).toEqual([])

  // The flows' counts, the list, the links panel and the data agree through filter changes.
  const steps: [string, unknown[], LinkFilter][] = [
    ['toggleField', ['water'], { fields: ['water'] }],
    ['toggleCountryFilter', ['KHM'], { fields: ['water'], countries: ['KHM'] }],
    ['setYearRange', [[2000, 2015]], { fields: ['water'], countries: ['KHM'], yearRange: [2000, 2015] }],
    ['clearAll', [], {}],
  ]
  expect(await flowTotal(page)).toBe(visibleLinkCount())
  for (const [action, args, filter] of steps) {
    await afterFilterChange(page, () => store(page, action, ...args))
    const expected = visibleLinkCount(filter)
    await expect.poll(() => flowTotal(page)).toBe(expected)
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(expected))
    // The links panel, below the map, follows the filters once it is scrolled to.
    const panelCount = page.getByTestId('links-panel-count')
    await panelCount.scrollIntoViewIfNeeded()
    await expect(panelCount).toHaveAttribute('data-count', String(expected))
    await page.getByTestId('map').scrollIntoViewIfNeeded()
  }

  // At its middle, Kitakyushu → Phnom Penh is inside the flow of Fukuoka Prefecture → Cambodia,
  // which names it.
  let middle = await onPage(page, MIDDLE)
  await page.mouse.move(middle.x, middle.y)
  await expect(page.getByRole('tooltip')).toContainText('Fukuoka Prefecture → Cambodia')
  await expect(page.getByRole('tooltip')).toContainText('Kitakyushu City → Phnom Penh')

  // Zoomed in, each link: the one under the pointer is Kitakyushu → Phnom Penh itself.
  await jumpTo(page, MIDDLE, 5.6)
  expect(await drawnIds(page, ['flows-line'])).toEqual([])
  expect((await drawnIds(page, ['links-line', 'links-line-low'])).length).toBeGreaterThan(20)
  middle = await onPage(page, MIDDLE)
  await page.mouse.move(middle.x + 1, middle.y)
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip.locator('.map-tooltip-title')).toHaveText('Kitakyushu City → Phnom Penh')
  // Names, relation, years, fields and the source's title or publisher; no gazetteer ids.
  await expect(tooltip).toContainText('Sister city · 2016')
  await expect(tooltip).toContainText('Water supply')
  await expect(tooltip).toContainText('Ministry of Foreign Affairs of Japan')
  await expect(tooltip).not.toContainText('geonameid')
  // A tooltip closes when the map moves.
  await page.evaluate(() => (window as unknown as { __map: MapHandle }).__map.panBy([40, 0]))
  await expect(tooltip).toHaveCount(0)
  await waitForMapIdle(page)

  // Choosing it selects it, and everything not connected to it is dimmed by feature-state, with
  // no data sent to the map.
  const setData = () =>
    page.evaluate(
      () =>
        (window as unknown as { __perf: { events: Record<string, number> } }).__perf.events['map.setData'],
    )
  const before = await setData()
  middle = await onPage(page, MIDDLE)
  await page.mouse.click(middle.x, middle.y)
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('link:kitakyushu-phnom-penh')
  const state = (source: string, id: string) =>
    page.evaluate(
      ([s, i]) => (window as unknown as { __map: MapHandle }).__map.getFeatureState({ source: s, id: i }),
      [source, id] as const,
    )
  const other = links.find((l) => l.jp !== 'jp-kitakyushu' && l.asean !== 'kh-phnom-penh')?.id ?? ''
  await expect.poll(async () => (await state('links', 'kitakyushu-phnom-penh')).selected).toBe(true)
  expect((await state('links', 'kitakyushu-phnom-penh')).dim ?? false).toBe(false)
  expect(await state('links', other)).toMatchObject({ dim: true })
  expect(await state('places', 'jp-kitakyushu')).toMatchObject({ selected: true })
  expect(await state('places', 'jp-yokohama')).toMatchObject({ dim: true })
  expect(await setData()).toBe(before)

  // Back at national scale the selection is drawn as its own arc over the dimmed flows.
  await jumpTo(page, [122, 20], 3.3)
  await expect.poll(() => drawnIds(page, ['links-focus'])).toEqual(['kitakyushu-phnom-penh'])
  for (const id of flows.slice(0, 3)) expect(await state('flows', id)).toMatchObject({ dim: true })

  // A click on a flow expands it into its links (none selected), and dims the rest.
  await store(page, 'select', null)
  await waitForMapIdle(page)
  middle = await onPage(page, MIDDLE)
  await page.mouse.move(middle.x, middle.y)
  await expect(page.getByRole('tooltip')).toContainText('Fukuoka Prefecture → Cambodia')
  await page.mouse.click(middle.x, middle.y)
  const fukuokaCambodia = links.filter((l) => {
    const jp = places.find((p) => p.id === l.jp)
    const asean = places.find((p) => p.id === l.asean)
    return jp?.prefecture?.en === 'Fukuoka Prefecture' && asean?.country === 'KHM'
  })
  await expect
    .poll(async () => (await drawnIds(page, ['links-focus'])).sort())
    .toEqual(fukuokaCambodia.map((l) => l.id).sort())
  expect(new URL(page.url()).searchParams.get('sel')).toBeNull()
  expect(await setData()).toBe(before)
})

test('places drawn at one point can each be hovered; Timor-Leste is a member from 2025; the boundaries note', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await waitForData(page)
  await waitForMapIdle(page)
  const tooltip = page.getByRole('tooltip').locator('.map-tooltip-title')

  // Timor-Leste in 2025: shaded, labelled, hovered as a member.
  const labels = () =>
    page.evaluate(() =>
      (window as unknown as { __map: MapHandle }).__map
        .queryRenderedFeatures(undefined, { layers: ['country-labels'] })
        .map((f) => String(f.properties.iso3)),
    )
  await expect.poll(labels).toContain('TLS')
  // East of Dili, clear of its mark and of the flows that end there.
  const dili = await onPage(page, [126.6, -8.75])
  await page.mouse.move(dili.x, dili.y)
  await expect(tooltip).toHaveText('Timor-Leste')
  await expect(page.getByRole('tooltip')).toContainText('ASEAN member since 2025')

  // In 2015 it is drawn as a neighbour: unshaded, unlabelled, not hovered; the legend and the
  // summary count the members of that year.
  await store(page, 'setYear', 2015)
  const members2015 = countries.filter((c) => c.asean && c.accessionYear !== null && c.accessionYear <= 2015)
  await expect(page.getByTestId('asean-count')).toHaveAttribute('data-count', String(members2015.length))
  await expect(page.getByTestId('legend-outside')).toContainText('Timor-Leste')
  await expect.poll(labels).not.toContain('TLS')
  await page.mouse.move(dili.x + 30, dili.y + 30)
  await page.mouse.move(dili.x, dili.y)
  await expect(page.getByRole('tooltip')).toHaveCount(0)
  await store(page, 'setYear', 2025)
  await expect.poll(labels).toContain('TLS')

  // Cambodia at national level and Phnom Penh are drawn at one point: the dot and the ring around it.
  await jumpTo(page, PHNOM_PENH, 7)
  const ring = await page.evaluate(() => {
    const map = (window as unknown as { __map: MapHandle }).__map
    const f = map.querySourceFeatures('places').find((x) => x.properties.id === 'kh-cambodia')
    return Number(f?.properties.r)
  })
  const centre = await onPage(page, PHNOM_PENH)
  await page.mouse.move(centre.x, centre.y)
  await expect(tooltip).toHaveText('Phnom Penh')
  await page.mouse.move(centre.x, centre.y - ring)
  await expect(tooltip).toHaveText('Cambodia (national level)')

  // The note says whose view the boundaries are drawn in.
  await expect(page.getByTestId('map-legend')).toContainText('Japanese official maps')
  await expect(page.getByTestId('map-legend')).toContainText('Northern Territories')
})
