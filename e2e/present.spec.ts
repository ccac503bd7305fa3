import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { mapWords } from './data'
import { expect, expectNoAxeViolations, test, waitForData, waitForMapIdle } from './fixtures'

// The default story and the places it names are read from data/: the test checks the page against the files.
type Text = { ja: string; en: string }
type Show = 'map' | 'gdp' | 'oda' | 'links' | 'compare'
interface StorySlide {
  id: string
  title: Text
  text: Text
  notes?: Text
  view: { show: Show; frame: { places: string[]; extent: [number, number, number, number] | null } }
}
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as T
const story = readJson<{ slides: StorySlide[] }>('stories/default.json')
const places = new Map(
  readJson<{ places: { id: string; lon: number; lat: number }[] }>('places.json').places.map((p) => [
    p.id,
    p,
  ]),
)
const slides = story.slides
const total = slides.length
const indexOf = (id: string) => slides.findIndex((s) => s.id === id)
// Present mode loads its code and the story on first use; a busy machine can take a while.
const expectSlow = expect.configure({ timeout: 45_000 })
const progress = (page: Page) => page.getByTestId('present-progress')
const slideTitle = (page: Page) => page.getByTestId('slide').getByRole('heading', { level: 2 })
const slideView = (page: Page) => page.getByTestId('slide-view')

async function cameraOf(page: Page) {
  return page.evaluate(() => {
    const map = (
      window as unknown as { __map: { getCenter(): { lng: number; lat: number }; getZoom(): number } }
    ).__map
    const c = map.getCenter()
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() }
  })
}

/** Waits until slide `i` is shown and drawn: its map framed and idle, or its chart or table drawn. */
async function expectSlideShown(page: Page, i: number, lang: 'ja' | 'en' = 'en') {
  const slide = slides[i] as StorySlide
  await expectSlow(progress(page)).toHaveText(`${i + 1} / ${total}`)
  await expectSlow(slideTitle(page)).toHaveText(slide.title[lang])
  if (slide.view.show === 'map') {
    await expectSlow(slideView(page)).toHaveAttribute('data-framed', slide.id)
    await waitForMapIdle(page)
  } else {
    await expectSlow(slideView(page).locator('svg, table').first()).toBeVisible()
  }
}

/**
 * The places of a map slide that do not project into the visible part of the map: inside the
 * map's box and under none of what covers it (the legend, the attribution, the slide's text). A
 * slide that names no places is an overview of the region: every place in places.json must be in
 * the map's box and clear of the attribution and the text (the legend in the corner of a map over
 * 1400 px wide is left out for it: the camera cannot frame the whole region clear of it; narrower,
 * the legend lies beside the map, and the framing test checks it covers none of it).
 */
async function hiddenPlaces(page: Page, slide: StorySlide): Promise<string[]> {
  const overview = slide.view.frame.places.length === 0
  const ids = overview ? [...places.keys()] : slide.view.frame.places
  const points = ids.map((id) => {
    const p = places.get(id)
    expect(p, `place ${id} of slide ${slide.id} is in places.json`).toBeDefined()
    return { id, lon: p?.lon ?? 0, lat: p?.lat ?? 0 }
  })
  return page.evaluate(
    ({ points, overview }) => {
      const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
        .__map
      const box = document.querySelector('[data-testid="map"]')?.getBoundingClientRect()
      if (!box) return ['no map']
      const covers = [
        ...document.querySelectorAll(
          `${overview ? '' : '[data-testid="map-legend"], '}.maplibregl-ctrl-attrib, [data-testid="slide"]`,
        ),
      ].map((e) => e.getBoundingClientRect())
      return points
        .filter(({ lon, lat }) => {
          const q = map.project([lon, lat])
          const x = box.left + q.x
          const y = box.top + q.y
          const inMap = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom
          const covered = covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
          return !inMap || covered
        })
        .map((p) => p.id)
    },
    { points, overview },
  )
}

/**
 * The named places of a map slide whose labels MapLibre drew cut: past an edge of the map, or under
 * the legend or the attribution. The label boxes are MapLibre's own (queryRenderedFeatures on the
 * places' label layer returns the places whose placed label meets the box asked about).
 */
