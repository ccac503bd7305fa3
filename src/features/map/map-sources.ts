import type { FeatureCollection, LineString, Point } from 'geojson'
import type { Network } from '@/data/network'
import { isUserId, isUserRecord } from '@/data/origin'
import type { Link } from '@/data/schema'
import { heaviest } from '@/domain/heaviest'
import { linkFields, linkWeight, linkYear } from '@/domain/link-facts'
import { linkFlows, prefectureKey } from '@/domain/link-flows'
import type { Lang } from '@/i18n/i18n'
import { ARC_TOLERANCE, arcOf, arcTolerance } from './map-arcs'
import { labelFieldOf, type MapStart } from './map-style'
import { placeMarks } from './place-marks'

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
  /** The places at its ends, for the filter that draws a selection's own arcs at national scale. */
  jp: string
  asean: string
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
  /** Radius in px at rest, and whether it is drawn as a ring (place-marks.ts). */
  r: number
  ring: boolean
}

export interface FlowProps {
  id: string
  /** The links the flow stands for in the whole dataset: its count until filters set another. */
  n: number
  /** 1 / the most links of any flow: the width scale (a layer style is the same for every dataset). */
  k: number
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
        pref: prefectureKey(jp),
        jp: jp.id,
        asean: asean.id,
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
  const linksAt = (id: string) => network.linksByPlace.get(id)?.length ?? 0
  const marks = placeMarks(network.places, linksAt)
  const collection: FeatureCollection<Point, PlaceProps> = {
    type: 'FeatureCollection',
    features: network.places.map((place) => {
      const mark = marks.get(place.id) ?? { r: 3.5, ring: false }
      return {
        type: 'Feature',
        properties: {
          id: place.id,
          name_ja: place.name.ja,
          name_en: place.name.en,
          side: place.country === 'JPN' ? 'jp' : 'asean',
          count: linksAt(place.id),
          r: mark.r,
          ring: mark.ring,
          mine: isUserId(place.id),
        },
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      }
    }),
  }
  placesCache.set(network, collection)
  return collection
}

const flowsCache = new WeakMap<Network, FeatureCollection<LineString, FlowProps>>()

/**
 * The flows drawn at national scale (domain/link-flows.ts): one great-circle arc per Japanese
 * prefecture and ASEAN country, between the places that stand for them, built once per dataset. They
 * stand for every link, also past MAP_LINK_LIMIT; their counts under the filters are feature-state.
 */
export function flowsGeoJson(network: Network): FeatureCollection<LineString, FlowProps> {
  const cached = flowsCache.get(network)
  if (cached) return cached
  const { flows, maxLinks } = linkFlows(network)
  const collection: FeatureCollection<LineString, FlowProps> = {
    type: 'FeatureCollection',
    features: flows.map((f) => ({
      type: 'Feature',
      properties: { id: f.id, n: f.links.length, k: 1 / maxLinks },
      geometry: { type: 'LineString', coordinates: arcOf(f.from, f.to, ARC_TOLERANCE) },
    })),
  }
  flowsCache.set(network, collection)
  return collection
}

const arcsCache = new WeakMap<Network, Map<string, readonly [number, number][]>>()

/**
 * A drawn arc's full coordinates ('links' or 'flows' and its id), for the pointer's distance to it:
 * a rendered feature's own geometry is cut to its tile.
 */
export function drawnArc(
  network: Network,
  source: 'links' | 'flows',
  id: string,
): readonly [number, number][] | undefined {
  let arcs = arcsCache.get(network)
  if (!arcs) {
    arcs = new Map()
    for (const f of linksGeoJson(network).features)
      arcs.set(`links:${f.properties.id}`, f.geometry.coordinates as [number, number][])
    for (const f of flowsGeoJson(network).features)
      arcs.set(`flows:${f.properties.id}`, f.geometry.coordinates as [number, number][])
    arcsCache.set(network, arcs)
  }
  return arcs.get(`${source}:${id}`)
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
      flows: network && flowsGeoJson(network),
      links: network && linksGeoJson(network),
      places: network && placesGeoJson(network),
    },
    keys: { countries, 'country-labels': labels, flows: network, links: network, places: network },
  }
}
