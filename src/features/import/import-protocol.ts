import type { Place } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import type { ImportSummary } from './import-types'
import type { ReadFailure, ReadProgress } from './read-file'
import type { RowEdits } from './validate-rows'

// Messages between the page and the import worker (import-worker.ts). The worker reads, decodes,
// parses and checks the file and keeps the place-name index: none of it runs on the page's thread.

export type WorkerRequest =
  | {
      type: 'import'
      id: number
      file: Blob
      name: string
      json: boolean
      /** Absolute: a worker resolves relative addresses against its own script. */
      gazetteerUrl: string
      /** The dataset's places and countries, and a number that changes when they do (the index is kept until then). */
      places: Place[]
      countries: Country[]
      datasetVersion: number
    }
  | { type: 'fix'; id: number; row: number; edits: RowEdits }

export type WorkerReply =
  | { type: 'progress'; id: number; progress: ReadProgress }
  | { type: 'done'; id: number; summary: ImportSummary }
  | { type: 'failed'; id: number; failure: ReadFailure | { key: 'gazetteer' | 'crashed'; detail: string } }
  | { type: 'fixed'; id: number; row: number; summary: ImportSummary }
