import type { FeatureCollection, LineString, Point } from 'geojson'
import type { Network } from '@/data/network'
import { isUserId, isUserRecord } from '@/data/origin'
import type { Link, Place } from '@/data/schema'
import { greatCircle } from '@/domain/great-circle'
import { heaviest } from '@/domain/heaviest'
import { linkFields, linkWeight, linkYear } from '@/domain/link-facts'
import type { Lang } from '@/i18n/i18n'
import { labelFieldOf, type MapStart } from './map-style'

export interface LinkProps {
  id: string
  /** The first field, for the arc's colour; all fields are listed in the tooltip and detail. */
  field: string
  weight: number
  confidence: string
  /** The user's own imported link: drawn in its own style (map-layers.ts), filtered by origin. */
  mine: boolean
  // For the layer filter expression (map-filters.ts); written once per dataset.
  /** ASEAN country (ISO3) of the link. */
  country: string
  relation: string
  /** linkYear, or 0 when the link has none. */
  year: number
  /** Every field of the link and its projects, as ',water,urban,'. */
  fieldsKey: string
  /** Every scheme of its projects, as ',scheme-a,'. */
  schemesKey: string
  /** Prefecture of the Japanese side (Japanese name), as the prefecture filter compares it. */
  pref: string
}

export interface PlaceProps {
  id: string
  name_ja: string
  name_en: string
  side: 'jp' | 'asean'
  /** Number of links at this place (all links, so sizes do not jump while filtering). */
  count: number
  /** A place the user's import added (not one of the dataset's): drawn hollow. */
  mine: boolean
}

/**
 * How far off the true curve an arc's straight pieces may be, as a share of the arc's length:
 * half a pixel on an arc drawn 1,000 pixels long.
 */
export const ARC_TOLERANCE = 1 / 2_000
const MAX_SEGMENTS = 32
/**
 * Past this many links the arcs overlap into a mass in which a pixel of curvature cannot be seen,
 * while every point of every arc is copied to the map's worker, cut into tiles and drawn.
 */
export const DETAILED_ARC_LINKS = 8_000
const MAX_TOLERANCE = 1 / 100

/**
 * The tolerance for the arcs of a dataset of `links` links: ARC_TOLERANCE up to DETAILED_ARC_LINKS,
 * then growing with the number of links (at most 1/100 of an arc's length), so the points of all
 * arcs together grow with √links instead of links: about 3 instead of 10 per arc at 100,000 links.
 */
export function arcTolerance(links: number): number {
  return Math.min(MAX_TOLERANCE, ARC_TOLERANCE * Math.max(1, links / DETAILED_ARC_LINKS))
}

/** Web Mercator, in which MapLibre draws each piece of a line straight. */
function mercator([lon, lat]: [number, number]): [number, number] {
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))]
}

