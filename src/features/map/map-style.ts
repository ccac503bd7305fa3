import type { ExpressionSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl'
import {
  countriesFill,
  countriesHighlight,
  countriesLine,
  countriesNoData,
  countryLabels,
  SEA,
} from './map-layers'
import {
  flowsLine,
  linksArrow,
  linksFocus,
  linksLine,
  linksLineLow,
  placesCircle,
  placesLabel,
} from './map-link-layers'

export const LAYER_IDS = {
  /** Hit where the pointer is. */
  clickable: ['places-circle', 'countries-fill'],
  /** Hit within LINK_HIT_RADIUS px of the pointer, so that thin arcs are easy to hover and tap. */
  links: ['links-line', 'links-line-low', 'links-focus'],
  /** The same for the flows drawn at national scale. */
  flows: ['flows-line'],
  labels: ['places-label', 'country-labels'],
} as const

/**
 * How near the pointer (px) an arc counts as hit. A box query on the drawn link layers, instead of
 * an invisible wide line layer: that layer cost every tile of links a bucket of its own, in the
 * worker and on the GPU, at start-up and again on every filter change.
 */
export const LINK_HIT_RADIUS = 6

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

export type SourceId = 'countries' | 'country-labels' | 'flows' | 'links' | 'places'

/**
 * Arrowheads are drawn while at most this many links are loaded. MapLibre's symbol buckets break
 * past ~16,000 icons in one tile (seen at 20,000 links: "opacityVertexArray.length !==
 * layoutVertexArray.length / 4" on every frame), and at that density arrows are no longer legible.
 */
export const ARROW_LINK_LIMIT = 8_000

export const arrowVisibility = (links: number): 'visible' | 'none' =>
  links <= ARROW_LINK_LIMIT ? 'visible' : 'none'

/** What the map can start with: the label language and any source data already loaded. */
export interface StyleStart {
  labelField: 'name_ja' | 'name_en'
  data: Partial<Record<SourceId, GeoJSON.FeatureCollection>>
}

/** What the map is created with: its StyleStart, and per source the key of the data it holds. */
export type MapStart = StyleStart & { keys: Partial<Record<SourceId, unknown>> }

/** The property labels read for a language. */
export const labelFieldOf = (lang: 'ja' | 'en'): StyleStart['labelField'] =>
  lang === 'ja' ? 'name_ja' : 'name_en'

/** The labels' text-field expression for a label property. */
export const labelText = (field: StyleStart['labelField']): ExpressionSpecification => ['get', field]

const withLabelField = (layer: SymbolLayerSpecification, field: StyleStart['labelField']) => ({
  ...layer,
  layout: { ...layer.layout, 'text-field': labelText(field) },
})

/**
 * The style: local sources only; no glyphs URL, fonts come from the style's `font-faces`. Data and
 * the label language known at creation go in directly, so the map's first tiles are its final ones
 * (a later setData or label change would parse every tile again).
 */
export function baseStyle(
  fontFaces: StyleSpecification['font-faces'],
  start: StyleStart = { labelField: 'name_ja', data: {} },
): StyleSpecification {
  const data = (id: SourceId) => start.data[id] ?? EMPTY
  return {
    version: 8,
    'font-faces': fontFaces,
    sources: {
      countries: { type: 'geojson', data: data('countries'), promoteId: 'iso3' },
      'country-labels': { type: 'geojson', data: data('country-labels') },
      flows: { type: 'geojson', data: data('flows'), promoteId: 'id' },
      links: { type: 'geojson', data: data('links'), promoteId: 'id' },
      places: { type: 'geojson', data: data('places'), promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': SEA } },
      countriesFill,
      countriesNoData,
      countriesLine,
      countriesHighlight,
      flowsLine,
      linksLine,
      linksLineLow,
      {
        ...linksArrow,
        layout: {
          ...linksArrow.layout,
          visibility: arrowVisibility(start.data.links?.features.length ?? 0),
        },
      },
      linksFocus,
      placesCircle,
      // Country names above the places' (MapLibre places the upper layer's labels first): a
      // country's name is never dropped for a city's, as Timor-Leste's was for Dili's.
      withLabelField(placesLabel, start.labelField),
      withLabelField(countryLabels, start.labelField),
    ],
  }
}
