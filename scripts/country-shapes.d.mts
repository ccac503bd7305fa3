import type { Feature, MultiPolygon } from 'geojson'
export declare const SHAPES_SOURCE: string
export interface ShapeProperties {
  iso3: string | null
  neName: string
  role: 'asean' | 'japan' | 'other'
}
export declare function countryShapes(countries: { iso3: string; isoNumeric: string; asean: boolean }[]): {
  countries: unknown[]
  features: (Feature<MultiPolygon, ShapeProperties> & { id: number })[]
}