/** How far p is from the straight line through a and b. */
function offLine([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const length = Math.hypot(bx - ax, by - ay)
  return length === 0
    ? Math.hypot(px - ax, py - ay)
    : Math.abs((px - ax) * (by - ay) - (py - ay) * (bx - ax)) / length
}

/**
 * The great circle from a to b in as few straight pieces as keep it within ARC_TOLERANCE. A piece
 * of 1/n of the arc strays from it by about 1/n² of the whole arc's bow, which gives the first
 * guess; the middle of each piece is then checked, and the pieces made shorter where one strays
 * further. Ties between Japan and South-East Asia need 5–16 pieces instead of a fixed 32: fewer
 * points for MapLibre to copy to its worker and cut into tiles, for every link.
 */
export function arcCoordinates(
  a: [number, number],
  b: [number, number],
  tolerance = ARC_TOLERANCE,
): [number, number][] {
  // The middle and (longitude unwrapped across the antimeridian) the end of the arc.
  const [, mid, end] = greatCircle(a, b, 2)
  if (!mid || !end) return [a, b]
  const start = mercator(a)
  const finish = mercator(end)
  const allowed = Math.hypot(finish[0] - start[0], finish[1] - start[1]) * tolerance
  if (allowed === 0) return [a, b]
  const bow = offLine(mercator(mid), start, finish)
  let segments = Math.min(MAX_SEGMENTS, Math.max(2, Math.ceil(Math.sqrt(bow / allowed))))
  for (;;) {
    // Every other point is an end of a piece; the ones between are the middles of the pieces.
    const halves = greatCircle(a, b, 2 * segments)
    const flat = halves.map(mercator)
    let worst = 0
    for (let i = 1; i < flat.length - 1; i += 2) {
      worst = Math.max(
        worst,
        offLine(
          flat[i] as [number, number],
          flat[i - 1] as [number, number],
          flat[i + 1] as [number, number],
        ),
      )
    }
    if (worst <= allowed || segments >= MAX_SEGMENTS) return halves.filter((_, i) => i % 2 === 0)
    segments = Math.min(MAX_SEGMENTS, Math.ceil(segments * Math.sqrt(worst / allowed)))
  }
}

/** Each arc is computed once per pair of places and tolerance, whatever the number of datasets. */
const arcCache = new Map<number, WeakMap<Place, WeakMap<Place, [number, number][]>>>()
function arcOf(jp: Place, asean: Place, tolerance: number): [number, number][] {
  let byJp = arcCache.get(tolerance)
  if (!byJp) {
    byJp = new WeakMap()
    arcCache.set(tolerance, byJp)
  }
  let byAsean = byJp.get(jp)
  if (!byAsean) {
    byAsean = new WeakMap()
    byJp.set(jp, byAsean)
  }
  let arc = byAsean.get(asean)
  if (!arc) {
    arc = arcCoordinates([jp.lon, jp.lat], [asean.lon, asean.lat], tolerance)
    byAsean.set(asean, arc)
  }
  return arc
}

/**
 * The most arcs the map draws. Every arc is drawn on every frame (in software WebGL, the
 * benchmark's machine draws 100,000 of them in seconds per frame and never settles), and long
 * before this many they overlap into one mass. Past it the map draws the links with the most
 * projects, as the links chart does, and its legend says so; the list and the CSV hold them all.
 */
export const MAP_LINK_LIMIT = 20_000

/** The links the map draws: all of them up to MAP_LINK_LIMIT, else the ones with most projects. */
export function mapLinks(network: Network): readonly Link[] {
  return network.links.length > MAP_LINK_LIMIT
    ? heaviest(network.links, MAP_LINK_LIMIT, (l) => network.projectsByLink.get(l.id)?.length ?? 0)
    : network.links
}

const linksCache = new WeakMap<Network, FeatureCollection<LineString, LinkProps>>()

/**
 * Great-circle arcs from the Japanese side to the ASEAN side, built once per dataset; links between
 * the same two places share one (read-only) coordinate array.
 */
export function linksGeoJson(network: Network): FeatureCollection<LineString, LinkProps> {
  const cached = linksCache.get(network)
  if (cached) return cached
  const features: FeatureCollection<LineString, LinkProps>['features'] = []
  const drawn = mapLinks(network)
  const tolerance = arcTolerance(drawn.length)
  for (const link of drawn) {
    const jp = network.placeById.get(link.jp)
    const asean = network.placeById.get(link.asean)
    if (!jp || !asean) continue
    const fields = linkFields(network, link)
    const projects = network.projectsByLink.get(link.id)
    let schemesKey = ',,'
    if (projects) {
      const schemes = new Set<string>()
      for (const p of projects) if (p.scheme !== null) schemes.add(p.scheme)
      schemesKey = `,${[...schemes].join(',')},`
    }
    features.push({
      type: 'Feature',
      properties: {
        id: link.id,
        field: fields[0] ?? 'exchange',
        weight: linkWeight(network, link),
        confidence: link.confidence,
        mine: isUserRecord(link),
        country: network.countryOfLink.get(link.id) ?? '',
        relation: link.relation,
        year: linkYear(network, link) ?? 0,
        fieldsKey: `,${fields.join(',')},`,
        schemesKey,
        pref: jp.prefecture?.ja ?? jp.name.ja,
      },
      geometry: { type: 'LineString', coordinates: arcOf(jp, asean, tolerance) },
    })
  }
  const collection: FeatureCollection<LineString, LinkProps> = { type: 'FeatureCollection', features }
  linksCache.set(network, collection)
  return collection
}

const placesCache = new WeakMap<Network, FeatureCollection<Point, PlaceProps>>()

export function placesGeoJson(network: Network): FeatureCollection<Point, PlaceProps> {
  const cached = placesCache.get(network)
  if (cached) return cached
  const collection: FeatureCollection<Point, PlaceProps> = {
    type: 'FeatureCollection',
    features: network.places.map((place) => ({
      type: 'Feature',
      properties: {
        id: place.id,
        name_ja: place.name.ja,
        name_en: place.name.en,
        side: place.country === 'JPN' ? 'jp' : 'asean',
        count: network.linksByPlace.get(place.id)?.length ?? 0,
        mine: isUserId(place.id),
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  }
  placesCache.set(network, collection)
  return collection
}

/**
 * What the map starts with: the label language and the data at hand (a file that failed or is not
 * in yet is simply absent), each source keyed by what its data was built from (see setSourceData).
 */
export function mapStart(
  lang: Lang,
  countries: FeatureCollection | undefined,
  labels: FeatureCollection | undefined,
  network: Network | undefined,
): MapStart {
  return {
    labelField: labelFieldOf(lang),
    data: {
      countries,
      'country-labels': labels,
      links: network && linksGeoJson(network),
      places: network && placesGeoJson(network),
    },
    keys: { countries, 'country-labels': labels, links: network, places: network },
  }
}
