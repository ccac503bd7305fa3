// The benchmark's reference page: bare MapLibre (the package's own dist file, served raw) drawing
// the app's geography and the same great-circle arcs and places, with the same fonts, and nothing
// else. The benchmark compares the app's load time with this page's (drawn as MapLibre does by
// default, every frame on screen as it comes).
import * as maplibregl from '/vendor/maplibre-gl.mjs'

maplibregl.setWorkerUrl('/vendor/maplibre-gl-worker.mjs')
const params = new URLSearchParams(location.search)
const el = document.getElementById('map')
el.style.width = `${params.get('w') ?? 900}px`
el.style.height = `${params.get('h') ?? 600}px`

const json = (path) => fetch(path).then((r) => r.json())

function greatCircle(a, b, segments = 32) {
  const rad = Math.PI / 180
  const [lon1, lat1] = [a[0] * rad, a[1] * rad]
  const [lon2, lat2] = [b[0] * rad, b[1] * rad]
  const d =
    2 *
    Math.asin(
      Math.sqrt(
        Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2,
      ),
    )
  if (d === 0) return [a, b]
  const points = []
  let prevLon = a[0]
  for (let i = 0; i <= segments; i++) {
    const f = i / segments
    const A = Math.sin((1 - f) * d) / Math.sin(d)
    const B = Math.sin(f * d) / Math.sin(d)
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2)
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2)
    const z = A * Math.sin(lat1) + B * Math.sin(lat2)
    let lon = Math.atan2(y, x) / rad
    const lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / rad
    while (lon - prevLon > 180) lon -= 360
    while (lon - prevLon < -180) lon += 360
    prevLon = lon
    points.push([lon, lat])
  }
  return points
}

const [faces, countries, labels, placesFile, linksFile] = await Promise.all([
  json('/fonts/font-faces.json'),
  json('/geo/countries.geojson'),
  json('/geo/country-labels.geojson'),
  json('/data/places.json'),
  json('/data/links.json'),
])
for (const list of Object.values(faces)) for (const f of list) f.url = new URL(f.url, location.origin).href

const placeById = new Map(placesFile.places.map((p) => [p.id, p]))
const count = new Map()
const arcs = []
for (const l of linksFile.links) {
  const a = placeById.get(l.jp)
  const b = placeById.get(l.asean)
  count.set(l.jp, (count.get(l.jp) ?? 0) + 1)
  count.set(l.asean, (count.get(l.asean) ?? 0) + 1)
  arcs.push({
    type: 'Feature',
    properties: { id: l.id, field: l.fields[0], confidence: l.confidence },
    geometry: { type: 'LineString', coordinates: greatCircle([a.lon, a.lat], [b.lon, b.lat], 32) },
  })
}
const points = placesFile.places.map((p) => ({
  type: 'Feature',
  properties: {
    id: p.id,
    name_en: p.name.en,
    name_ja: p.name.ja,
    side: p.country === 'JPN' ? 'jp' : 'asean',
    count: count.get(p.id) ?? 0,
  },
  geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
}))

// ?lang=ja: the labels in Japanese, as the app draws them on a Japanese page.
const labelField = params.get('lang') === 'ja' ? 'name_ja' : 'name_en'

const map = new maplibregl.Map({
  container: el,
  bounds: [90, -11.5, 150, 46],
  fitBoundsOptions: { padding: 20 },
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  renderWorldCopies: false,
  attributionControl: false,
  // The app's map options, so the ratio measures the app and not a difference in settings.
  fadeDuration: 0,
  style: {
    version: 8,
    'font-faces': faces,
    sources: {
      countries: { type: 'geojson', data: countries },
      'country-labels': { type: 'geojson', data: labels },
      links: { type: 'geojson', data: { type: 'FeatureCollection', features: arcs } },
      places: { type: 'geojson', data: { type: 'FeatureCollection', features: points } },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#d7e7f0' } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'role'], 'other', '#ebe8e1', 'japan', '#f6e1dc', '#9ecae1'],
        },
      },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#ffffff' } },
      {
        id: 'links-line',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'confidence'], 'high'],
        paint: { 'line-color': '#1f77b4', 'line-width': 1.6, 'line-opacity': 0.75 },
      },
      {
        id: 'links-line-low',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'confidence'], 'low'],
        paint: { 'line-color': '#1f77b4', 'line-width': 1.6, 'line-opacity': 0.6, 'line-dasharray': [2, 2] },
      },
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-color': ['case', ['==', ['get', 'side'], 'jp'], '#b2243a', '#0b5d8f'],
          'circle-radius': 4,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        layout: { 'text-field': ['get', labelField], 'text-font': ['Noto Sans Bold'], 'text-size': 12 },
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': ['get', labelField],
          'text-font': ['Noto Sans Regular'],
          'text-size': 11,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.7,
          'text-optional': true,
          'symbol-sort-key': ['-', 0, ['get', 'count']],
        },
      },
    ],
  },
})
window.__map = map
// ?hide=1: the canvas kept hidden until the first idle, as the app does (its map-instance.ts), for
// the benchmark's report row that compares like with like.
const hide = params.get('hide') === '1'
if (hide) map.getCanvas().style.visibility = 'hidden'
map.once('idle', () => {
  if (hide) map.getCanvas().style.visibility = ''
  window.__baselineDone = performance.now()
})
