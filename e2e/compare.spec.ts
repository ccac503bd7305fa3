import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'
import { aseanCountries } from './data'
import { expect, test, waitForData, waitForMapIdle } from './fixtures'

// Expected values come from data/*.json, read here: the test checks the page against the data,
// never against numbers copied into the test.
const DATA = join(process.cwd(), 'data')
const read = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T

type Text = { ja: string; en: string }
const countries = read<{ countries: { iso3: string; name: Text }[] }>('countries.json').countries
const indicators = read<{ series: { iso3: string; indicator: string; points: [number, number][] }[] }>(
  'indicators.json',
)
const oda = read<{ report2015: { rows: { id: string; grossTotal: number | null }[] } }>('oda.json')
const places = read<{ places: { id: string; country: string }[] }>('places.json').places
const links = read<{ links: { id: string; asean: string }[] }>('links.json').links

const nameOf = (iso3: string, lang: 'ja' | 'en' = 'en') =>
  countries.find((c) => c.iso3 === iso3)?.name[lang] ?? iso3
/** GDP per capita of the default year (2025), or the latest earlier year with a value. */
function gdpPerCapita(iso3: string, year = 2025): [number, number] {
  const series = indicators.series.find((s) => s.iso3 === iso3 && s.indicator === 'gdp_per_capita_usd')
  const point = series?.points.filter((p) => p[0] <= year).at(-1)
  if (!point) throw new Error(`no GDP per capita for ${iso3}`)
  return point
}
const odaGross = (iso3: string) => {
  const v = oda.report2015.rows.find((r) => r.id === iso3)?.grossTotal
  if (v === undefined || v === null) throw new Error(`no 2015 ODA row for ${iso3}`)
  return v
}
const linkCount = (iso3s: string[]) => {
  const countryOf = new Map(places.map((p) => [p.id, p.country]))
  return links.filter((l) => iso3s.includes(countryOf.get(l.asean) ?? '')).length
}
// The app's number formats (src/shared/format.ts): en-GB grouping.
const en = (v: number, digits: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(v)

/** A row of the comparison table by the text of its row header. */
const rowOf = (table: Locator, page: Page, header: RegExp) =>
  table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header }) })

async function openCompare(page: Page, query = '') {
  await page.goto(`/${query}`)
  await waitForData(page)
  await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByTestId('compare-view')).toBeVisible()
}

