import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, executablePath } from './e2e/browser'

// Several engineers can run e2e at once on one machine: each with its own port and build folder.
// The specs run against the test build (npm run build:e2e), which carries the handles they read.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist-e2e'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The built app registers a service worker that precaches ≈ 15 MB: only the specs about offline
    // use (e2e/offline.spec.ts) let it run, so the others see the network as their routes make it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