async function cutLabels(page: Page, slide: StorySlide): Promise<string[]> {
  return page.evaluate((named) => {
    type Box = [[number, number], [number, number]]
    const map = (
      window as unknown as {
        __map: {
          getContainer(): HTMLElement
          queryRenderedFeatures(b: Box, o: { layers: string[] }): { properties: { id?: string } }[]
        }
      }
    ).__map
    const box = map.getContainer().getBoundingClientRect()
    const far = 1000
    const areas: Box[] = [
      [
        [-far, -far],
        [0.5, box.height + far],
      ],
      [
        [box.width - 0.5, -far],
        [box.width + far, box.height + far],
      ],
      [
        [-far, -far],
        [box.width + far, 0.5],
      ],
      [
        [-far, box.height - 0.5],
        [box.width + far, box.height + far],
      ],
      ...[...document.querySelectorAll('[data-testid="map-legend"], .maplibregl-ctrl-attrib')]
        .map((e) => e.getBoundingClientRect())
        .map(
          (r): Box => [
            [r.left - box.left, r.top - box.top],
            [r.right - box.left, r.bottom - box.top],
          ],
        ),
    ]
    const cut = new Set<string>()
    for (const area of areas)
      for (const f of map.queryRenderedFeatures(area, { layers: ['places-label'] }))
        if (f.properties.id && named.includes(f.properties.id)) cut.add(f.properties.id)
    return [...cut]
  }, slide.view.frame.places)
}

/** How much of the map the legend covers, px² (half a pixel of rounding allowed on each side). */
async function legendOverMap(page: Page, what: string): Promise<number> {
  const map = await page.getByTestId('map').boundingBox()
  const box = await page.getByTestId('map-legend').boundingBox()
  if (!map || !box) throw new Error(`${what}: no map or no legend`)
  const across = Math.min(map.x + map.width, box.x + box.width) - Math.max(map.x, box.x) - 0.5
  const down = Math.min(map.y + map.height, box.y + box.height) - Math.max(map.y, box.y) - 0.5
  return Math.max(0, across) * Math.max(0, down)
}

