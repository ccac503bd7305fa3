import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import { INK } from '@/shared/colors'
import { FIELD_COLORS } from '@/shared/field-style'

// The map's layers, as module-level constants: their ids and types never change; only data,
// filters, feature-state and the label language do (map-style.ts puts them in order). The countries'
// layers and what every layer shares are here; the network's in map-link-layers.ts.

/** The sea: the map's background (the map area's CSS shows the same colour until the first view is drawn). */
export const SEA = '#d7e7f0'

export const COLORS = {
  other: '#ebe8e1',
  otherLine: '#c8c3b8',
  japan: '#f6e1dc',
  japanLine: '#b2594a',
  aseanLine: '#ffffff',
  noData: '#c9c9c9',
  jpPlace: '#b2243a',
  aseanPlace: '#0b5d8f',
  text: INK,
  halo: '#ffffff',
} as const

/**
 * The user's own imported links and places (a `mine` property the sources write): one dark ink
 * instead of a field's colour, dotted arcs, hollow points, so they never pass for curated records.
 */
export const mine: ExpressionSpecification = ['boolean', ['get', 'mine'], false]
export const MINE_COLOR = INK

export const fieldColorExpression = [
  'case',
  mine,
  MINE_COLOR,
  ['match', ['get', 'field'], ...Object.entries(FIELD_COLORS).flat(), '#555555'],
] as unknown as string

/*
 * GPU programs. MapLibre compiles a GPU program for each layer type and each set of paint properties
 * that are read from the data, and every compile waits for the GPU: under software GL, start-up spent
 * ≈ 230 ms of the page's main thread creating 12 programs where bare MapLibre created 9 (≈ 110 ms).
 * So layers of a type read the same properties from the data: every solid line layer its colour,
 * width and opacity; both label layers their text colour. A test keeps them in step.
 */
export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
export const lit: ExpressionSpecification = ['any', hovered, selected]
/** Not connected to the selection: drawn faint (set on every other feature while something is selected). */
export const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false]
/**
 * An ASEAN member that had not joined in the shading's year (Timor-Leste before 2025): drawn as a
 * neighbour, unshaded and unlabelled (use-map-shading.ts sets it from countries.json).
 */
const outside: ExpressionSpecification = ['boolean', ['feature-state', 'outside'], false]
const neighbour: ExpressionSpecification = ['any', ['==', ['get', 'role'], 'other'], outside]

export const countriesFill: FillLayerSpecification = {
  id: 'countries-fill',
  type: 'fill',
  source: 'countries',
  paint: {
    // No antialiasing outline pass (a program and a draw of every edge of its own): the border
    // layer draws over every edge anyway.
    'fill-antialias': false,
    'fill-color': [
      'case',
      ['==', ['get', 'role'], 'other'],
      COLORS.other,
      ['==', ['get', 'role'], 'japan'],
      COLORS.japan,
      outside,
      COLORS.other,
      ['to-color', ['coalesce', ['feature-state', 'fill'], COLORS.noData]],
    ],
  },
}

/**
 * Diagonal hatching over the ASEAN countries without a value for the chosen indicator and year.
 * Which countries is a filter (see noDataFilter), not a feature-state opacity: a layer drawn at
 * opacity 0 still costs every frame its pattern fill over the whole region, and at the default
 * view no country lacks a value. It starts matching none.
 */
export const countriesNoData: FillLayerSpecification = {
  id: 'countries-nodata',
  type: 'fill',
  source: 'countries',
  filter: noDataFilter([]),
  // Read from the feature, not a constant: MapLibre's worker asks the page for a constant pattern
  // with every tile of the source, even when no feature passes the filter, and the countries' tiles
  // then waited for the page's main thread (busy drawing during start-up) to answer.
  paint: { 'fill-pattern': ['case', ['==', ['get', 'role'], 'asean'], 'hatch', ''] },
}

/** The hatch layer's filter for these countries (ISO3 codes, sorted by the caller). */
export function noDataFilter(iso3s: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'iso3'], ['literal', [...iso3s]]]
}

/** The country labels' filter: every label but those of members that had not joined yet (sorted ISO3). */
export function labelFilter(outsideIso3s: readonly string[]): ExpressionSpecification | null {
  return outsideIso3s.length ? ['!', ['in', ['get', 'iso3'], ['literal', [...outsideIso3s]]]] : null
}

export const countriesLine: LineLayerSpecification = {
  id: 'countries-line',
  type: 'line',
  source: 'countries',
  paint: {
    'line-color': [
      'case',
      ['==', ['get', 'role'], 'japan'],
      COLORS.japanLine,
      neighbour,
      COLORS.otherLine,
      COLORS.aseanLine,
    ],
    'line-width': ['case', lit, 2.5, neighbour, 0.5, 1],
    // Neighbours' borders a little lighter (and read from the data: see GPU programs above).
    'line-opacity': ['case', neighbour, 0.8, 1],
  },
}

/**
 * A hovered or selected country's outline, dark over its widened border. A layer of its own, drawn
 * after all borders: in the border layer itself, a neighbour drawn later would paint its thin
 * border over the dark one along their shared border. Only the countries that can be hovered or
 * chosen (ASEAN and Japan) are in it, so it does not draw the whole region's borders a second time.
 */
export const countriesHighlight: LineLayerSpecification = {
  id: 'countries-highlight',
  type: 'line',
  source: 'countries',
  filter: ['!=', ['get', 'role'], 'other'],
  paint: {
    // A selected country darker and wider than a hovered one. Width 0 at rest: a line drawn at
    // opacity 0 still costs every frame its pixels; a line of width 0 has none.
    'line-color': ['case', selected, COLORS.text, '#4a5863'],
    'line-width': ['case', selected, 2.5, hovered, 2, 0],
    'line-opacity': ['case', lit, 1, 0],
  },
}

export const countryLabels: SymbolLayerSpecification = {
  id: 'country-labels',
  type: 'symbol',
  source: 'country-labels',
  layout: {
    'text-field': ['get', 'name_ja'],
    'text-font': ['Noto Sans Bold'],
    'text-size': 12,
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.05,
    'text-allow-overlap': false,
  },
  paint: {
    // Japan's name in the Japanese side's red, the ASEAN names in slate.
    'text-color': ['case', ['==', ['get', 'iso3'], 'JPN'], '#8a4a3f', '#56606a'],
    'text-halo-color': COLORS.halo,
    'text-halo-width': 1.2,
  },
}
