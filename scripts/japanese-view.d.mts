import type { Feature } from 'geojson'
export declare const NORTHERN_TERRITORIES: { west: number; east: number; south: number; north: number }
export declare const JAPAN_NUMERIC: string
export declare const RUSSIA_NUMERIC: string
export declare const VIEW_NOTE: string
export declare function drawNorthernTerritoriesAsJapan(features: Feature[]): number
