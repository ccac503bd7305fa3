import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { aseanCountries, countries, enNumber, links, visibleLinkCount } from './data'
import {
  afterFilterChange,
  expect,
  openFilters,
  store,
  test,
  waitForData,
  waitForMapIdle,
  waitForPanelsSettled,
} from './fixtures'

interface Series {
  iso3: string
  indicator: string
  points: [number, number | null][]
}
const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { series: Series[] }
const oda = JSON.parse(readFileSync('data/oda.json', 'utf8')) as {
  report2015: { rows: { id: string; grossTotal: number; netTotal: number | null }[] }
}
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
  sources: { id: string; publisher: { ja: string; en: string } }[]
}
const ASEAN = aseanCountries.map((c) => c.iso3)
const nameOf = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name.en ?? iso3
const YEAR = 2025
/** Rows the list draws at first (src/features/list/list-panel.tsx). */
const LIST_PAGE = 100

function gdpIn(year: number): Map<string, number> {
  const out = new Map<string, number>()
  for (const s of indicators.series) {
    if (s.indicator !== 'gdp_per_capita_usd' || !ASEAN.includes(s.iso3)) continue
    const v = s.points.find((p) => p[0] === year)?.[1]
    if (typeof v === 'number') out.set(s.iso3, v)
  }
  return out
}

async function counts(page: Page) {
  const read = (id: string) => page.getByTestId(id).getAttribute('data-count')
  return {
    map: await read('map-link-count'),
    list: await read('list-link-count'),
    panel: await read('links-panel-count'),
  }
}

/**
 * The page filtered to a country with `min` to 10 links, scrolled to the links diagram, which draws
 * each of them as a band of its own.
 */
async function diagramOfAFewLinks(page: Page, min: number) {
  const country = ASEAN.find((c) => {
    const n = visibleLinkCount({ countries: [c] })
    return n >= min && n <= 10
  })
  expect(country, `a country with ${min} to 10 links in data/`).toBeDefined()
  await page.goto(`/?c=${country}`)
  await waitForData(page)
  const panel = page.getByTestId('panel-cooperation-links')
  await panel.scrollIntoViewIfNeeded()
  const bands = panel.locator('path[data-link]')
  await expect(bands).toHaveCount(visibleLinkCount({ countries: [country as string] }))
  return { panel, bands }
}

