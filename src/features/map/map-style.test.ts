import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
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