test.describe('briefing mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })
  // Software WebGL at 1920×1080 on a shared machine: each page load takes several seconds.
  test.setTimeout(240_000)

  test('steps through the default story with the keys; each slide has a URL; Esc leaves', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Present' }).click()
    await expectSlideShown(page, 0)
    await page.keyboard.press('ArrowRight')
    await expectSlideShown(page, 1)
    await page.keyboard.press('PageDown')
    await expectSlideShown(page, 2)
    await expect(page).toHaveURL(/[?&]slide=3(&|$)/)
    const slide3 = page.url()
    await page.keyboard.press('End')
    await expectSlideShown(page, total - 1)
    await page.keyboard.press('Home')
    await expectSlow(progress(page)).toHaveText(`1 / ${total}`)
    await page.keyboard.press('Space')
    await expectSlow(progress(page)).toHaveText(`2 / ${total}`)
    await page.keyboard.press('ArrowLeft')
    await expectSlow(progress(page)).toHaveText(`1 / ${total}`)

    // Body text is at least 20pt on a 1920×1080 screen.
    const size = await page
      .getByTestId('slide-text')
      .locator('p')
      .first()
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize))
    expect(size).toBeGreaterThanOrEqual(26.7)

    // A slide's URL opens that slide.
    await page.goto(slide3)
    await expectSlideShown(page, 2)
    await page.goto('/?mode=present&slide=6')
    await expectSlideShown(page, 5)

    await page.keyboard.press('Escape')
    await expect(
      page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Explore' }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  test('the camera flies from the Phnom Penh slide to the Cebu slide; keys during the flight coalesce', async ({
    page,
  }) => {
    const pp = indexOf('kitakyushu-phnom-penh')
    const cebu = indexOf('yokohama-metro-cebu')
    expect(pp).toBeGreaterThanOrEqual(0)
    expect(cebu).toBeGreaterThan(pp)
    await page.goto(`/?mode=present&slide=${pp + 1}`)
    await expectSlideShown(page, pp)
    const before = await cameraOf(page)
    for (let i = pp; i < cebu; i++) await page.keyboard.press('ArrowRight')
    await expectSlideShown(page, cebu)
    const after = await cameraOf(page)
    expect(Math.abs(after.lng - before.lng) + Math.abs(after.lat - before.lat)).toBeGreaterThan(1)

    // Several keys in quick succession end on the last slide asked for, camera included.
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    await expectSlideShown(page, cebu + 1)
  })

  test('Esc returns to the state presenting started from: mode, filters, selection and camera', async ({
    page,
  }) => {
    await page.goto('/?mode=compare&cmp=KHM,VNM&field=water&sel=country:KHM&ind=population&y=2010')
    await waitForData(page)
    await waitForMapIdle(page)
    await page.evaluate(() =>
      (window as unknown as { __map: { jumpTo(o: object): void } }).__map.jumpTo({
        center: [104, 13],
        zoom: 5.2,
      }),
    )
    await waitForMapIdle(page)
    const before = page.url()
    await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Present' }).click()
    await expectSlideShown(page, 0)
    await page.keyboard.press('End')
    await expectSlideShown(page, total - 1)
    await page.keyboard.press('Escape')
    const modes = page.getByRole('navigation', { name: 'Mode' })
    await expect(modes.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page).toHaveURL(before)
    await expect
      .poll(async () => {
        const c = await cameraOf(page)
        return Math.abs(c.lng - 104) < 0.05 && Math.abs(c.lat - 13) < 0.05 && Math.abs(c.zoom - 5.2) < 0.05
      })
      .toBe(true)
  })

  test('keyboard only: start presenting from the mode switch and leave with Esc', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    const present = page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Present' })
    for (let i = 0; i < 40 && !(await present.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(present).toBeFocused()
    await page.keyboard.press('Enter')
    await expectSlow(progress(page)).toHaveText(`1 / ${total}`)
    await page.keyboard.press('ArrowRight')
    await expectSlow(progress(page)).toHaveText(`2 / ${total}`)
    await page.keyboard.press('Escape')
    const explore = page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Explore' })
    await expect(explore).toHaveAttribute('aria-pressed', 'true')
    await expect(explore).toBeFocused()
  })

  test('axe finds no WCAG A/AA violations in present mode', async ({ page }) => {
    await page.goto('/?mode=present&slide=6')
    await expectSlideShown(page, 5)
    await expectNoAxeViolations(page)
  })
})

// Every slide of the default story at the four screen sizes of the issue: each place a map slide
// names lands in the visible part of the map with its label whole, and no explore control is
// shown. One page per size, stepping with the keys; 1280×720 in both languages, with a screenshot
// of every slide.
const SIZES = [
  { width: 1024, height: 768, lang: 'ja' },
  { width: 1280, height: 720, lang: 'en' },
  { width: 1280, height: 720, lang: 'ja' },
  { width: 1366, height: 768, lang: 'en' },
  { width: 1920, height: 1080, lang: 'ja' },
] as const
test.describe('framing at every size', () => {
  test.setTimeout(240_000)
  for (const size of SIZES) {
    test(`${size.width}×${size.height} (${size.lang}): every named place and its label in view, no explore control`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: size.width, height: size.height })
      await page.goto(`/?mode=present&lang=${size.lang}`)
      for (const [i, slide] of slides.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight')
        await expectSlideShown(page, i, size.lang)
        if (slide.view.show === 'map') {
          expect(await hiddenPlaces(page, slide), `slide ${i + 1} (${slide.id})`).toEqual([])
          expect(await cutLabels(page, slide), `slide ${i + 1} (${slide.id}): labels cut`).toEqual([])
          await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeHidden()
          await expect(page.locator('.map-reset')).toBeHidden()
          await expect(page.locator('.map-download')).toBeHidden()
          await expect(page.getByTestId('map-legend')).toBeVisible()
          // Up to a laptop's width the legend lies beside the map: over it, it hid half the region.
          if (size.width <= 1400)
            expect(
              await legendOverMap(page, slide.id),
              `slide ${i + 1} (${slide.id}): the legend over the map, px²`,
            ).toBe(0)
        } else {
          await expect(slideView(page).getByRole('button', { name: 'CSV' })).toBeHidden()
        }
        if (size.width === 1280)
          await page.screenshot({ path: testInfo.outputPath(`slide-${size.lang}-${i + 1}-${slide.id}.png`) })
      }
    })
  }
})

