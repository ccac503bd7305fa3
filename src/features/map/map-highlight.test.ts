import { describe, expect, it } from 'vitest'
import { boundsOf, featureBounds } from './map-highlight'

const polygon: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [102, 8],
      [109.5, 8.5],
      [107, 23.4],
      [102, 8],
    ],
  ],
}

describe('the box the camera frames a country by', () => {
  it('is computed from the coordinates', () => {
    expect(boundsOf(polygon)).toEqual([
      [102, 8],
      [109.5, 23.4],
    ])
  })

  it("is the feature's own GeoJSON bbox when it has one (the built country shapes do)", () => {
    const feature: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      bbox: [1, 2, 3, 4],
      geometry: polygon,
    }
    expect(featureBounds(feature)).toEqual([
      [1, 2],
      [3, 4],
    ])
    expect(featureBounds({ ...feature, bbox: undefined })).toEqual(boundsOf(polygon))
  })
})
