// Story format changes, one function per version (see story-schema.ts, STORY_MIGRATIONS). Each takes
// a story of the version before as parsed JSON (unchecked: it is validated after every migration
// has run) and returns it in its own version's form.

/** The map area a version-1 camera was chosen on: present mode's map on a 1920×1080 screen, px. */
export const V1_MAP_SIZE = { width: 1152, height: 900 }
/** MapLibre's world width at zoom 0, px. */
const TILE = 512

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const round = (x: number) => Math.round(x * 100) / 100
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90

/**
 * The extent a camera showed on a map of `size` px (Web Mercator, MapLibre's 512 px tiles): a
 * version-1 slide's camera becomes the area it framed on the screen it was made for.
 */
export function extentOfCamera(
  center: readonly [number, number],
  zoom: number,
  size = V1_MAP_SIZE,
): [number, number, number, number] {
  const world = TILE * 2 ** zoom
  const halfLon = (size.width / 2 / world) * 360
  const y = mercatorY(center[1])
  const halfY = (size.height / 2 / world) * 2 * Math.PI
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat))
  const clampLon = (lon: number) => Math.max(-180, Math.min(180, lon))
  return [
    round(clampLon(center[0] - halfLon)),
    round(clampLat(latOf(y - halfY))),
    round(clampLon(center[0] + halfLon)),
    round(clampLat(latOf(y + halfY))),
  ]
}

/**
 * 1 → 2: every version-1 slide showed the map; its camera becomes the extent it framed, and the
 * chart options take their defaults. A slide too broken to read is left for validation to report.
 */
export function migrateV1ToV2(story: unknown): unknown {
  if (!isRecord(story) || !Array.isArray(story.slides)) return story
  const slides = story.slides.map((slide: unknown) => {
    if (!isRecord(slide) || !isRecord(slide.view)) return slide
    const { camera, ...view } = slide.view
    const c = isRecord(camera) ? camera : null
    const center = c && Array.isArray(c.center) ? c.center : null
    const extent =
      center && typeof center[0] === 'number' && typeof center[1] === 'number' && typeof c?.zoom === 'number'
        ? extentOfCamera([center[0], center[1]], c.zoom)
        : null
    return {
      ...slide,
      view: {
        show: 'map',
        ...view,
        scale: 'linear',
        showJapan: false,
        odaView: 'gross',
        frame: { places: [], extent },
      },
    }
  })
  return { ...story, version: 2, slides }
}