// Narrow screens: a phone held upright, a tablet held upright, a narrow window. The legend lies
// under the map (beside it in the window held wide), not over it, and is all there to read; the
// slide's places are in the map.
const NARROW = [
  { width: 390, height: 844, lang: 'en', touch: true, readLegend: true },
  // The phone in Japanese for the framing (its legend's text wraps differently, so its map differs).
  { width: 390, height: 844, lang: 'ja', touch: true, readLegend: false },
  { width: 768, height: 1024, lang: 'ja', touch: true, readLegend: true },
  { width: 800, height: 720, lang: 'en', touch: false, readLegend: true },
] as const
// The map slide that names the most places: the hardest to frame in a small map.
const busiest = slides.reduce(
  (best, s, i) =>
    s.view.show === 'map' && s.view.frame.places.length > (slides[best]?.view.frame.places.length ?? -1)
      ? i
      : best,
  slides.findIndex((s) => s.view.show === 'map'),
)
test.describe('narrow screens', () => {
  test.setTimeout(240_000)
  for (const size of NARROW) {
    test.describe(`${size.width}×${size.height} ${size.lang}`, () => {
      test.use({
        viewport: { width: size.width, height: size.height },
        isMobile: size.touch,
        hasTouch: size.touch,
      })
      test(`${size.width}×${size.height} (${size.lang}): on every map slide the legend off the map and the slide's places in view; the legend whole to read; no sideways scroll`, async ({
        page,
      }) => {
        await page.goto(`/?mode=present&lang=${size.lang}`)
        const legend = page.getByTestId('map-legend')
        // A map this small shows MapLibre's credits folded to their ⓘ, which opens them to read.
        const first = slides.findIndex((s) => s.view.show === 'map')
        for (let i = 0; i < first; i++) await page.keyboard.press('ArrowRight')
        await expectSlideShown(page, first, size.lang)
        const words = mapWords(size.lang)
        const credits = page.getByText(words.credits, { exact: true })
        await expect(credits, 'the credits over the map').toBeHidden()
        const info = page.getByLabel(words.creditsToggle, { exact: true })
        await info.click()
        await expect(credits).toBeVisible()
        await info.click()
        await expect(credits).toBeHidden()
        await page.keyboard.press('Home')
        for (const [i, slide] of slides.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight')
          await expectSlideShown(page, i, size.lang)
          if (slide.view.show !== 'map') continue
          expect(await legendOverMap(page, slide.id), `${slide.id}: the legend over the map, px²`).toBe(0)
          const map = await page.getByTestId('map').boundingBox()
          if (!map) throw new Error(`${slide.id}: no map`)
          expect(map.height, `${slide.id}: the map is not squeezed to a strip`).toBeGreaterThan(
            size.height / 5,
          )
          expect(await hiddenPlaces(page, slide), slide.id).toEqual([])
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
            `${slide.id}: sideways scroll, px`,
          ).toBeLessThanOrEqual(0)
        }
        if (!size.readLegend) return
        await page.keyboard.press('Home')
        for (let i = 0; i < busiest; i++) await page.keyboard.press('ArrowRight')
        await expectSlideShown(page, busiest, size.lang)
        // All of the legend can be read: its title, and, scrolled to, the disclosure at its foot,
        // which opens on the links' colours.
        await expect(page.getByTestId('legend-title')).toBeInViewport({ ratio: 1 })
        const links = legend.locator('summary')
        await links.scrollIntoViewIfNeeded()
        await expect(links).toBeInViewport({ ratio: 1 })
        await links.click()
        const field = legend.getByRole('listitem').last()
        await field.scrollIntoViewIfNeeded()
        await expect(field).toBeInViewport({ ratio: 1 })
      })
    })
  }
})

