import { readFileSync } from 'node:fs'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

interface Series {
  iso3: string
  indicator: string
  points: [number, number | null][]
}
const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { series: Series[] }
const oda = JSON.parse(readFileSync('data/oda.json', 'utf8')) as {
  report2015: { rows: { id: string; grossTotal: number }[] }
}
const ASEAN = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM']
const YEAR = 2025

function gdpIn(year: number): Map<string, number> {
  const out = new Map<string, number>()
  for (const s of indicators.series) {
    if (s.indicator !== 'gdp_per_capita_usd' || !ASEAN.includes(s.iso3)) continue
    const v = s.points.find((p) => p[0] === year)?.[1]
    if (typeof v === 'number') out.set(s.iso3, v)
  }
  return out
}

async function counts(page: import('@playwright/test').Page) {
  const read = (id: string) => page.getByTestId(id).getAttribute('data-count')
  return {
    map: await read('map-link-count'),
    list: await read('list-link-count'),
    panel: await read('links-panel-count'),
  }
}

test.describe('linked panels', () => {
  test('the GDP ranking lists the data’s values for the year, and the spread is computed from them', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const expected = gdpIn(YEAR)
    const ranking = page.getByTestId('gdp-ranking')
    await expect(ranking.locator('button')).toHaveCount(expected.size)
    const shown = await ranking
      .locator('button')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-iso3'),
          Number(el.querySelector('[data-value]')?.getAttribute('data-value')),
        ]),
      )
    const sorted = [...expected.entries()].sort((a, b) => b[1] - a[1])
    expect(shown).toEqual(sorted)
    const top = sorted[0]
    const bottom = sorted.at(-1)
    if (!top || !bottom) throw new Error('no GDP data')
    await expect(page.getByTestId('gdp-spread')).toHaveAttribute(
      'data-ratio',
      (top[1] / bottom[1]).toFixed(1),
    )
    await expect(page.getByTestId('gdp-spread')).toContainText('Singapore')
  })

  test('clicking Cambodia in the ranking selects it everywhere; the detail follows', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await page
      .getByTestId('gdp-ranking')
      .getByRole('button', { name: /Cambodia/ })
      .click()
    await expect(page.getByTestId('detail-panel')).toContainText('Cambodia')
    expect(new URL(page.url()).searchParams.get('sel')).toBe('country:KHM')
    // The ODA bar of the same country is pressed too.
    await expect(page.locator('[data-testid="panel-japan-oda"] [data-iso3="KHM"]')).toHaveAttribute(
      'data-selected',
      'true',
    )
  })

  test('ODA 2015: gross totals equal the report’s table; net shows negative totals left of zero', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const panel = page.getByTestId('panel-japan-oda')
    const vnm = oda.report2015.rows.find((r) => r.id === 'VNM')
    await expect(panel.locator('[data-iso3="VNM"] .oda-total')).toHaveAttribute(
      'data-value',
      String(vnm?.grossTotal),
    )
    await panel.getByRole('button', { name: /^Net/ }).click()
    expect(new URL(page.url()).searchParams.get('oda')).toBe('net')
    await expect(panel.locator('[data-iso3="IDN"] .oda-total')).toHaveAttribute('data-value', '-999.12')
    await expect(panel).toContainText('not 0')
  })

  test('map, list and links panel counts agree through filter changes', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const steps = [
      () => page.getByRole('button', { name: 'Water supply', exact: true }).click(),
      () => page.getByRole('button', { name: 'Cambodia', exact: true }).first().click(),
      () => page.getByRole('button', { name: 'Water supply', exact: true }).click(),
      () => page.getByRole('button', { name: 'Sister city', exact: true }).click(),
    ]
    let previous = (await counts(page)).map
    expect(previous).toBe('65')
    for (const step of steps) {
      await step()
      await expect.poll(async () => (await counts(page)).map).not.toBe(previous)
      const c = await counts(page)
      expect(c.list).toBe(c.map)
      expect(c.panel).toBe(c.map)
      previous = c.map
    }
  })

  test('a filter change renders each panel at most once', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const renders = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __perf: { renders: Record<string, number> } }).__perf.renders,
      }))
    const before = await renders()
    await page.getByRole('button', { name: 'Waste', exact: true }).click()
    await expect(page.getByTestId('links-panel-count')).not.toHaveAttribute('data-count', '65')
    await page.waitForTimeout(300)
    const after = await renders()
    for (const panel of ['charts:gdp', 'charts:oda', 'charts:links', 'charts:timeline', 'ListPanel']) {
      expect((after[panel] ?? 0) - (before[panel] ?? 0), panel).toBeLessThanOrEqual(1)
    }
    // The links panel did re-render: its count changed.
    expect((after['charts:links'] ?? 0) - (before['charts:links'] ?? 0)).toBe(1)
  })

  test('dragging across the timeline sets the year range everywhere; the year fields do it by keyboard', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const brush = page.getByTestId('timeline-brush')
    await brush.scrollIntoViewIfNeeded()
    const box = await brush.boundingBox()
    if (!box) throw new Error('no brush')
    // From about 2010 to the end of the axis (1950–2025).
    const xOf = (year: number) => box.x + ((year - 1950) / 75) * box.width
    await page.mouse.move(xOf(2010), box.y + 10)
    await page.mouse.down()
    await page.mouse.move(xOf(2018), box.y + 10, { steps: 5 })
    await page.mouse.up()
    await expect.poll(() => new URL(page.url()).searchParams.get('yr')).toMatch(/^20(09|10|11)-20(17|18|19)$/)
    const c = await counts(page)
    expect(Number(c.map)).toBeLessThan(65)
    expect(c.panel).toBe(c.map)
    await page.getByLabel('From').fill('1955')
    await page.getByLabel('to', { exact: true }).fill('1990')
    await page.getByLabel('to', { exact: true }).press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('yr')).toBe('1955-1990')
    await expect(page.getByTestId('timeline-range')).toContainText('1955–1990')
  })

  test('the ranking CSV holds exactly the rows shown, with unit and source', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    const panel = page.getByTestId('panel-gdp-per-capita')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'CSV' }).click(),
    ])
    const path = await download.path()
    const csv = readFileSync(path, 'utf8').replace(/^\ufeff/, '')
    const lines = csv.trim().split(/\r\n/)
    expect(lines[0]).toMatch(/^# Source: World Bank/)
    const header = lines.find((l) => l.startsWith('rank,'))
    expect(header).toContain('current US$')
    const rows = lines.filter((l) => /^\d+,/.test(l))
    expect(rows).toHaveLength(gdpIn(YEAR).size)
    const sgp = rows.find((r) => r.includes(',SGP,'))
    expect(Number(sgp?.split(',').at(-1))).toBe(gdpIn(YEAR).get('SGP'))
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'PNG' }).click(),
    ])
    const bytes = readFileSync(await png.path())
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(bytes.length).toBeGreaterThan(5000)
  })
})
