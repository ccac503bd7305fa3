import type { Place } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import type { WorkerReply, WorkerRequest } from './import-protocol'
import type { ImportSummary } from './import-types'
import type { ReadProgress } from './read-file'
import type { RowEdits } from './validate-rows'

// The page's side of the import worker: one worker for the page's life (it keeps the place-name
// index between imports), started on the first import.

type Failure = Extract<WorkerReply, { type: 'failed' }>['failure']
export type WorkerOutcome = { ok: true; summary: ImportSummary } | { ok: false; failure: Failure }

let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { settle: (r: WorkerReply) => void; progress?: (p: ReadProgress) => void }>()

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' })
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data
      const w = waiting.get(reply.id)
      if (!w) return
      if (reply.type === 'progress') w.progress?.(reply.progress)
      else {
        waiting.delete(reply.id)
        w.settle(reply)
      }
    }
    worker.onerror = (e) => {
      // A worker that failed to start or crashed answers nothing more: every wait ends, and the
      // next import starts a new one.
      e.preventDefault()
      for (const [id, w] of waiting)
        w.settle({ type: 'failed', id, failure: { key: 'crashed', detail: e.message } })
      waiting.clear()
      worker?.terminate()
      worker = null
    }
  }
  return worker
}

function ask(request: WorkerRequest, progress?: (p: ReadProgress) => void): Promise<WorkerReply> {
  return new Promise((settle) => {
    waiting.set(request.id, { settle, progress })
    theWorker().postMessage(request)
  })
}

/** Numbers the dataset's place lists: the worker rebuilds its index only for a new one. */
const versions = new WeakMap<object, number>()

export async function importInWorker(
  file: File,
  json: boolean,
  dataset: { places: Place[]; countries: Country[]; gazetteerUrl: string },
  onProgress: (p: ReadProgress) => void,
): Promise<WorkerOutcome> {
  let version = versions.get(dataset.places)
  if (version === undefined) {
    version = ++nextId
    versions.set(dataset.places, version)
  }
  const reply = await ask(
    {
      type: 'import',
      id: ++nextId,
      file,
      name: file.name,
      json,
      gazetteerUrl: dataset.gazetteerUrl,
      places: dataset.places,
      countries: dataset.countries,
      datasetVersion: version,
    },
    onProgress,
  )
  if (reply.type === 'done') return { ok: true, summary: reply.summary }
  if (reply.type === 'failed') return { ok: false, failure: reply.failure }
  return { ok: false, failure: { key: 'crashed', detail: reply.type } }
}

/** The last imported file's row `row` checked again with `edits`: its records, or what is still wrong. */
export async function fixInWorker(row: number, edits: RowEdits): Promise<WorkerOutcome> {
  const reply = await ask({ type: 'fix', id: ++nextId, row, edits })
  if (reply.type === 'fixed') return { ok: true, summary: reply.summary }
  if (reply.type === 'failed') return { ok: false, failure: reply.failure }
  return { ok: false, failure: { key: 'crashed', detail: reply.type } }
}
