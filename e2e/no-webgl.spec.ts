import { CHROMIUM_ARGS, executablePath } from './browser'
import { expect, test, waitForData } from './fixtures'

// A browser without WebGL: launch options force a worker of their own, so this lives in its own file.
test.use({
  launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] },
})

test('the map area says so; lists and details still work', async ({ page }) => {
  await page.goto('/')
  await waitForData(page)
  await expect(page.locator('.map-area').getByRole('alert')).toContainText('WebGL')
  await page.getByRole('searchbox').fill('Phnom Penh')
  await page
    .getByRole('button', { name: /Kitakyushu.*→.*Phnom Penh/ })
    .first()
    .click()
  await expect(page.getByTestId('detail-panel')).toContainText('Kitakyushu')
})