test.describe('my story', () => {
  test.use({ viewport: { width: 1440, height: 900 } })
  test.setTimeout(150_000)

  test('views added as slides can be reordered and deleted, and persist across a reload; a bad import changes nothing', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    const add = page.getByRole('button', { name: 'Add this view as a slide' })
    const addView = async (view: string) => {
      await add.click()
      await page.getByRole('list', { name: 'Which view to add' }).getByRole('button', { name: view }).click()
    }
    await addView('The map')
    await expect(page.getByText('Added as slide 1 of My story.')).toBeVisible()
    await addView('GDP per capita chart')
    await addView('Cooperation links diagram')
    await expect(page.getByText('Added as slide 3 of My story.')).toBeVisible()

    await page.getByRole('navigation', { name: 'Mode' }).getByRole('button', { name: 'Present' }).click()
    await page.getByRole('combobox', { name: 'Story' }).selectOption({ label: 'My story (3 slides)' })
    await expectSlow(progress(page)).toHaveText('1 / 3')
    await expectSlow(slideTitle(page)).toHaveText('View 1')
    await expectSlow(slideView(page)).toHaveAttribute('data-framed', /.+/)
    // Each slide shows the view it was saved from.
    await page.keyboard.press('ArrowRight')
    await expectSlow(slideView(page).getByRole('heading', { name: 'GDP per capita' })).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expectSlow(slideView(page).getByTestId('panel-cooperation-links')).toBeVisible()
    await page.keyboard.press('Home')

    await page.getByRole('button', { name: 'Edit my story' }).click()
    const editor = page.getByRole('dialog', { name: 'My story' })
    await editor.getByRole('button', { name: 'Move slide 3 up' }).click()
    await editor.getByRole('button', { name: 'Delete slide 1' }).click()
    const titles = editor.getByLabel('Title (English)')
    await expect(titles).toHaveCount(2)
    await expect(titles.nth(0)).toHaveValue('View 3')
    await expect(titles.nth(1)).toHaveValue('View 2')
    await titles.nth(1).fill('Cebu briefing')

    // An import with a broken slide names the slide and the field, and keeps the story as it is.
    const bad = {
      version: 1,
      id: 'x',
      title: { ja: 'x', en: 'x' },
      slides: [{ id: 'a', title: { ja: 'タイトル' }, text: { ja: 'a', en: 'a' }, sources: [], view: {} }],
    }
    await editor.getByTestId('story-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    })
    await expect(editor.getByText('broken.json was not imported; your story is unchanged.')).toBeVisible()
    await expect(editor.getByText(/Slide 1 › title\.en: missing/)).toBeVisible()
    await expect(titles).toHaveCount(2)
    await editor.getByRole('button', { name: 'Close' }).click()

    await page.reload()
    await expectSlow(progress(page)).toHaveText('1 / 2')
    await expectSlow(slideTitle(page)).toHaveText('View 3')
    await page.keyboard.press('ArrowRight')
    await expectSlow(slideTitle(page)).toHaveText('Cebu briefing')
  })
})

test.describe('a saved story that cannot be read', () => {
  test('is kept as it was and reported in the editor, to download or discard', async ({ page }) => {
    const broken = { version: 1, id: 'my-story', title: { ja: 'x', en: 'x' }, slides: [{ id: 'a' }] }
    await page.addInitScript((stored) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('jaasean:story', JSON.stringify({ state: { story: stored }, version: 1 }))
        sessionStorage.setItem('seeded', '1')
      }
    }, broken)
    await page.goto('/?mode=present')
    await page.getByRole('button', { name: 'Edit my story' }).click()
    const editor = page.getByRole('dialog', { name: 'My story' })
    const notice = editor.getByRole('alert')
    await expect(notice).toContainText('could not be read')
    await expect(notice).toContainText(/Slide 1 › title: missing/)
    const download = page.waitForEvent('download')
    await notice.getByRole('button', { name: 'Download the unreadable story (JSON)' }).click()
    const kept = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'))
    expect(kept).toEqual(broken)
    await notice.getByRole('button', { name: 'Discard it' }).click()
    await expect(editor.getByRole('alert')).toHaveCount(0)
    await page.reload()
    await page.getByRole('button', { name: 'Edit my story' }).click()
    await expect(page.getByRole('dialog', { name: 'My story' }).getByRole('alert')).toHaveCount(0)
  })
})

