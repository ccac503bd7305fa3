import { test as bare } from '@playwright/test'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../vite.config'
import { expect, test } from './fixtures'

// The preview server sends what the README asks a host to send: another origin cannot frame the app,
// files are not MIME-sniffed, and the policy is a header as well as the meta tag.
test('the built app is served with the security headers, on the page and on its data', async ({
  request,
}) => {
  for (const path of ['/', '/data/links.json', '/geo/countries.geojson']) {
    const response = await request.get(path)
    expect(response.ok(), path).toBe(true)
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toBe(SECURITY_HEADERS['Content-Security-Policy'])
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).toContain(CONTENT_SECURITY_POLICY)
    expect(headers['x-content-type-options'], path).toBe('nosniff')
  }
})

// Without the guard fixture: Chromium reports the refused frame as an error, which is the point.
bare('another origin cannot frame the app', async ({ page, baseURL }) => {
  // A page that frames the app: frame-ancestors 'none' refuses every parent (this one is even on the
  // same origin, so nothing but the header can refuse it), and Chromium shows its error page instead.
  await page.route(`${baseURL}/framing-test`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}/" id="f"></iframe>` }),
  )
  // The load event waits for the frame: by then it holds either the app or Chromium's error page.
  await page.goto(`${baseURL}/framing-test`, { waitUntil: 'load' })
  const frame = page.frames().find((f) => f !== page.mainFrame())
  expect(frame?.url()).not.toBe(`${baseURL}/`)
  expect(frame?.url()).toMatch(/^chrome-error:/)
})
