export declare const INITIAL_APP_BUDGET: number
export interface Chunk {
  file: string
  raw: number
  gzip: number
  maplibre: boolean
  initial: boolean
}
export declare function bundleReport(dir: string): {
  chunks: Chunk[]
  initialApp: number
  initialMaplibre: number
  mapPreloaded: boolean
  problems: string[]
}
