import type { FeatureCollection, LineString, Point } from 'geojson'
import { linkYear } from '../../domain/filter-links'
import { greatCircle } from '../../domain/great-circle'
import { linkFields, linkWeight, type Network } from '../../domain/network'

export interface LinkProps {
  id: string
  /** The first field, for the arc's colour; all fields are listed in the tooltip and detail. */
  field: string
  weight: number
  confidence: string
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
}

/** Great-circle arcs from the Japanese side to the ASEAN side, built once per dataset. */
export function linksGeoJson(network: Network): FeatureCollection<LineString, LinkProps> {
  const features: FeatureCollection<LineString, LinkProps>['features'] = []
  for (const link of network.links) {
    const jp = network.placeById.get(link.jp)
    const asean = network.placeById.get(link.asean)
    if (!jp || !asean) continue
    const fields = linkFields(network, link)
    const schemes = new Set<string>()
    for (const p of network.projectsByLink.get(link.id) ?? []) if (p.scheme !== null) schemes.add(p.scheme)
    features.push({
      type: 'Feature',
      properties: {
        id: link.id,
        field: fields[0] ?? 'exchange',
        weight: linkWeight(network, link),
        confidence: link.confidence,
        country: network.countryOfLink.get(link.id) ?? '',
        relation: link.relation,
        year: linkYear(network, link) ?? 0,
        fieldsKey: `,${fields.join(',')},`,
        schemesKey: `,${[...schemes].join(',')},`,
        pref: jp.prefecture?.ja ?? jp.name.ja,
      },
      geometry: {
        type: 'LineString',
        coordinates: greatCircle([jp.lon, jp.lat], [asean.lon, asean.lat], 32),
      },
    })
  }
  return { type: 'FeatureCollection', features }
}

export function placesGeoJson(network: Network): FeatureCollection<Point, PlaceProps> {
  return {
    type: 'FeatureCollection',
    features: network.places.map((place) => ({
      type: 'Feature',
      properties: {
        id: place.id,
        name_ja: place.name.ja,
        name_en: place.name.en,
        side: place.country === 'JPN' ? 'jp' : 'asean',
        count: network.linksByPlace.get(place.id)?.length ?? 0,
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  }
}
