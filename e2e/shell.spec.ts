import { mapWords, membersIn } from './data'
import { expect, test, waitForData } from './fixtures'

test.describe('app shell', () => {
  test('loads the built app in English, counts the ASEAN members of the year shown from the data', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForData(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan–ASEAN Municipal Cooperation')
    const year = Number(await page.getByTestId('year-value').textContent())
    await expect(page.getByTestId('asean-count')).toHaveText(
      `${membersIn(year)} ASEAN member states in ${year}`,
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    // Membership by year: Timor-Leste joined in 2025, so a view of 2015 counts one fewer.
    await page.getByRole('slider', { name: /^Year shown/ }).fill('2015')
    await expect(page.getByTestId('asean-count')).toHaveText(`${membersIn(2015)} ASEAN member states in 2015`)
  })

  for (const [where, path] of [
    ['the header', '/'],
    ['a briefing’s toolbar', '/?mode=present'],
  ] as const)
    test(`draws the 日本語 button of ${where} in its own Japanese face before the Japanese fonts are attached`, async ({
      page,
    }) => {
      // As on an English page before its first idle: the Japanese stylesheet is not there.
      await page.route('**/fonts/fonts-ja.css', (route) =>
        route.fulfill({ contentType: 'text/css', body: '' }),
      )
      await page.goto(path)
      const button = page.getByRole('button', { name: '日本語' })
      await expect(button).toBeVisible()
      await expect(button).toHaveCSS('font-family', /Noto Sans JP Lang/)
      await expect
        .poll(() => page.evaluate(() => document.fonts.check('400 16px "Noto Sans JP Lang"', '日本語')))
        .toBe(true)
    })

  test('shows a placeholder without text, named in both languages, until the app runs', async ({ page }) => {
    // The app's code never runs: every script is an empty module.
    await page.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }))
    await page.goto('/')
    const boot = page.getByRole('status')
    await expect(boot).toHaveAccessibleName(/読み込み中.*Loading/)
    await expect(boot).toHaveText('')
    await expect(boot).toBeVisible()
  })

  test('switches to Japanese and back, and the choice is in the URL', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await page.getByRole('button', { name: '日本語' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本–ASEAN 自治体国際協力')
    const year = Number(await page.getByTestId('year-value').textContent())
    await expect(page.getByTestId('asean-count')).toHaveText(
      `ASEAN加盟国 ${membersIn(year)}か国（${year}年）`,
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ja')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan–ASEAN Municipal Cooperation')
  })

  test('words MapLibre writes on the map (zoom buttons, credits, the map’s name) follow the language', async ({
    page,
  }) => {
    const check = async (lang: 'ja' | 'en') => {
      const words = mapWords(lang)
      const other = mapWords(lang === 'ja' ? 'en' : 'ja')
      await expect(page.getByRole('button', { name: words.zoomIn, exact: true })).toBeVisible()
      await expect(page.getByRole('button', { name: words.zoomOut, exact: true })).toBeVisible()
      await expect(page.getByRole('button', { name: other.zoomIn, exact: true })).toHaveCount(0)
      await expect(page.getByLabel(words.creditsToggle, { exact: true })).toHaveCount(1)
      await expect(page.getByText(words.credits, { exact: true })).toBeVisible()
      await expect(page.getByText(other.credits, { exact: true })).toHaveCount(0)
      await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(1)
      await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', words.label)
    }
    await page.goto('/?lang=ja')
    await waitForData(page)
    await check('ja')
    await page.getByRole('button', { name: 'English' }).click()
    await check('en')
  })
})

test.describe('Japanese browser', () => {
  test.use({ locale: 'ja-JP' })
  test('opens in Japanese', async ({ page }) => {
    await page.goto('/')
    await waitForData(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本–ASEAN 自治体国際協力')
    expect(new URL(page.url()).search).toBe('')
  })
})