test.describe('compare mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('Cambodia and Viet Nam: values and years equal the data, the map shows only their links, CSV matches', async ({
    page,
  }, testInfo) => {
    await openCompare(page)
    const picker = page.getByRole('group', { name: 'Countries to compare' })
    await expect(page.getByTestId('compare-view').getByRole('status').first()).toContainText(
      'No country chosen yet',
    )
    await picker.getByRole('button', { name: nameOf('KHM'), exact: true }).click()
    await picker.getByRole('button', { name: nameOf('VNM'), exact: true }).click()
    await expect(picker.getByRole('button', { name: nameOf('KHM'), exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    // The choice is in the store and the URL, and it drives the country filter.
    await expect(page).toHaveURL(/cmp=KHM,VNM/)
    await expect(page).toHaveURL(/[?&]c=KHM,VNM/)

    const table = page.getByRole('table', { name: `Comparison of ${nameOf('KHM')}, ${nameOf('VNM')}` })
    await expect(table).toBeVisible()
    // Compare opens at its picker and table: both in the first screen, the table's first row whole.
    await expect(picker).toBeInViewport()
    await expect(table.getByRole('row').nth(2)).toBeInViewport({ ratio: 1 })
    const headers = table.getByRole('columnheader')
    await expect(headers.nth(1)).toContainText(nameOf('KHM'))
    await expect(headers.nth(2)).toContainText(nameOf('VNM'))

    // GDP per capita: value and year as in indicators.json.
    const gdp = rowOf(table, page, /^GDP per capita/)
    for (const [i, iso3] of ['KHM', 'VNM'].entries()) {
      const [year, value] = gdpPerCapita(iso3)
      const cell = gdp.getByRole('cell').nth(i)
      await expect(cell).toContainText(`US$${en(value, 0)}`)
      await expect(cell).toContainText(String(year))
      await expect(cell).toHaveAttribute('data-value', String(value))
      await expect(cell).toHaveAttribute('data-year', String(year))
      await expect(cell.getByRole('img')).toHaveAccessibleName(/Trend 1990–/)
    }

    // Japan's ODA in 2015: gross disbursements as printed in the report's table.
    const odaRow = rowOf(table, page, /ODA 2015, gross/)
    for (const [i, iso3] of ['KHM', 'VNM'].entries()) {
      const cell = odaRow.getByRole('cell').nth(i)
      await expect(cell).toContainText(en(odaGross(iso3), 2))
      await expect(cell).toContainText('2015')
      await expect(cell).toHaveAttribute('data-value', String(odaGross(iso3)))
    }
    // The higher of the two is marked, in words as well as colour.
    const higher = odaGross('KHM') > odaGross('VNM') ? 0 : 1
    await expect(odaRow.getByRole('cell').nth(higher)).toContainText('▲ highest')
    await expect(odaRow.getByRole('cell').nth(1 - higher)).toContainText('▼ lowest')
    // The ratio sentence is computed from the same data.
    const [, khmGdp] = gdpPerCapita('KHM')
    const [, vnmGdp] = gdpPerCapita('VNM')
    const [hi, lo] = khmGdp > vnmGdp ? ['KHM', 'VNM'] : ['VNM', 'KHM']
    const factor = Math.max(khmGdp, vnmGdp) / Math.min(khmGdp, vnmGdp)
    await expect(page.getByTestId('compare-statements')).toContainText(
      `GDP per capita: ${nameOf(hi)} ${en(factor, factor >= 10 ? 0 : 1)}× ${nameOf(lo)} in 2025`,
    )

    // The map and the list show only the two countries' links.
    const expectedLinks = linkCount(['KHM', 'VNM'])
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(expectedLinks))
    await expect(
      rowOf(table, page, /^Municipal links/)
        .getByRole('cell')
        .nth(0),
    ).toHaveAttribute('data-value', String(linkCount(['KHM'])))
    await waitForMapIdle(page)

    // CSV: the same values, unrounded, with units and sources.
    const csvDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download CSV' }).click()
    const csvFile = await csvDownload
    expect(csvFile.suggestedFilename()).toBe('compare-KHM-VNM-2025.csv')
    const csvText = readFileSync((await csvFile.path()) as string, 'utf8').replace(/^\uFEFF/, '')
    const [header, ...rows] = Papa.parse<string[]>(csvText, { skipEmptyLines: true }).data
    expect(header).toEqual([
      'Measure',
      'Unit',
      'Cambodia (KHM)',
      'Cambodia (KHM): year',
      'Viet Nam (VNM)',
      'Viet Nam (VNM): year',
      'Note',
      'Source',
    ])
    const csvRow = (measure: RegExp) => rows.find((r) => measure.test(r[0] ?? ''))
    const gdpCsv = csvRow(/^GDP per capita$/)
    expect(gdpCsv?.[1]).toBe('current US$')
    expect(gdpCsv?.slice(2, 6)).toEqual(
      ['KHM', 'VNM'].flatMap((c) => {
        const [year, value] = gdpPerCapita(c)
        return [String(value), String(year)]
      }),
    )
    expect(gdpCsv?.[7]).toContain('World Bank')
    const odaCsv = csvRow(/ODA 2015, gross/)
    expect(odaCsv?.slice(2, 6)).toEqual([String(odaGross('KHM')), '2015', String(odaGross('VNM')), '2015'])
    expect(odaCsv?.[1]).toBe('US$ million, current prices')
    expect(odaCsv?.[7]).toContain('CLAIR')

    // PNG: a real image, made in the page.
    const pngDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download PNG image' }).click()
    const pngFile = await pngDownload
    expect(pngFile.suggestedFilename()).toBe('compare-KHM-VNM-2025.png')
    const png = readFileSync((await pngFile.path()) as string)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.length).toBeGreaterThan(50_000)
    await pngFile.saveAs(testInfo.outputPath('compare-download-en.png'))

    await page.getByTestId('compare-view').scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath('compare-en.png'), fullPage: true })

    // Japanese: the same table, in Japanese.
    await page.getByRole('button', { name: '日本語' }).click()
    const tableJa = page.getByRole('table', { name: `${nameOf('KHM', 'ja')}、${nameOf('VNM', 'ja')}の比較` })
    await expect(tableJa).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(page.getByRole('group', { name: '比較する国' })).toBeInViewport()
    await expect(tableJa.getByRole('row').nth(2)).toBeInViewport({ ratio: 1 })
    await expect(
      rowOf(tableJa, page, /^一人当たり/)
        .getByRole('cell')
        .nth(0),
    ).toContainText(String(gdpPerCapita('KHM')[0]))
    await page.screenshot({ path: testInfo.outputPath('compare-ja.png'), fullPage: true })
    const pngJa = page.waitForEvent('download')
    await page.getByRole('button', { name: 'PNG画像をダウンロード' }).click()
    await (await pngJa).saveAs(testInfo.outputPath('compare-download-ja.png'))
  })

  test('missing data says why: Singapore and Brunei are not ODA recipients; Laos has no link recorded', async ({
    page,
  }) => {
    await openCompare(page, '?cmp=SGP,BRN,LAO')
    const table = page.getByTestId('compare-table')
    const odaRow = rowOf(table, page, /ODA 2015, gross/)
    await expect(odaRow.getByRole('cell').nth(0)).toContainText('not an ODA recipient')
    await expect(odaRow.getByRole('cell').nth(1)).toContainText('not an ODA recipient')
    await expect(odaRow.getByRole('cell').nth(0)).not.toContainText(/\b0\b/)
    const linksRow = rowOf(table, page, /^Municipal links/)
    if (linkCount(['LAO']) === 0)
      await expect(linksRow.getByRole('cell').nth(2)).toContainText('no link recorded')
  })

  test('keyboard only: the example, a country, a partner on the map; Back undoes one step', async ({
    page,
  }) => {
    await openCompare(page)
    const example = page.getByRole('button', { name: /^Try:/ })
    await example.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/cmp=KHM,VNM,PHL/)
    const picker = page.getByRole('group', { name: 'Countries to compare' })
    await picker.getByRole('button', { name: 'Japan (reference)' }).focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/cmp=KHM,VNM,PHL,JPN/)
    // Four chosen: a fifth is refused, with the reason.
    await picker.getByRole('button', { name: nameOf('THA'), exact: true }).focus()
    await page.keyboard.press('Space')
    await expect(page.getByTestId('compare-view').getByRole('status').first()).toContainText(
      'Four countries at most',
    )
    await expect(page).not.toHaveURL(/THA/)
    // A Japanese partner selects its link on the map.
    // Its name is its visible text; the title says it shows the link on the map.
    const partner = page.getByTestId('compare-table').locator('button.compare-partner').first()
    await expect(partner).toHaveAttribute('title', /on the map/)
    await partner.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/sel=link:/)
    await expect(page.getByTestId('detail-panel')).toBeVisible()
    // Remove a column from its header.
    await page.getByRole('button', { name: `Remove ${nameOf('PHL')} from the comparison` }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/cmp=KHM,VNM,JPN/)
    await expect(page).toHaveURL(/[?&]c=KHM,VNM(&|$)/)
    // Back returns to the previous comparison, with its filter (no half-synchronised step).
    await page.goBack()
    await expect(page).toHaveURL(/cmp=KHM,VNM,PHL,JPN/)
    await expect(page).toHaveURL(/[?&]c=KHM,VNM,PHL(&|$)/)
  })

  test('readable on a 1920×1080 projector', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await openCompare(page, '?cmp=KHM,VNM,PHL,JPN')
    await expect(page.getByTestId('compare-table')).toBeVisible()
    await page.getByTestId('compare-view').scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath('compare-1920.png') })
  })
})

