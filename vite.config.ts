import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { fingerprint } from './src/data/fingerprint'
import { DATA_FILE_NAMES } from './src/data/schema-files'

// The Content Security Policy the built app ships with (see README for the HTTP header form).
// MapLibre runs its worker from a same-origin module file; blob: is allowed for its fallback.
// style-src needs 'unsafe-inline' because MapLibre and React position elements with inline styles.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * The HTTP headers a host should send with every file of the build (README, Security): the same
 * policy as the meta tag plus what only a header can say.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

// Only in the production build: Vite's dev server injects inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

// The JSON the first screen fetches, requested by index.html itself: the downloads overlap the
// parsing of the JavaScript instead of starting after React's first render. `crossorigin` makes
// the preload match the app's fetch() (CORS mode, same-origin credentials), so nothing is fetched twice.
const PRELOAD_JSON = [
  'data/countries.json',
  'data/places.json',
  'data/links.json',
  'data/projects.json',
  'data/indicators.json',
  'data/oda.json',
  'data/schemes.json',
  'data/events.json',
  'data/sources.json',
  'fonts/font-faces.json',
  'geo/countries.geojson',
  'geo/country-labels.geojson',
]
function preloadJson(): Plugin {
  let base = './'
  return {
    name: 'preload-json',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: () =>
      PRELOAD_JSON.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
  }
}

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url))

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }
/**
 * The first load's modules, found once per chunking pass (keyed by the entry's module info, which
 * Rolldown reuses within a pass) instead of walking the graph again for every module asked about.
 */
const initialSets = new WeakMap<object, Set<string>>()
/**
 * Whether a module is part of the first page load: reached from the entry by static imports only.
 * Rolldown would otherwise cut that code into as many chunks as there are sets of lazy chunks
 * sharing it (15 files for the first load), and the browser fetches 6 at a time over HTTP/1.1: the
 * data files waited behind them. In one chunk it is also ≈ 3 kB smaller gzipped.
 */
function isInitial(id: string, ctx: ModuleGraph) {
  const entry = ctx.getModuleInfo(ENTRY)
  if (!entry) return false
  let initial = initialSets.get(entry)
  if (!initial) {
    initial = new Set<string>()
    const stack = [ENTRY]
    while (stack.length) {
      const next = stack.pop() as string
      if (initial.has(next)) continue
      initial.add(next)
      stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []))
    }
    initialSets.set(entry, initial)
  }
  return initial.has(id)
}

/**
 * The fingerprints of data/*.json as this build ships them (`npm run build` validates them first with
 * check:data): the app skips validating a fetched file that still has its fingerprint
 * (src/data/fingerprint.ts). Read when the config loads; the dev server's edits simply miss.
 */
function dataFingerprints(): Record<string, string> {
  const dir = fileURLToPath(new URL('./data/', import.meta.url))
  return Object.fromEntries(
    DATA_FILE_NAMES.map((name) => [name, fingerprint(readFileSync(`${dir}${name}`, 'utf8'))]),
  )
}

/**
 * The test build (`vite build --mode e2e`, or any build with E2E_DIST set, as the e2e and the
 * benchmark make it) carries the handles they drive the page through: window.__store, __map and
 * __perf (shared/debug-handles.ts). The production build has none of them.
 */
const testBuild = (mode: string) => mode === 'e2e' || mode === 'test' || process.env.E2E_DIST !== undefined

/**
 * Offline at the venue: a service worker (Workbox, generated at build time) precaches everything the
 * built folder holds, the app's lazy chunks, the MapLibre worker, data, shapes and fonts (the PDF's too), so after
 * one visit the app starts with no network. A new build is fetched in the background when online
 * and waits until the user reloads or next opens the app (registerType 'prompt': a briefing is never
 * reloaded under the presenter); features/offline registers it after the first screen and says so.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by features/offline once the first screen is drawn, not by a script in index.html.
    injectRegister: false,
    manifest: {
      name: '日本–ASEAN 自治体国際協力ダッシュボード | Japan–ASEAN Municipal Cooperation',
      short_name: 'Japan–ASEAN',
      lang: 'ja',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b3d5c',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,json,geojson,woff,woff2,svg,webmanifest}'],
      // MapLibre's chunk is ≈ 1 MB; the gazetteer for imports ≈ 0.6 MB.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Any address of the app (?mode=present&slide=3, …) opens the precached page.
      navigateFallback: 'index.html',
      // Data files are fetched with a query-free URL; a cache-busting query would miss the cache.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // The first visit's page is served by the worker as soon as it is active, so what it loads
      // later (the Japanese fonts, a mode's code) comes from the cache when the network drops
      // before a reload. Updates still wait for the user's "Reload" (registerType: 'prompt').
      clientsClaim: true,
    },
  })
}

export default defineConfig(({ mode }) => ({
  // Relative: the built folder works under any path (a static host's project page, an intranet
  // folder such as /dash/): every asset, data, font and worker address is resolved from the page.
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadJson(), offline()],
  define: {
    __DEBUG_HANDLES__: JSON.stringify(testBuild(mode)),
    __DATA_FINGERPRINTS__: JSON.stringify(dataFingerprints()),
  },
  // `@/layer/…` names a module of another layer of src/ (see docs/ARCHITECTURE.md) and `@test/…` a
  // unit tests' helper or fixture; a relative path stays inside its own folder, so the linter can
  // tell the layers apart by the import alone.
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      '@test/': fileURLToPath(new URL('./test/', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // MapLibre is most of the bytes: its own chunk, so app code is measured apart.
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            // The rest of the first load's code in one chunk (see isInitial).
            { name: (id, ctx) => (isInitial(id, ctx) ? 'app' : null), debugName: 'app', priority: 1 },
          ],
        },
      },
    },
  },
  // `npm run preview` serves the build as a host should: the policy as a header too (a meta tag
  // cannot carry frame-ancestors), no framing by other origins, no MIME sniffing.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A bound, not a measure: the property tests and the data directory check take a few seconds
    // alone and more on a busy 2-core machine, where 5 s cut them off.
    testTimeout: 30_000,
  },
}))
