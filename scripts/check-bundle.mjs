#!/usr/bin/env node
// Gzip sizes of the built JS chunks, MapLibre apart from the app's own code, against the budget:
// the app code the first page load needs (index.html's entry script and its modulepreloads, minus
// MapLibre) must stay ≤ 150 kB gzip, and the MapLibre chunk must be preloaded by index.html (so it
// downloads in parallel with the app and the data, not after them).
// Usage: node scripts/check-bundle.mjs [distDir]   (default dist). Exits 1 naming the chunk over budget.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const INITIAL_APP_BUDGET = 150_000 // bytes gzip (kB as Vite prints them)

/** @param {string} dir @returns {{ chunks: {file: string, raw: number, gzip: number, maplibre: boolean, initial: boolean}[], initialApp: number, initialMaplibre: number, mapPreloaded: boolean, problems: string[] }} */
export function bundleReport(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const initialFiles = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) =>
      basename(m[1] ?? ''),
    ),
  )
  const assets = join(dir, 'assets')
  const chunks = readdirSync(assets)
    .filter((f) => /\.m?js$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(assets, file))
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        maplibre: file.startsWith('maplibre'),
        initial: initialFiles.has(file),
      }
    })
    .sort((a, b) => b.gzip - a.gzip)
  const initialApp = chunks.filter((c) => c.initial && !c.maplibre).reduce((s, c) => s + c.gzip, 0)
  const initialMaplibre = chunks.filter((c) => c.initial && c.maplibre).reduce((s, c) => s + c.gzip, 0)
  const mapPreloaded = chunks.some((c) => c.maplibre && c.initial)
  const problems = []
  if (initialApp > INITIAL_APP_BUDGET) {
    const names = chunks
      .filter((c) => c.initial && !c.maplibre)
      .map((c) => `${c.file} ${(c.gzip / 1000).toFixed(1)} kB`)
      .join(', ')
    problems.push(
      `initial app code is ${(initialApp / 1000).toFixed(1)} kB gzip, over the ${INITIAL_APP_BUDGET / 1000} kB budget: ${names}`,
    )
  }
  if (!mapPreloaded)
    problems.push('no maplibre chunk is preloaded by index.html: the map would load after the app')
  return { chunks, initialApp, initialMaplibre, mapPreloaded, problems }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist'
  const r = bundleReport(dir)
  for (const c of r.chunks)
    console.log(
      `${(c.gzip / 1000).toFixed(1).padStart(7)} kB gzip ${(c.raw / 1000).toFixed(1).padStart(8)} kB  ${c.maplibre ? 'maplibre' : 'app     '} ${c.initial ? 'initial' : 'lazy   '} ${c.file}`,
    )
  console.log(
    `initial app code ${(r.initialApp / 1000).toFixed(1)} kB gzip (budget ${INITIAL_APP_BUDGET / 1000} kB); MapLibre ${(r.initialMaplibre / 1000).toFixed(1)} kB, preloaded: ${r.mapPreloaded}`,
  )
  for (const p of r.problems) console.error(`bundle budget: ${p}`)
  process.exit(r.problems.length ? 1 : 0)
}
