// Builds the static assets the app serves from its own origin, so nothing is fetched elsewhere:
// - public/geo/countries.geojson: Natural Earth 50m (npm world-atlas 2.0.2, public domain),
//   cropped to East and South-East Asia and simplified. 50m, not 110m: Singapore is absent at 110m.
//   The Northern Territories are drawn as Japan, as Japanese official maps draw them (japanese-view.mjs).
// - public/fonts/: Noto Sans and Noto Sans JP woff2 subsets (npm @fontsource, OFL), the Japanese the
//   app ships merged from them into one file per weight (npm fonteditor-core), fonts.css and
//   fonts-ja.css for the page and font-faces.json for MapLibre's style `font-faces` (glyphs drawn locally).
// - public/data/: the curated dataset in data/, copied as is (the app validates it at run time).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { geoArea, geoCentroid } from 'd3-geo'
import { countryShapes, SHAPES_SOURCE } from './country-shapes.mjs'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const pub = join(root, 'public')

const require = createRequire(import.meta.url)
const round = (x) => Math.round(x * 1000) / 1000

function buildGeo() {
  const { countries, features } = countryShapes(
    JSON.parse(readFileSync(join(root, 'data/countries.json'), 'utf8')).countries,
  )
  mkdirSync(join(pub, 'geo'), { recursive: true })
  const out = {
    type: 'FeatureCollection',
    // Attribution travels with the file.
    source: SHAPES_SOURCE,
    features,
  }
  writeFileSync(join(pub, 'geo/countries.geojson'), JSON.stringify(out))
  // One label point per ASEAN country and Japan: the centroid of its largest part.
  const labels = features
    .filter((f) => f.properties.role !== 'other')
    .map((f) => {
      const c = countries.find((x) => x.iso3 === f.properties.iso3)
      const parts = f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
      const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a))
      return {
        type: 'Feature',
        properties: { iso3: c.iso3, name_ja: c.name.ja, name_en: c.name.en },
        geometry: { type: 'Point', coordinates: geoCentroid(largest).map(round) },
      }
    })
  writeFileSync(
    join(pub, 'geo/country-labels.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: labels }),
  )
  return features.length
}

function parseFontCss(cssPath, weight) {
  const css = readFileSync(cssPath, 'utf8')
  const faces = []
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1]
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1]
    if (file && range && family) faces.push({ family, weight, file, range: range.trim() })
  }
  return faces
}

async function buildFonts() {
  const dir = join(pub, 'fonts')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const faces = []
  for (const pkg of ['@fontsource/noto-sans', '@fontsource/noto-sans-jp']) {
    const base = dirname(require.resolve(`${pkg}/package.json`))
    for (const weight of [400, 700]) {
      for (const f of parseFontCss(join(base, `${weight}.css`), weight)) {
        copyFileSync(join(base, 'files', f.file), join(dir, f.file))
        faces.push(f)
      }
    }
  }
  const face = (f, range) =>
    `@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};src:url(./${f.file}) format('woff2');unicode-range:${range}}`
  const css = (family) =>
    faces
      .filter((f) => f.family === family)
      .map((f) => face(f, f.range))
      .join('\n')
  // Two stylesheets: index.html links Noto Sans (4 kB); Noto Sans JP's 240 subset faces (187 kB)
  // are attached by the app (src/app/fonts.ts), since a stylesheet in <head> holds back every
  // script until it is parsed. An English page still shows Japanese at once: the language button's
  // 日本語. fonts.css gives it Noto Sans JP's faces for just those characters, under a family of its
  // own ('Noto Sans JP Lang', global.css) so that their arrival re-lays out that button and not
  // every text of the page. Without it the button showed blank boxes on a system without Japanese
  // fonts, after layout had searched every system font for them.
  const early = [...new Set(JSON.parse(readFileSync(join(root, 'src/i18n/en.json'), 'utf8')).lang.ja)]
  const earlyFaces = faces
    .filter((f) => f.family === 'Noto Sans JP')
    .flatMap((f) => {
      const chars = early.filter((c) => rangeCovers(f.range, c.codePointAt(0)))
      const range = chars.map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(',')
      return chars.length ? [face({ ...f, family: 'Noto Sans JP Lang' }, range)] : []
    })
  writeFileSync(join(dir, 'fonts.css'), `${css('Noto Sans')}\n${earlyFaces.join('\n')}\n`)
  // The shipped Japanese last: of faces whose ranges overlap, the browser tries the last one first.
  const shipped = await buildShippedJapaneseFonts(faces, dir)
  writeFileSync(
    join(dir, 'fonts-ja.css'),
    `${css('Noto Sans JP')}\n${shipped.map((f) => face(f, f.range)).join('\n')}\n`,
  )
  // MapLibre style `font-faces`: one stack per weight, Latin first, then the shipped Japanese in one
  // file, then every Japanese subset (for names an import brings); each file is only downloaded when
  // a label needs a code point in its range, and MapLibre draws a code point with the first file
  // whose range covers it.
  const stack = (weight) => {
    const own = faces.filter((f) => f.weight === weight)
    const latin = own.filter((f) => f.family === 'Noto Sans')
    const ja = own.filter((f) => f.family === 'Noto Sans JP')
    return [...latin, ...shipped.filter((f) => f.weight === weight), ...ja].map((f) => ({
      url: `fonts/${f.file}`,
      'unicode-range': f.range.split(',').map((r) => r.trim()),
    }))
  }
  writeFileSync(
    join(dir, 'font-faces.json'),
    JSON.stringify({ 'Noto Sans Regular': stack(400), 'Noto Sans Bold': stack(700) }),
  )
  buildPdfFonts(faces)
  return faces.length
}