/**
 * What keeps the country names from being read: for each column header whose centre is across the
 * screen, whether it lies off the screen's top or bottom or under something else (the element at
 * its centre is not inside it). Empty when every visible column is named.
 */
const hiddenColumnHeaders = (table: Locator) =>
  table.evaluate((el) => {
    const out: string[] = []
    const headers = [...el.querySelectorAll('thead th')]
    let across = 0
    for (const th of headers) {
      const box = th.getBoundingClientRect()
      const x = box.left + box.width / 2
      const y = box.top + box.height / 2
      if (x < 0 || x > window.innerWidth) continue
      across++
      // Its first child: the country's name, without the remove button's ×.
      const name = (th.firstChild?.textContent ?? '').trim()
      if (box.top < -0.5 || box.bottom > window.innerHeight + 0.5)
        out.push(`${name}: off the screen (${Math.round(box.top)}–${Math.round(box.bottom)} px)`)
      else if (!th.contains(document.elementFromPoint(x, y)))
        out.push(`${name}: under ${document.elementFromPoint(x, y)?.className || 'something'}`)
    }
    if (across < 2) out.push(`${across} of ${headers.length} column headers across the screen`)
    return out
  })

/** Whether the element at the centre of the table's first data row is inside that row (nothing over it). */
const firstRowUncovered = (table: Locator) =>
  table.evaluate((el) => {
    const row = el.querySelector('tbody tr:nth-child(2)')
    const box = row?.getBoundingClientRect()
    if (!row || !box) return false
    return row.contains(document.elementFromPoint(box.left + 40, box.top + box.height / 2))
  })

