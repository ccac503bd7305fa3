import { readFileSync } from 'node:fs'
import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { countryShapes } from './country-shapes.mjs'

// The shapes the map, its PNG, the slides and every export draw (build-assets writes them to
// public/geo/countries.geojson).
const countries = JSON.parse(readFileSync('data/countries.json', 'utf8')).countries
const { features } = countryShapes(countries)
const owner = (lon: number, lat: number) =>
  features.filter((f) => geoContains(f, [lon, lat])).map((f) => f.properties.neName)

describe('country shapes, as Japanese official maps draw them', () => {
  it('draws the Northern Territories as part of Japan', () => {
    expect(owner(145.85, 44.05)).toEqual(['Japan']) // Kunashiri
    expect(owner(147.9, 45.1)).toEqual(['Japan']) // Etorofu
    expect(owner(146.75, 43.8)).toEqual(['Japan']) // Shikotan
  })

  it('leaves Urup and Sakhalin to Russia and Hokkaido to Japan', () => {
    expect(owner(149.9, 45.8)).toEqual(['Russia']) // Urup
    expect(owner(142.8, 47.0)).toEqual(['Russia']) // Sakhalin
    expect(owner(142.5, 43.5)).toEqual(['Japan']) // Hokkaido
  })

  it('has a shape for every country of the dashboard, Timor-Leste among the members', () => {
    for (const c of countries)
      expect(
        features.some((f) => f.properties.iso3 === c.iso3),
        c.iso3,
      ).toBe(true)
    expect(features.find((f) => f.properties.iso3 === 'TLS')?.properties.role).toBe('asean')
  })

  it('gives every shape the tight bounding box of its coordinates', () => {
    for (const f of features) {
      const points = f.geometry.coordinates.flat(2) as [number, number][]
      const xs = points.map((p) => p[0])
      const ys = points.map((p) => p[1])
      expect(f.bbox, f.properties.neName).toEqual([
        Math.min(...xs),
        Math.min(...ys),
        Math.max(...xs),
        Math.max(...ys),
      ])
    }
  })
})
