import { geoInterpolate } from 'd3-geo'

/**
 * Points along the great circle from a to b ([lon, lat] degrees), `segments` pieces, by d3-geo's
 * spherical interpolation. Longitudes are unwrapped so an arc never jumps across the antimeridian
 * (a line drawn from 179° to −179° would cross the whole map): each continues from the one before,
 * so the end may lie beyond ±180°.
 */
export function greatCircle(a: [number, number], b: [number, number], segments = 32): [number, number][] {
  if (a[0] === b[0] && a[1] === b[1]) return [a, b]
  const at = geoInterpolate(a, b)
  const points: [number, number][] = []
  let prevLon = a[0]
  for (let i = 0; i <= segments; i++) {
    const [raw, lat] = at(i / segments)
    let lon = raw
    while (lon - prevLon > 180) lon -= 360
    while (lon - prevLon < -180) lon += 360
    prevLon = lon
    points.push([lon, lat])
  }
  return points
}
