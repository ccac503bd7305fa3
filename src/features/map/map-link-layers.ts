import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import { INK } from '@/shared/colors'
import { COLORS, dimmed, fieldColorExpression, lit, mine } from './map-layers'

// The layers of the network: flows at national scale, links from DETAIL_ZOOM on, the selection's
// own links at national scale, and the places. Module-level constants like the countries' layers.

/**
 * From this zoom on the map draws each link, municipality ↔ city; below it, one flow per Japanese
 * prefecture and ASEAN country (domain/link-flows.ts). The home view of Japan and ASEAN is about
 * zoom 3–3.7; at 5 the arcs of one region no longer run into one another. Each level is a layer
 * zoom range over data set once per dataset: zooming never sends data, and below this zoom the
 * links' tiles are not even cut.
 */
export const DETAIL_ZOOM = 5

/** Flows: one colour (they mix fields), apart from the shading's yellow–green–blue and the sea. */
const FLOW = '#7a2e5c'

/** A flow's links under the current filters (feature-state, set per filter change), else all of them. */
const flowCount: ExpressionSpecification = [
  'number',
  ['coalesce', ['feature-state', 'count'], ['get', 'n']],
  0,
]
/** Width by count: 2 px for one link, 9 px for the flow with most links in the dataset. */
const flowWidth: ExpressionSpecification = ['+', 1.2, ['*', 7.8, ['*', flowCount, ['get', 'k']]]]

export const flowsLine: LineLayerSpecification = {
  id: 'flows-line',
  type: 'line',
  source: 'flows',
  maxzoom: DETAIL_ZOOM,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': ['case', lit, INK, FLOW],
    // A flow with no link under the filters has no width: no pixels (and the pointer skips it).
    'line-width': ['case', ['<=', flowCount, 0], 0, lit, ['+', flowWidth, 2], flowWidth] as unknown as number,
    'line-opacity': ['case', lit, 0.95, dimmed, 0.1, 0.45],
  },
}

const linkWidth: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'weight'], 1, 1.6, 5, 5]

export const linksLine: LineLayerSpecification = {
  id: 'links-line',
  type: 'line',
  source: 'links',
  minzoom: DETAIL_ZOOM,
  filter: ['==', ['get', 'confidence'], 'high'],
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': fieldColorExpression,
    'line-width': ['case', lit, ['+', linkWidth, 2.5], linkWidth] as unknown as number,
    'line-opacity': ['case', lit, 1, dimmed, 0.1, 0.75],
  },
}

/** Lower-confidence links (e.g. only found on Wikipedia): dashed and lighter; the user's own (never well-sourced) dotted. */
export const linksLineLow: LineLayerSpecification = {
  id: 'links-line-low',
  type: 'line',
  source: 'links',
  minzoom: DETAIL_ZOOM,
  filter: ['==', ['get', 'confidence'], 'low'],
  paint: {
    'line-color': fieldColorExpression,
    'line-width': ['case', lit, ['+', linkWidth, 2], linkWidth] as unknown as number,
    'line-opacity': ['case', lit, 1, dimmed, 0.1, 0.6],
    'line-dasharray': ['case', mine, ['literal', [0.6, 1.6]], ['literal', [2, 2]]] as unknown as number[],
  },
}

/**
 * The selected item's own links below DETAIL_ZOOM, over the dimmed flows: a selection expands its
 * flows into municipality ↔ city arcs. Hidden with nothing selected, so that below DETAIL_ZOOM the
 * links' tiles are not cut at all (use-map-focus.ts sets its filter and visibility).
 */
export const linksFocus: LineLayerSpecification = {
  id: 'links-focus',
  type: 'line',
  source: 'links',
  maxzoom: DETAIL_ZOOM,
  filter: ['boolean', false],
  layout: { 'line-cap': 'round', 'line-join': 'round', visibility: 'none' },
  paint: {
    'line-color': fieldColorExpression,
    'line-width': ['case', lit, ['+', linkWidth, 2.5], ['+', linkWidth, 0.6]] as unknown as number,
    'line-opacity': ['case', lit, 1, dimmed, 0.1, 0.95],
  },
}

/** Arrowheads in the middle of each arc, pointing from the Japanese side to the ASEAN side. */
export const linksArrow: SymbolLayerSpecification = {
  id: 'links-arrow',
  type: 'symbol',
  source: 'links',
  minzoom: DETAIL_ZOOM,
  layout: {
    'symbol-placement': 'line-center',
    'icon-image': 'arrow',
    'icon-size': ['interpolate', ['linear'], ['get', 'weight'], 1, 0.55, 5, 0.9],
    'icon-rotation-alignment': 'map',
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: {
    'icon-color': fieldColorExpression,
    'icon-opacity': ['case', dimmed, 0.1, 0.9],
  },
}

const ring: ExpressionSpecification = ['boolean', ['get', 'ring'], false]
const sideColor: ExpressionSpecification = [
  'case',
  ['==', ['get', 'side'], 'jp'],
  COLORS.jpPlace,
  COLORS.aseanPlace,
]

/**
 * Places: a dot for a municipality or city, a ring for an area drawn at its seat (place-marks.ts),
 * so that places drawn at one point can be told apart and each hovered. Radii are computed once per
 * dataset (property r).
 */
export const placesCircle: CircleLayerSpecification = {
  id: 'places-circle',
  type: 'circle',
  source: 'places',
  paint: {
    // The user's own places are hollow: white inside an ink ring.
    'circle-color': ['case', mine, '#ffffff', sideColor] as unknown as string,
    'circle-radius': ['+', ['get', 'r'], ['case', lit, 3, 0]] as unknown as number,
    // A ring's inside is only tinted, so the dot it surrounds shows through.
    'circle-opacity': ['case', ring, ['case', dimmed, 0.03, 0.1], dimmed, 0.3, 0.95],
    'circle-stroke-color': ['case', lit, INK, mine, INK, ring, sideColor, '#ffffff'],
    'circle-stroke-width': ['case', lit, 2.5, mine, 2, ring, 1.5, 1],
    'circle-stroke-opacity': ['case', dimmed, 0.3, 1],
  },
}

export const placesLabel: SymbolLayerSpecification = {
  id: 'places-label',
  type: 'symbol',
  source: 'places',
  layout: {
    'text-field': ['get', 'name_ja'],
    'text-font': ['Noto Sans Regular'],
    'text-size': ['interpolate', ['linear'], ['get', 'count'], 1, 11, 8, 13],
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    // Clear of the mark, rings included (em of the label's size).
    'text-radial-offset': ['+', 0.3, ['/', ['get', 'r'], 11]],
    'text-justify': 'auto',
    // Labels never overlap: MapLibre's collision detection drops the ones that would,
    // keeping the places with most links first.
    'text-allow-overlap': false,
    'text-optional': true,
    'symbol-sort-key': ['-', 0, ['get', 'count']],
  },
  paint: {
    // A hovered or selected place's name in full black; one not connected to the selection faint.
    'text-color': ['case', lit, '#000000', dimmed, '#a3acb4', COLORS.text],
    'text-halo-color': COLORS.halo,
    'text-halo-width': 1.5,
  },
}