// A reader going down a long comparison keeps the country names in sight, at the window sizes
// people use and on a phone (where the table also scrolls sideways).
for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 390, height: 844, phone: true },
]) {
  test.describe(`compare at ${size.width}×${size.height}`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      isMobile: size.phone ?? false,
      hasTouch: size.phone ?? false,
    })

    test('the country names stay in sight, on top, while the reader scrolls down the table', async ({
      page,
    }, testInfo) => {
      // As many countries as compare takes (the data's first ASEAN ones), Japan beside them.
      const chosen = [...aseanCountries.slice(0, 3).map((c) => c.iso3), 'JPN']
      for (const lang of ['en', 'ja'] as const) {
        await page.goto(`/?mode=compare&cmp=${chosen.join(',')}&lang=${lang}`)
        await waitForData(page)
        const table = page.getByTestId('compare-table')
        const names = table.getByRole('row').first().getByRole('columnheader')
        await expect(names).toHaveCount(chosen.length + 1)
        await expect(names.nth(1)).toContainText(nameOf(chosen[0] ?? '', lang))
        // At rest, the header row is in its place: it covers none of the first row.
        await table.getByRole('row').nth(2).scrollIntoViewIfNeeded()
        expect(await firstRowUncovered(table), `${lang}: the first row is covered`).toBe(true)
        // Down the table with the wheel, over it, until the header row's own place is a screen above.
        const tableTop = () => table.evaluate((el) => el.getBoundingClientRect().top)
        await page.mouse.move(size.width / 2, size.height / 2)
        await expect(async () => {
          await page.mouse.wheel(0, size.height / 3)
          expect(await tableTop()).toBeLessThan(-size.height)
        }).toPass({ timeout: 20_000 })
        await expect.poll(() => hiddenColumnHeaders(table), { message: lang }).toEqual([])
        await page.screenshot({ path: testInfo.outputPath(`compare-scrolled-${lang}.png`) })
      }
    })
  })
}
