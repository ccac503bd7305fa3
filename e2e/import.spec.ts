import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForData, waitForMapIdle } from './fixtures'

// These tests import, reload and run axe several times each: on a shared machine they need more
// than the default minute.
test.describe.configure({ timeout: 180_000 })

const MIXED = new URL('./fixtures/import-mixed.csv', import.meta.url).pathname
const curatedLinks = JSON.parse(readFileSync(new URL('../data/links.json', import.meta.url), 'utf8')).links
  .length

async function linkCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('map-link-count').getAttribute('data-count'))
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: /^Your data/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Add your own links and projects' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.describe('bring your own projects', () => {
  test('a file with good and bad rows: good rows join the map and list, bad rows are reported; survives reload; removable', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const before = await linkCount(page)
    expect(before).toBe(curatedLinks)
    const dialog = await openImport(page)
    await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles(MIXED)
    await expect(dialog.getByTestId('import-ok')).toHaveAttribute('data-count', '4')
    await expect(dialog.getByTestId('import-result')).toContainText(
      '4 rows imported. 3 rows were not imported',
    )
    const problems = dialog.getByTestId('import-problems').getByRole('listitem')
    await expect(problems).toHaveText([
      'Row 6, column partner_city: ‘Pnom Penh’ was not found; did you mean Phnom Penh?',
      /^Row 7, column jp_place: ‘Fuchu City’ matches several places .*Tokyo.*add jp_prefecture or coordinates$/,
      /^Row 8, column relation: ‘cousins’ is not a relation/,
    ])

    // Accessible with the problem list on screen.
    await expectNoAxeViolations(page)

    await dialog.getByRole('button', { name: 'Close' }).first().click()
    await expect(page.getByTestId('map-link-count')).toHaveAttribute('data-count', String(before + 4))
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(before + 4))
    await waitForMapIdle(page)
    await page.getByRole('searchbox').fill('Sapporo')
    const item = page.getByRole('button', { name: /^Sapporo City → Cebu City Friendship · 2019/ })
    await expect(item).toBeVisible()
    await item.click()
    await expect(page.getByTestId('detail-panel')).toContainText('import-mixed.csv')

    // Kept in this browser: still there after a reload.
    await page.reload()
    await waitForData(page)
    await expect(page.getByTestId('map-link-count')).toHaveAttribute('data-count', String(before + 4))
    await expect(page.getByRole('button', { name: 'Your data (4)' })).toBeVisible()

    // Export again as CSV, then remove.
    const again = await openImport(page)
    await expect(again.getByTestId('import-current')).toContainText(
      'import-mixed.csv — links: 4, projects: 1',
    )
    const download = page.waitForEvent('download')
    await again.getByRole('button', { name: 'Export as CSV' }).click()
    const exported = readFileSync((await (await download).path()) as string, 'utf8')
    expect(exported.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^jp_place,jp_prefecture,partner_city/)
    expect(exported).toContain('札幌市')
    expect(exported).toContain('-8.5069')
    await again.getByRole('button', { name: 'Remove my data' }).click()
    await expect(again.getByRole('status')).toContainText('Your data was removed.')
    await again.getByRole('button', { name: 'Close' }).first().click()
    await expect(page.getByTestId('map-link-count')).toHaveAttribute('data-count', String(before))
    await page.reload()
    await waitForData(page)
    await expect(page.getByTestId('map-link-count')).toHaveAttribute('data-count', String(before))
  })

  test('saved records that cannot be read are kept and reported, the readable ones shown', async ({
    page,
  }) => {
    const place = {
      id: 'mine-kh',
      name: { ja: 'x', en: 'x' },
      country: 'KHM',
      level: 'city',
      lat: 11.5,
      lon: 104.9,
      source: { ref: 'user-import' },
    }
    const jp = {
      ...place,
      id: 'mine-jp',
      country: 'JPN',
      prefecture: { ja: '東京都', en: 'Tokyo' },
      lat: 35.7,
      lon: 139.7,
    }
    const link = {
      id: 'mine-1',
      jp: 'mine-jp',
      asean: 'mine-kh',
      relation: 'sister',
      year: 2019,
      fields: ['water'],
      confidence: 'high',
      source: { ref: 'user-import' },
    }
    const stored = {
      places: [place, jp],
      links: [link, { id: 'broken' }],
      projects: [],
      fileName: 'mine.csv',
    }
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('jaasean:imported', JSON.stringify({ state: value, version: 1 }))
        sessionStorage.setItem('seeded', '1')
      }
    }, stored)
    await page.goto('/')
    await waitForData(page)
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(curatedLinks + 1))
    const dialog = await openImport(page)
    await expect(dialog.getByRole('alert')).toContainText('could not be read')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download the unreadable data (JSON)' }).click()
    expect(JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'))).toEqual(stored)
    await dialog.getByRole('button', { name: 'Discard it' }).click()
    await expect(dialog.getByRole('alert')).toHaveCount(0)
  })

  test('templates download with English and Japanese headers', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    const dialog = await openImport(page)
    for (const [name, first] of [
      ['Template (English headers)', 'jp_place,jp_prefecture,partner_city,partner_country,relation'],
      ['Template (Japanese headers)', '日本側自治体,都道府県,ASEAN側都市,ASEAN側国,関係'],
    ] as const) {
      const download = page.waitForEvent('download')
      await dialog.getByRole('button', { name }).click()
      const file = await download
      expect(file.suggestedFilename()).toMatch(/^import-template-(en|ja)\.csv$/)
      const text = readFileSync((await file.path()) as string, 'utf8').replace(/^\uFEFF/, '')
      expect(text.startsWith(first)).toBe(true)
      expect(text.trim().split('\r\n')).toHaveLength(4)
    }
  })

  test('10,000 rows import with progress shown while the page stays responsive', async ({ page }) => {
    const jp = ['Kitakyushu City', 'Yokohama City', 'Osaki Town', 'Takasaki City', 'Fukuoka City']
    const asean = ['Phnom Penh,KHM', 'Cebu City,PHL', 'Depok,IDN', 'Da Nang,VNM', 'Bangkok,THA']
    const lines = ['jp_place,partner_city,partner_country,relation,year,fields,note']
    for (let i = 0; i < 10_000; i++) {
      lines.push(`${jp[i % 5]},${asean[(i * 7) % 5]},sister,${1990 + (i % 30)},exchange,row ${i + 2}`)
    }
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const before = await linkCount(page)
    const dialog = await openImport(page)
    // What the page went through, observed from inside it: each value the progress bar took, the
    // animation frames that ran while it was shown, the order in which the dialog, the panels and
    // the map took the rows, and (logged for the record, not asserted) the longest gap between
    // frames while the file is read and while the app takes the rows in.
    await page.evaluate((before) => {
      const probe = {
        gaps: { read: 0, commit: 0 },
        progress: [] as number[],
        framesWhileReading: 0,
        dialogBeforePanels: false,
        panelsBeforeMapDrawn: false,
        watch: true,
      }
      ;(window as unknown as { __probe: typeof probe }).__probe = probe
      const seen = (selector: string) => document.querySelector(selector) !== null
      let last = performance.now()
      const tick = (now: number) => {
        const phase = seen('[data-testid="import-saving"], [data-testid="import-ok"]') ? 'commit' : 'read'
        probe.gaps[phase] = Math.max(probe.gaps[phase], now - last)
        last = now
        if (seen('[data-testid="import-progress"] progress[value]')) probe.framesWhileReading++
        if (probe.watch) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      // Mutation records are delivered at the end of the task that made them: what this sees
      // together was done in one task.
      new MutationObserver(() => {
        const value = document
          .querySelector('[data-testid="import-progress"] progress')
          ?.getAttribute('value')
        if (value != null && Number(value) !== probe.progress.at(-1)) probe.progress.push(Number(value))
        const mine = document.querySelector('[data-testid="import-current"]')?.getAttribute('data-count')
        const listed = document.querySelector('[data-testid="list-link-count"]')?.getAttribute('data-count')
        const drawing = seen('[data-testid="import-saving"]')
        if (mine === '10000' && listed === String(before)) probe.dialogBeforePanels = true
        if (listed === String(before + 10_000) && drawing) probe.panelsBeforeMapDrawn = true
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    }, before)
    const started = Date.now()
    await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({
      name: 'ten-thousand.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    })
    await expect(dialog.getByTestId('import-ok')).toHaveAttribute('data-count', '10000', { timeout: 60_000 })
    // "Adding your rows to the map…" stays until the map has drawn them.
    await expect(dialog.getByTestId('import-saving')).toBeHidden({ timeout: 60_000 })
    const elapsed = Date.now() - started
    const probe = await page.evaluate(() => {
      const w = window as unknown as {
        __probe: {
          gaps: { read: number; commit: number }
          progress: number[]
          framesWhileReading: number
          dialogBeforePanels: boolean
          panelsBeforeMapDrawn: boolean
          watch: boolean
        }
      }
      w.__probe.watch = false
      return w.__probe
    })
    console.log(
      `10,000 rows: ${elapsed} ms in all; longest frame gap while reading ${Math.round(probe.gaps.read)} ms, while the app takes the rows in ${Math.round(probe.gaps.commit)} ms; progress ${probe.progress.join(' → ')}; ${probe.framesWhileReading} frames while reading`,
    )
    // The file is read in chunks with the page drawing in between: the bar moved forward step by
    // step, and frames ran while it did. Read in one block, it would show one value at most.
    expect(probe.progress.length).toBeGreaterThanOrEqual(3)
    expect(probe.progress).toEqual([...probe.progress].sort((a, b) => a - b))
    expect(new Set(probe.progress).size).toBe(probe.progress.length)
    expect(probe.framesWhileReading).toBeGreaterThanOrEqual(3)
    // Taking the rows in is split too: the dialog showed them in one task and the panels in a
    // later one (not one block with the store update), and the panels had them while the
    // "adding to the map" status was still up.
    expect(probe.dialogBeforePanels).toBe(true)
    expect(probe.panelsBeforeMapDrawn).toBe(true)
    await dialog.getByRole('button', { name: 'Close' }).first().click()
    await expect(page.getByTestId('map-link-count')).toHaveAttribute('data-count', String(before + 10_000))
    await expect(page.getByTestId('list-link-count')).toHaveAttribute('data-count', String(before + 10_000))
    await waitForMapIdle(page)
  })
})

test.describe('about the data', () => {
  test('lists every dataset with coverage computed from the data', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('button', { name: 'About the data' }).click()
    const dialog = page.getByRole('dialog', { name: 'About the data' })
    await expect(dialog).toBeVisible()
    for (const heading of [
      'Municipal links',
      'Projects',
      'Economic and population indicators',
      'Japan’s official development assistance (ODA)',
      'Map and boundaries',
      'Places and coordinates',
      'Place names for importing your own data',
    ]) {
      await expect(dialog.getByRole('heading', { name: heading })).toBeVisible()
    }
    await expect(dialog.getByTestId('about-links-total')).toHaveAttribute('data-count', String(curatedLinks))
    await expect(dialog.getByTestId('about-links-total')).toContainText(`${curatedLinks} links`)
    await expect(dialog.getByTestId('about-links')).toContainText('not CLAIR’s full register')
    await expect(dialog.getByTestId('about-oecd')).toContainText('constant 2022 US$')
    await expect(dialog.getByTestId('about-map')).toContainText('Northern Territories')
    await expectNoAxeViolations(page)
  })
})

test.describe('map download', () => {
  test('the map downloads as a PNG with its legend and sources', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await waitForMapIdle(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download map (PNG)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^map-.+\.png$/)
    const bytes = readFileSync((await file.path()) as string)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(30_000)
    // IHDR: width and height (big-endian) at bytes 16–23; taller than the map for the legend.
    const mapBox = await page.getByTestId('map').boundingBox()
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(mapBox?.width ?? 0))
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(Math.floor(mapBox?.height ?? 0) + 100)
    await expect(page.getByRole('status').filter({ hasText: /^Saved map-/ })).toBeVisible()
  })
})
