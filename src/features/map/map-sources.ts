import type { FeatureCollection, LineString, Point } from 'geojson'
import { greatCircle } from '../../domain/great-circle'
import { linkFields, linkWeight, type Network } from '../../domain/network'

export interface LinkProps {
  id: string
  /** The first field, for the arc's colour; all fields are listed in the tooltip and detail. */
  field: string
  weight: number
  confidence: string
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
    features.push({
      type: 'Feature',
      properties: {
        id: link.id,
        field: linkFields(network, link)[0] ?? 'exchange',
        weight: linkWeight(network, link),
        confidence: link.confidence,
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