/** The page's one hover, as the store holds it. */
const hoverOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __store: { getState: () => { hover: unknown } } }).__store.getState().hover,
  )

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
    await expect(page.getByTestId('gdp-spread')).toContainText(nameOf(top[0]))
  })

  test('each chart is drawn at the width of its panel, at load and after the window is resized', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    // The first chart of each panel: its width attribute against the content width of its box.
    const widths = () =>
      page
        .locator('.chart-panel .chart-box')
        .evaluateAll((boxes) =>
          boxes.map((box) => [
            Number(box.querySelector('svg.chart')?.getAttribute('width')),
            box.clientWidth,
          ]),
        )
    // Panels off screen are not laid out (content-visibility): each is checked once scrolled to.
    const matches = async () => {
      const boxes = page.locator('.chart-panel .chart-box')
      const n = await boxes.count()
      for (let i = 0; i < n; i++) await boxes.nth(i).scrollIntoViewIfNeeded()
      const pairs = await widths()
      return pairs.length === 4 && pairs.every(([svg, box]) => svg === box)
    }
    await expect.poll(matches).toBe(true)
    const before = await widths()
    await page.setViewportSize({ width: 1000, height: 800 })
    await expect.poll(matches).toBe(true)
    const after = await widths()
    // The widths really changed: the charts followed the window, not a fixed default.
    expect(after.map(([, box]) => box)).not.toEqual(before.map(([, box]) => box))
  })

  test('clicking Cambodia in the ranking selects it everywhere; the detail follows', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await page
      .getByTestId('gdp-ranking')
      .getByRole('button', { name: /Cambodia/ })
      .click()
    await expect(page.getByTestId('detail-panel')).toContainText('Cambodia')
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('country:KHM')
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
    await expect.poll(() => new URL(page.url()).searchParams.get('oda')).toBe('net')
    // A country whose loans repaid exceeded what it received: a negative net total.
    const negative = oda.report2015.rows.find((r) => r.id !== 'ASEAN' && (r.netTotal ?? 0) < 0)
    if (!negative) throw new Error('no negative net total in oda.json')
    await expect(panel.locator(`[data-iso3="${negative.id}"] .oda-total`)).toHaveAttribute(
      'data-value',
      String(negative.netTotal),
    )
    await expect(panel).toContainText('not 0')
  })

  test('map, list and links panel counts agree through filter changes, and equal the data’s', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const filters = await openFilters(page)
    const cambodia = nameOf('KHM')
    // Each step and the filters it leaves, whose links data/ counts by the rules in ./data.
    const steps: [() => Promise<void>, Parameters<typeof visibleLinkCount>[0]][] = [
      [
        () => filters.getByRole('button', { name: 'Water supply', exact: true }).click(),
        { fields: ['water'] },
      ],
      [
        () => filters.getByRole('button', { name: cambodia, exact: true }).click(),
        { fields: ['water'], countries: ['KHM'] },
      ],
      [
        () => filters.getByRole('button', { name: 'Water supply', exact: true }).click(),
        { countries: ['KHM'] },
      ],
      [
        () => filters.getByRole('button', { name: 'Sister city', exact: true }).click(),
        { countries: ['KHM'], relations: ['sister'] },
      ],
    ]
    // The rows a reader sees (a filter's hidden rows stay mounted but are not shown or announced).
    const rows = page.getByRole('list', { name: 'Links', exact: true }).getByRole('listitem')
    const all = visibleLinkCount()
    expect((await counts(page)).map).toBe(String(all))
    await expect(rows).toHaveCount(Math.min(all, LIST_PAGE))
    for (const [step, filter] of steps) {
      const expected = visibleLinkCount(filter)
      await step()
      await expect.poll(async () => (await counts(page)).map).toBe(String(expected))
      expect((await counts(page)).list).toBe(String(expected))
      // The links panel, below the map, follows the filters once it is scrolled to.
      const panelCount = page.getByTestId('links-panel-count')
      await panelCount.scrollIntoViewIfNeeded()
      await expect(panelCount).toHaveAttribute('data-count', String(expected))
      await expect(rows).toHaveCount(Math.min(expected, LIST_PAGE))
      await expect(page.locator('.link-list .link-item:visible')).toHaveCount(Math.min(expected, LIST_PAGE))
    }
  })

  test('a filter change renders each panel at most once; the links panel, off screen, is marked busy and drawn when scrolled to', async ({
    page,
  }) => {
    await page.goto('/')
    const filters = await openFilters(page)
    await waitForPanelsSettled(page)
    const renders = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __perf: { renders: Record<string, number> } }).__perf.renders,
      }))
    const panelCount = page.getByTestId('links-panel-count')
    const all = String(visibleLinkCount())
    const waste = String(visibleLinkCount({ fields: ['waste'] }))
    expect(waste).not.toBe(all)
    await expect(panelCount).toHaveAttribute('data-count', all)
    const linksPanel = page.getByTestId('panel-cooperation-links')
    await expect(linksPanel).not.toHaveAttribute('aria-busy')
    const before = await renders()
    // Until the panels have committed and the map has drawn the change.
    await afterFilterChange(page, () => filters.getByRole('button', { name: 'Waste', exact: true }).click())
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', waste)
    const after = await renders()
    for (const panel of ['charts:gdp', 'charts:oda', 'charts:links', 'charts:timeline', 'ListPanel']) {
      expect((after[panel] ?? 0) - (before[panel] ?? 0), panel).toBeLessThanOrEqual(1)
    }
    // The links panel is below the map, off screen: it has not drawn the change yet…
    expect(await panelCount.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true)
    expect((after['charts:links'] ?? 0) - (before['charts:links'] ?? 0)).toBe(0)
    await expect(panelCount).toHaveAttribute('data-count', all)
    // …and tells assistive technology, which reads it without scrolling, that it is out of date…
    await expect(linksPanel).toHaveAttribute('aria-busy', 'true')
    // …and draws it, once, as it is scrolled to.
    await panelCount.scrollIntoViewIfNeeded()
    await expect(panelCount).toHaveAttribute('data-count', waste)
    await expect(linksPanel).not.toHaveAttribute('aria-busy')
    const shown = await renders()
    expect((shown['charts:links'] ?? 0) - (after['charts:links'] ?? 0)).toBe(1)
    await expect(linksPanel.locator('path[data-link]').first()).toBeVisible()
    // On screen, it follows the next change at once, again in one render.
    await afterFilterChange(page, () => store(page, 'toggleField', 'waste'))
    await expect(panelCount).toHaveAttribute('data-count', all)
    await expect(linksPanel).not.toHaveAttribute('aria-busy')
    const again = await renders()
    expect((again['charts:links'] ?? 0) - (shown['charts:links'] ?? 0)).toBe(1)
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
    const [from, to] = (new URL(page.url()).searchParams.get('yr') ?? '').split('-').map(Number) as [
      number,
      number,
    ]
    await expect(page.getByTestId('map-link-count')).toHaveAttribute(
      'data-count',
      String(visibleLinkCount({ yearRange: [from, to] })),
    )
    const c = await counts(page)
    expect(c.panel).toBe(c.map)
    await page.getByLabel('From').fill('1955')
    await page.getByLabel('to', { exact: true }).fill('1990')
    await page.getByLabel('to', { exact: true }).press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('yr')).toBe('1955-1990')
    await expect(page.getByTestId('timeline-range')).toContainText('1955–1990')
  })

  test('the GDP CSV holds every value the chart plots, one per row with its unit and source', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const panel = page.getByTestId('panel-gdp-per-capita')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'CSV' }).click(),
    ])
    const table = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, ''))
    const [header, ...rows] = table
    expect(header).toEqual(['country', 'iso3', 'year', 'indicator', 'value', 'unit', 'source', 'note'])
    // The whole series since 1990 for every member, not only the selected year's ranking.
    const plotted = indicators.series
      .filter((s) => s.indicator === 'gdp_per_capita_usd' && ASEAN.includes(s.iso3))
      .flatMap((s) => s.points.filter((p) => p[0] >= 1990 && p[1] !== null))
    expect(rows).toHaveLength(plotted.length)
    const sgp = rows.find((r) => r[1] === 'SGP' && r[2] === String(YEAR))
    expect(Number(sgp?.[4])).toBe(gdpIn(YEAR).get('SGP'))
    expect(sgp?.[5]).toContain('current US$')
    expect(sgp?.[6]).toMatch(/^World Bank/)
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'PNG' }).click(),
    ])
    const bytes = readFileSync(await png.path())
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(bytes.length).toBeGreaterThan(5000)
  })

  for (const id of ['gdp-per-capita', 'japan-oda', 'cooperation-links', 'timeline']) {
    test(`the ${id} SVG download carries the title, the year line, the colour key and the sources shown`, async ({
      page,
    }) => {
      await page.goto('/')
      await waitForData(page)
      const panel = page.getByTestId(`panel-${id}`)
      const title = ((await panel.getByRole('heading', { level: 2 }).textContent()) ?? '').trim()
      const subtitle = ((await panel.locator('.chart-subtitle').textContent()) ?? '').trim()
      const legend = await panel.locator('.chart-legend li').allTextContents()
      const sources = await panel.locator('.source-button').allTextContents()
      expect(sources.length).toBeGreaterThan(0)
      const text = await svgText(page, panel)
      expect(text).toContain(title)
      expect(text).toContain(subtitle)
      for (const label of legend) expect(text).toContain(label.trim())
      // The button shows "publisher · locator"; the image gives the full citation with both.
      for (const source of sources)
        for (const part of source.split(' · ')) expect(text).toContain(part.trim())
    })
  }

  test('the ODA image holds both charts and the colour key of each; the links image keeps its field key', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const oda = page.getByTestId('panel-japan-oda')
    await expect(oda.locator('.chart-legend li')).toHaveCount(3)
    const odaText = await svgText(page, oda)
    for (const part of ['Grant aid', 'Technical cooperation', 'Loans disbursed'])
      expect(odaText).toContain(part)
    // The OECD series since 2009 is part of the image, with its heading, names and source.
    expect(odaText).toContain('Since 2009: gross disbursements')
    expect(odaText).toContain('Viet Nam')
    expect(odaText).toContain('Series since 2009: OECD')
    const links = page.getByTestId('panel-cooperation-links')
    expect(await links.locator('.chart-legend li').count()).toBeGreaterThan(1)
    const linksText = await svgText(page, links)
    expect(linksText).toContain('Water supply')
    expect(linksText).toContain(`${enNumber(visibleLinkCount())} links`)
  })

  test('the links diagram: pointing at a band names it and lights it everywhere, a click opens it', async ({
    page,
  }) => {
    const { panel } = await diagramOfAFewLinks(page, 2)
    // A point on a band where that band is the topmost thing under the pointer.
    const target = await panel.evaluate((root) => {
      for (const path of root.querySelectorAll<SVGPathElement>('path[data-link]')) {
        const m = path.getScreenCTM()
        if (!m) continue
        for (const f of [0.5, 0.3, 0.7, 0.15, 0.85]) {
          const p = path.getPointAtLength(path.getTotalLength() * f)
          const x = m.a * p.x + m.c * p.y + m.e
          const y = m.b * p.x + m.d * p.y + m.f
          if (document.elementFromPoint(x, y) === path) return { id: path.dataset.link ?? '', x, y }
        }
      }
      return null
    })
    if (!target) throw new Error('no band can be pointed at on its own')
    const band = panel.locator(`path[data-link="${target.id}"]`)
    const hover = () => hoverOf(page)
    await page.mouse.move(target.x, target.y)
    // Its tooltip names both ends; the link is lit everywhere (the page's one hover).
    await expect(band.locator('title')).toHaveText(/ → /)
    await expect.poll(hover).toEqual({ kind: 'link', id: target.id })
    // Off the band, the highlight goes.
    const corner = await panel.boundingBox()
    if (!corner) throw new Error('the links panel has no box')
    await page.mouse.move(corner.x + 4, corner.y + 4)
    await expect.poll(hover).toBeNull()
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`link:${target.id}`)
    await expect(page.getByTestId('detail-panel')).toBeVisible()
  })

  test('the links diagram by keyboard: Tab reaches its bands once, arrows move among them and light each, Enter opens one', async ({
    page,
  }) => {
    const { bands } = await diagramOfAFewLinks(page, 3)
    const ids = await bands.evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).dataset.link ?? ''))
    const focusedBand = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.link ?? null)
    const hover = () => hoverOf(page)
    // Tab from the panel before it (the ODA chart's last control) lands on the first band.
    await page.getByTestId('panel-japan-oda').getByRole('button').last().focus()
    await page.keyboard.press('Tab')
    expect(await focusedBand(), 'Tab reaches a band of the diagram').toBe(ids[0])
    await expect.poll(hover).toEqual({ kind: 'link', id: ids[0] })
    // The arrows move to the next band, which is lit everywhere as when pointed at; End to the last.
    await page.keyboard.press('ArrowDown')
    expect(await focusedBand()).toBe(ids[1])
    await expect.poll(hover).toEqual({ kind: 'link', id: ids[1] })
    await page.keyboard.press('End')
    expect(await focusedBand()).toBe(ids.at(-1))
    await page.keyboard.press('ArrowUp')
    expect(await focusedBand()).toBe(ids.at(-2))
    // The bands are one stop: Tab leaves them (and the highlight goes); Shift+Tab comes back to the
    // band last focused.
    await page.keyboard.press('Tab')
    expect(ids).not.toContain(await focusedBand())
    await expect.poll(hover).toBeNull()
    await page.keyboard.press('Shift+Tab')
    expect(await focusedBand()).toBe(ids.at(-2))
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`link:${ids.at(-2)}`)
    await expect(page.getByTestId('detail-panel')).toBeVisible()
  })

  test('the links panel names the sources of the links it shows; its CSV gives each row its own source', async ({
    page,
  }) => {
    const publisher = (ref: string) => sources.sources.find((x) => x.id === ref)?.publisher.en ?? ref
    const shownSources = async () =>
      (await page.getByTestId('panel-cooperation-links').locator('.source-button').allTextContents()).sort()
    await page.goto('/')
    await waitForData(page)
    const everyRef = [...new Set(links.map((l) => l.source.ref))]
    await expect.poll(shownSources).toEqual(everyRef.map(publisher).sort())

    await page.goto('/?c=KHM')
    await waitForData(page)
    const panel = page.getByTestId('panel-cooperation-links')
    await expect(panel.getByTestId('links-panel-count')).toHaveAttribute(
      'data-count',
      String(visibleLinkCount({ countries: ['KHM'] })),
    )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'CSV' }).click(),
    ])
    const [header = [], ...rows] = parseCsv(
      readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, ''),
    )
    expect(rows).toHaveLength(Number(await panel.getByTestId('links-panel-count').getAttribute('data-count')))
    const col = (name: string) => header.indexOf(name)
    for (const row of rows) {
      const link = links.find((l) => l.id === row[col('link_id')])
      expect(link, row[0]).toBeDefined()
      expect(row[col('source')]?.startsWith(publisher(link?.source.ref ?? ''))).toBe(true)
      expect(row[col('source_url')]).toBe(link?.source.url ?? '')
      // Every field of the link, not only its first.
      expect(row[col('fields')]?.split('; ').length).toBeGreaterThanOrEqual(link?.fields.length ?? 0)
    }
    // The source line names exactly the sources of those rows: here more than the report alone.
    const refs = [
      ...new Set(rows.map((r) => links.find((l) => l.id === r[col('link_id')])?.source.ref ?? '')),
    ]
    expect(refs.length).toBeGreaterThan(1)
    await expect.poll(shownSources).toEqual(refs.map(publisher).sort())
  })

  test('when the filters leave no link, the links panel says so in either language', async ({ page }) => {
    // A country and a field with no link between them in data/ (a year range before any link, else).
    const fields = ['water', 'sewerage', 'waste', 'health', 'tourism', 'industry']
    const none = ASEAN.flatMap((c) => fields.map((f) => [c, f] as const)).find(
      ([c, f]) => visibleLinkCount({ countries: [c], fields: [f] }) === 0,
    )
    const query = none ? `c=${none[0]}&field=${none[1]}` : 'yr=1950-1950'
    expect(none ? 0 : visibleLinkCount({ yearRange: [1950, 1950] })).toBe(0)
    await page.goto(`/?${query}`)
    await waitForData(page)
    const panel = page.getByTestId('panel-cooperation-links')
    await expect(panel.getByTestId('links-panel-count')).toHaveAttribute('data-count', '0')
    await expect(panel.getByRole('status')).toHaveText('No links match the current filters.')
    await expect(panel.locator('svg.chart')).toHaveCount(0)
    await expect(panel.getByRole('button', { name: 'SVG', exact: true })).toBeDisabled()
    await page.goto(`/?${query}&lang=ja`)
    await waitForData(page)
    await expect(panel.getByRole('status')).toHaveText('現在の絞り込みに当てはまる協力関係はありません。')
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', '0')
  })
})

/** The text of every <text> in the SVG the panel's "SVG" button downloads, joined by newlines. */
async function svgText(page: Page, panel: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'SVG', exact: true }).click(),
  ])
  const xml = readFileSync(await download.path(), 'utf8')
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse')
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n')
  }, xml)
}

/** RFC 4180 rows (quoted cells with commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell || row.length) rows.push([...row, cell])
  return rows
}
