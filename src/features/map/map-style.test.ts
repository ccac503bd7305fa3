import {
  Color,
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { FIELD_COLORS } from '@/shared/field-style'
import { MINE_COLOR } from './map-layers'
import { DETAIL_ZOOM } from './map-link-layers'
import { ARROW_LINK_LIMIT, baseStyle } from './map-style'

describe('the map style', () => {
  // The map is created with validateStyle: false (checking the app's own style cost every load
  // ≈ 60 ms); this is where it is checked instead, in both label languages and with data in.
  it('is valid by the MapLibre style specification', () => {
    const faces = { 'Noto Sans Regular': [{ url: 'http://x/a.woff2', 'unicode-range': ['U+0000-00FF'] }] }
    for (const labelField of ['name_ja', 'name_en'] as const) {
      const style = baseStyle(faces, {
        labelField,
        data: {
          links: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: { id: 'a' },
                geometry: {
                  type: 'LineString',
                  coordinates: [
                    [130, 33],
                    [104, 11],
                  ],
                },
              },
            ],
          },
        },
      })
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([])
    }
  })

  it('reports a broken layer (the check above can fail)', () => {
    const style = baseStyle({})
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere' }] }
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0)
  })
})

describe('arrowheads at scale', () => {
  const style = (links: number) =>
    baseStyle(
      {},
      {
        labelField: 'name_en',
        data: {
          links: {
            type: 'FeatureCollection',
            features: Array.from({ length: links }, () => ({
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'LineString' as const, coordinates: [] },
            })),
          },
        },
      },
    )
  const arrows = (links: number) =>
    (style(links).layers.find((l) => l.id === 'links-arrow') as { layout?: { visibility?: string } }).layout
      ?.visibility
  it('are drawn up to the limit MapLibre can hold and hidden beyond it', () => {
    expect(arrows(65)).toBe('visible')
    expect(arrows(ARROW_LINK_LIMIT)).toBe('visible')
    expect(arrows(20_000)).toBe('none')
  })
})

describe('levels of detail', () => {
  const layer = (id: string) =>
    baseStyle({}).layers.find((l) => l.id === id) as { minzoom?: number; maxzoom?: number }
  it('draw flows below DETAIL_ZOOM and each link from it on, by layer zoom ranges over fixed data', () => {
    expect(layer('flows-line').maxzoom).toBe(DETAIL_ZOOM)
    expect(layer('links-focus').maxzoom).toBe(DETAIL_ZOOM)
    for (const id of ['links-line', 'links-line-low', 'links-arrow'])
      expect(layer(id).minzoom).toBe(DETAIL_ZOOM)
  })
})

describe('GPU programs', () => {
  // MapLibre compiles a program per layer type and set of paint properties read from the data, and
  // each compile stalls start-up on the GPU: layers of a type read the same properties.
  const readFromData = (value: unknown): boolean =>
    Array.isArray(value) &&
    (value[0] === 'get' || value[0] === 'feature-state' || value.some((v) => readFromData(v)))
  const dataDriven = (id: string) => {
    const layer = baseStyle({}).layers.find((l) => l.id === id) as { paint?: Record<string, unknown> }
    return Object.entries(layer.paint ?? {})
      .filter(([, v]) => readFromData(v))
      .map(([k]) => k)
      .sort()
  }

  it('are shared by the solid line layers and by the label layers', () => {
    const lines = ['countries-line', 'countries-highlight', 'flows-line', 'links-line', 'links-focus'].map(
      dataDriven,
    )
    expect(lines[0]).toEqual(['line-color', 'line-opacity', 'line-width'])
    for (const layer of lines) expect(layer).toEqual(lines[0])
    expect(dataDriven('country-labels')).toEqual(['text-color'])
    expect(dataDriven('places-label')).toEqual(dataDriven('country-labels'))
  })

  it('are not asked for a fill outline', () => {
    const fill = baseStyle({}).layers.find((l) => l.id === 'countries-fill') as {
      paint: Record<string, unknown>
    }
    expect(fill.paint['fill-antialias']).toBe(false)
  })
})

describe('the user’s own data', () => {
  // Evaluated as MapLibre evaluates a paint property for a feature of the links and places sources.
  const paint = (layer: string, property: string, properties: Record<string, unknown>) => {
    const l = baseStyle({}).layers.find((x) => x.id === layer) as {
      type: string
      paint: Record<string, unknown>
    }
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      `paint_${l.type}`
    ]?.[property] as StylePropertySpecification
    const e = createPropertyExpression(l.paint[property], `layers.${layer}.paint.${property}`, spec)
    if (e.result !== 'success') throw new Error(`${layer} ${property}: ${JSON.stringify(e.value)}`)
    return e.value.evaluate({ zoom: 3 }, { type: 2, properties } as never) as unknown
  }
  const color = (c: unknown) => (c as { toString(): string }).toString()

  it('is drawn in its own style: ink dotted arcs and hollow points, never a field’s colour', () => {
    const mine = { mine: true, field: 'water', side: 'jp', count: 1, weight: 1 }
    const curated = { ...mine, mine: false }
    for (const layer of ['links-line', 'links-line-low']) {
      expect(color(paint(layer, 'line-color', mine))).toBe(color(Color.parse(MINE_COLOR)))
      expect(color(paint(layer, 'line-color', curated))).toBe(color(Color.parse(FIELD_COLORS.water)))
    }
    expect(paint('links-line-low', 'line-dasharray', mine)).not.toEqual(
      paint('links-line-low', 'line-dasharray', curated),
    )
    expect(color(paint('places-circle', 'circle-color', mine))).toBe(color(Color.parse('#ffffff')))
    expect(color(paint('places-circle', 'circle-color', curated))).not.toBe(color(Color.parse('#ffffff')))
  })
})
