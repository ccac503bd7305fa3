// The map's country shapes, shared by build-assets.mjs (which writes public/geo/) and the unit test
// that checks them (country-shapes.test.ts).

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'
import { drawNorthernTerritoriesAsJapan, VIEW_NOTE } from './japanese-view.mjs'

const require = createRequire(import.meta.url)

// Region kept on the map, degrees: wide enough for Myanmar's west coast and Hokkaido's north.
const BBOX = { west: 80, east: 160, south: -15, north: 55 }

export const SHAPES_SOURCE = `Natural Earth 1:50m (public domain) via npm world-atlas 2.0.2; ${VIEW_NOTE}`

/**
 * The map's country shapes: Natural Earth 1:50m, simplified, cropped to the region, the Northern
 * Territories drawn as Japan; each feature tagged with its ISO3 code and role (asean, japan, other).
 */
/** [west, south, east, north] of a MultiPolygon's coordinates. */
function bboxOf(multiPolygon) {
  const box = [180, 90, -180, -90]
  for (const polygon of multiPolygon)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        box[0] = Math.min(box[0], x)
        box[1] = Math.min(box[1], y)
        box[2] = Math.max(box[2], x)
        box[3] = Math.max(box[3], y)
      }
  return box
}

export function countryShapes(countries) {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'))
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]))
  // Planar-area threshold in squared degrees: drops sub-kilometre vertices and keeps small islands.
  const simplified = simplify(presimplify(topo), 0.0005)
  const fc = feature(simplified, simplified.objects.countries)
  drawNorthernTerritoriesAsJapan(fc.features)
  const round = (x) => Math.round(x * 1000) / 1000
  const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords))
  const features = []
  for (const f of fc.features) {
    if (!f.geometry) continue
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    // Keep only the polygon parts that touch the region (Russia's west, Australia's south go).
    const kept = polys.filter((poly) =>
      poly[0].some(([x, y]) => x >= BBOX.west && x <= BBOX.east && y >= BBOX.south && y <= BBOX.north),
    )
    if (kept.length === 0) continue
    const c = byNumeric.get(f.id)
    const coordinates = roundCoords(kept)
    features.push({
      type: 'Feature',
      id: Number(f.id ?? 0),
      // GeoJSON's own bounding box, derived here once: the map frames a country by it.
      bbox: bboxOf(coordinates),
      properties: {
        iso3: c ? c.iso3 : null,
        neName: f.properties.name,
        role: c ? (c.asean ? 'asean' : 'japan') : 'other',
      },
      geometry: { type: 'MultiPolygon', coordinates },
    })
  }
  const missing = countries.filter((c) => !features.some((f) => f.properties.iso3 === c.iso3))
  if (missing.length) throw new Error(`build-assets: no shape for ${missing.map((c) => c.iso3).join(', ')}`)
  return { countries, features }
}