/** Whether a unicode-range value ('U+4E00-4E0F, U+3000') covers the code point. */
const rangeCovers = (range, cp) =>
  range.split(',').some((r) => {
    const [a, b = a] = r.trim().slice(2).split('-')
    return Number.parseInt(a, 16) <= cp && cp <= Number.parseInt(b, 16)
  })

/** CJK symbols and punctuation, the katakana middle dot and the full- and half-width forms. */
const isPunctuation = (cp) =>
  (cp >= 0x3000 && cp <= 0x303f) || cp === 0x30fb || (cp >= 0xff00 && cp <= 0xffef)

/** Every text the app ships in Japanese: the dataset in data/ (its stories too) and the messages. */
function shippedJapanese() {
  const texts = []
  const walk = (path, keep) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name)
      if (entry.isDirectory()) walk(child, keep)
      else if (keep(entry.name)) texts.push(readFileSync(child, 'utf8'))
    }
  }
  walk(join(root, 'data'), (name) => name.endsWith('.json'))
  walk(join(root, 'src'), (name) => name === 'ja.json' || name.endsWith('.ja.json'))
  return texts.join('')
}

/**
 * The Japanese the app ships (shippedJapanese) in one file per weight, merged from the Noto Sans
 * JP subsets that hold its glyphs. A Japanese page downloaded and registered ≈ 120 subset files
 * while its first view assembled, ≈ 75 for the page's text and ≈ 45 for the map's labels (0.85 s
 * of a load on the benchmark's machine; BENCHMARKS.md). The subsets stay for what this file lacks:
 * names an import brings, numbers as Intl writes them.
 */
async function buildShippedJapaneseFonts(faces, dir) {
  const { Font, woff2 } = require('fonteditor-core')
  await woff2.init()
  const text = shippedJapanese()
  const out = []
  for (const weight of [400, 700]) {
    const own = faces.filter((f) => f.weight === weight)
    const latin = own.filter((f) => f.family === 'Noto Sans')
    const ja = own.filter((f) => f.family === 'Noto Sans JP')
    // What the Latin files draw stays theirs, and so does the Japanese punctuation: the merge keeps
    // outlines but not the layout tables with which the browser sets 、「」（）・ half-width where
    // two meet. The rest comes from the Japanese subset that holds it.
    const bySubset = new Map()
    for (const cp of new Set([...text].map((c) => c.codePointAt(0)))) {
      if (latin.some((f) => rangeCovers(f.range, cp)) || isPunctuation(cp)) continue
      const subset = ja.find((f) => rangeCovers(f.range, cp))
      if (subset) bySubset.set(subset, [...(bySubset.get(subset) ?? []), cp])
    }
    let merged = null
    for (const [subset, cps] of bySubset) {
      const font = Font.create(readFileSync(join(dir, subset.file)), {
        type: 'woff2',
        subset: cps,
        hinting: false,
        kerning: false,
      })
      if (merged) merged.merge(font, { scale: 1 })
      else merged = font
    }
    if (!merged) continue
    const file = `noto-sans-jp-shipped-${weight}-normal.woff2`
    writeFileSync(join(dir, file), merged.write({ type: 'woff2', hinting: false }))
    const cps = [...bySubset.values()].flat().sort((a, b) => a - b)
    const range = cps.map((cp) => `U+${cp.toString(16).toUpperCase()}`).join(',')
    out.push({ family: 'Noto Sans JP', weight, file, range })
  }
  return out
}

/**
 * The same subsets as WOFF 1 files for the PDF export (features/present/export-pdf.ts), which
 * embeds the glyphs a deck uses: pdf-lib's fontkit subsets a WOFF's glyph table as it is, but not
 * a WOFF2's (stored transformed, its subsets come out without outlines). Regular and bold Latin,
 * regular Japanese (≈ 3.9 MB); pdf-faces.json lists them with their unicode ranges.
 */
function buildPdfFonts(faces) {
  const dir = join(pub, 'fonts/pdf')
  mkdirSync(dir, { recursive: true })
  const pick = (weight) =>
    faces
      .filter((f) => f.weight === weight && (weight === 400 || f.family === 'Noto Sans'))
      .map((f) => {
        const pkg = f.family === 'Noto Sans' ? '@fontsource/noto-sans' : '@fontsource/noto-sans-jp'
        const file = f.file.replace(/\.woff2$/, '.woff')
        copyFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file), join(dir, file))
        return { url: `fonts/pdf/${file}`, 'unicode-range': f.range.split(',').map((r) => r.trim()) }
      })
  writeFileSync(join(pub, 'fonts/pdf-faces.json'), JSON.stringify({ regular: pick(400), bold: pick(700) }))
}

function copyData() {
  const dir = join(pub, 'data')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const copy = (from, to) => {
    mkdirSync(to, { recursive: true })
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copy(join(from, entry.name), join(to, entry.name))
      else if (entry.name.endsWith('.json')) copyFileSync(join(from, entry.name), join(to, entry.name))
    }
  }
  copy(join(root, 'data'), dir)
}

const shapes = buildGeo()
const fonts = await buildFonts()
copyData()
console.log(`build-assets: ${shapes} country shapes, ${fonts} font files, data copied`)
