/**
 * Points along the great circle from a to b ([lon, lat] degrees), by spherical linear
 * interpolation. Longitudes are unwrapped so an arc never jumps across the antimeridian.
 */
export function greatCircle(a: [number, number], b: [number, number], segments = 32): [number, number][] {
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
  const points: [number, number][] = []
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
