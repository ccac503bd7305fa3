// Boundaries as Japanese official maps draw them. Natural Earth's default (de facto) view draws the
// Northern Territories (Etorofu, Kunashiri, Shikotan and the Habomai islands) as part of Russia;
// Japanese municipal staff put this map in official handouts, so the dashboard draws them as Japan.
// The islands are the Russian polygon parts whose centroid lies in this box (at 1:50m: Etorofu,
// Kunashiri, Shikotan and three Habomai parts; at 1:10m: four parts). Urup, north of Etorofu, lies
// outside it and stays Russian. Used by build-assets.mjs (the map's shapes) and check-register.ts.
import { geoCentroid } from 'd3-geo'

export const NORTHERN_TERRITORIES = { west: 145.3, east: 149, south: 43.2, north: 45.7 }
export const JAPAN_NUMERIC = '392'
export const RUSSIA_NUMERIC = '643'
export const VIEW_NOTE = 'Northern Territories drawn as part of Japan, as Japanese official maps draw them'

function polygons(geometry) {
  if (!geometry) return []
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

function inTerritories(polygon) {
  const [x, y] = geoCentroid({ type: 'Polygon', coordinates: polygon })
  const b = NORTHERN_TERRITORIES
  return x >= b.west && x <= b.east && y >= b.south && y <= b.north
}

/**
 * Moves the Northern Territories from Russia's feature to Japan's. `features` are GeoJSON features
 * whose `id` is the ISO numeric code (string or number); returns how many polygons moved.
 */
export function drawNorthernTerritoriesAsJapan(features) {
  const byId = (numeric) => features.find((f) => String(f.id).padStart(3, '0') === numeric)
  const japan = byId(JAPAN_NUMERIC)
  const russia = byId(RUSSIA_NUMERIC)
  if (!japan || !russia) throw new Error('japanese-view: Japan or Russia missing from the shapes')
  const moving = polygons(russia.geometry).filter(inTerritories)
  if (moving.length === 0) throw new Error('japanese-view: no Northern Territories polygons found')
  russia.geometry = {
    type: 'MultiPolygon',
    coordinates: polygons(russia.geometry).filter((p) => !inTerritories(p)),
  }
  japan.geometry = { type: 'MultiPolygon', coordinates: [...polygons(japan.geometry), ...moving] }
  return moving.length
}