/** The text of every page of a PDF, read with PDF.js (its text layer, as a reader's search sees it). */
async function pdfPages(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    disableFontFace: true,
    verbosity: 0,
  }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  return pages
}

/** Each series of a chart part of a .pptx: its name and its cached values (empty for a gap). */
function chartSeries(xml: string): { name: string; values: (number | null)[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1] ?? ''
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ''
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? ''
    const values = [...val.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((v) =>
      v[1] === '' || v[1] === undefined ? null : Number(v[1]),
    )
    return { name, values }
  })
}

test.describe('take-away decks', () => {
  test.use({ viewport: { width: 1280, height: 720 } })
  test.setTimeout(420_000)

  test('the Japanese .pptx holds native charts with the data’s values; the PDF’s pages carry every title as text', async ({
    page,
  }, testInfo) => {
    const countries = readJson<{ countries: { iso3: string; asean: boolean; name: Text }[] }>(
      'countries.json',
    )
    const indicators = readJson<{
      series: { iso3: string; indicator: string; points: [number, number | null][] }[]
    }>('indicators.json')
    const oda = readJson<{ report2015: { rows: { id: string; grantAid: number | null }[] } }>('oda.json')
    await page.goto('/?mode=present&lang=ja')
    await expectSlideShown(page, 0, 'ja')

    const pptxDownload = page.waitForEvent('download', { timeout: 300_000 })
    await page.getByRole('button', { name: 'PowerPoint（.pptx）をダウンロード' }).click()
    const pptxPath = testInfo.outputPath('story-ja.pptx')
    await (await pptxDownload).saveAs(pptxPath)
    const zip = await JSZip.loadAsync(readFileSync(pptxPath))
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slideFiles).toHaveLength(total)
    for (const [i, s] of slides.entries()) {
      const xml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? ''
      expect(xml, `slide ${i + 1}`).toContain(s.title.ja)
      expect(xml).toContain('Noto Sans JP')
      // A chart slide holds native charts (a graphic frame pointing at a chart part), not a picture.
      if (s.view.show === 'gdp' || s.view.show === 'oda') expect(xml, `slide ${i + 1}`).toContain('/chart"')
      if (s.notes) {
        const notes = await zip.file(`ppt/notesSlides/notesSlide${i + 1}.xml`)?.async('string')
        expect(notes, `notes of slide ${i + 1}`).toContain(s.notes.ja.slice(0, 12))
      }
    }
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    )
    const series = charts.flatMap(chartSeries)
    // GDP per capita: each member's line holds its indicators.json values, year by year, gaps as gaps.
    const gdp = indicators.series.filter((x) => x.indicator === 'gdp_per_capita_usd')
    const years = [...new Set(gdp.flatMap((x) => x.points.map((p) => p[0])))].sort((a, b) => a - b)
    for (const c of countries.countries.filter((x) => x.asean)) {
      const line = series.find((x) => x.name === c.name.ja && x.values.length === years.length)
      const points = new Map(gdp.find((x) => x.iso3 === c.iso3)?.points ?? [])
      expect(line, `GDP line of ${c.iso3}`).toBeDefined()
      expect(line?.values).toEqual(years.map((y) => points.get(y) ?? null))
    }
    // The report's 2015 ODA: the grant aid bars hold the table's values, largest recipient first.
    const rows = oda.report2015.rows.filter((r) => r.id !== 'ASEAN')
    const grant = series.find((x) => x.name === '無償資金協力' && x.values.length === rows.length)
    expect(grant?.values.slice().sort()).toEqual(rows.map((r) => r.grantAid).sort())

    await expect(progress(page)).toHaveText(`1 / ${total}`)
    const pdfDownload = page.waitForEvent('download', { timeout: 300_000 })
    await page.getByRole('button', { name: 'PDFをダウンロード', exact: true }).click()
    const pdfPath = testInfo.outputPath('story-ja.pdf')
    await (await pdfDownload).saveAs(pdfPath)
    const pages = await pdfPages(pdfPath)
    expect(pages).toHaveLength(total)
    for (const [i, s] of slides.entries()) expect(pages[i], `page ${i + 1}`).toContain(s.title.ja)
  })
})
