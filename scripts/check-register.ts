// Checks of the register that need more than the schema: every point lies in its country's shape
// (Natural Earth 1:10m, or within 15 km of its coast: a town's point may sit on a shore the shapes simplify), and
// no two records describe one tie or one project. Used by check-data.ts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { geoContains, geoDistance } from 'd3-geo'
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Link, Place } from '../src/data/schema'
import type { Country, Project } from '../src/data/schema-files'
import type { DataProblem } from '../src/data/validate'
import { drawNorthernTerritoriesAsJapan } from './japanese-view.mjs'

const COAST_KM = 15
const EARTH_KM = 6371

let shapes: Map<string, Feature<Geometry>> | null = null
function countryShapes(): Map<string, Feature<Geometry>> {
  if (shapes) return shapes
  const require = createRequire(import.meta.url)
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology
  const collection = feature(topo, topo.objects.countries as GeometryCollection)
  drawNorthernTerritoriesAsJapan(collection.features)
  shapes = new Map(collection.features.map((f) => [String(f.id), f]))
  return shapes
}

/** Great-circle distance (km) from a point to the nearest edge of a polygon's rings. */
function kmToRings(point: [number, number], rings: Position[][]): number {
  let best = Number.POSITIVE_INFINITY
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as [number, number]
      const b = ring[i] as [number, number]
      // Nearest point on the segment in a local equirectangular frame (segments are a few km long).
      const k = Math.cos((point[1] * Math.PI) / 180)
      const ax = (a[0] - point[0]) * k
      const ay = a[1] - point[1]
      const bx = (b[0] - point[0]) * k
      const by = b[1] - point[1]
      const dx = bx - ax
      const dy = by - ay
      const len = dx * dx + dy * dy
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len))
      const near: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
      best = Math.min(best, geoDistance(point, near) * EARTH_KM)
    }
  return best
}

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return (geometry as Polygon).coordinates
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates.flat()
  return []
}

/** Why a place's point is not in its country, or null when it is (or lies within 15 km of its coast). */
export function pointProblem(place: Place, isoNumeric: string): string | null {
  const shape = countryShapes().get(isoNumeric)
  if (!shape) return `no Natural Earth shape for ${place.country} (${isoNumeric})`
  const point: [number, number] = [place.lon, place.lat]
  if (geoContains(shape, point)) return null
  const km = kmToRings(point, ringsOf(shape.geometry))
  if (km <= COAST_KM) return null
  return `the point (${place.lat}, ${place.lon}) lies ${Math.round(km)} km outside ${place.country}'s shape (more than ${COAST_KM} km)`
}

export function registerProblems(dir: string): DataProblem[] {
  const read = <T>(name: string): T | null => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T
    } catch {
      return null // unreadable files are reported by the schema check
    }
  }
  const problems: DataProblem[] = []
  const countries = read<{ countries: Country[] }>('countries.json')?.countries ?? []
  const places = read<{ places: Place[] }>('places.json')?.places ?? []
  const links = read<{ links: Link[] }>('links.json')?.links ?? []
  const projects = read<{ projects: Project[] }>('projects.json')?.projects ?? []
  const numeric = new Map(countries.map((c) => [c.iso3, c.isoNumeric]))

  places.forEach((p) => {
    const iso = numeric.get(p.country)
    if (!iso) return // an unknown country is a cross-file problem reported elsewhere
    const why = pointProblem(p, iso)
    if (why)
      problems.push({
        file: 'places.json',
        record: p.id,
        field: 'lat, lon',
        found: why,
        expected: `a point in ${p.country}`,
      })
  })

  const pairs = new Map<string, string>()
  links.forEach((l) => {
    const pair = `${l.jp} → ${l.asean}`
    const other = pairs.get(pair)
    if (other)
      problems.push({
        file: 'links.json',
        record: l.id,
        field: 'jp, asean',
        found: `the same pair as ${other} (${pair})`,
        expected: 'one link per pair of places',
      })
    else pairs.set(pair, l.id)
  })

  const seen = new Map<string, string>()
  projects.forEach((p) => {
    const key = `${[...p.links].sort().join('+')}|${p.title.ja}`
    const other = seen.get(key)
    if (other)
      problems.push({
        file: 'projects.json',
        record: p.id,
        field: 'links, title',
        found: `the same links and title as ${other}`,
        expected: 'one record per project',
      })
    else seen.set(key, p.id)
  })
  return problems
}
