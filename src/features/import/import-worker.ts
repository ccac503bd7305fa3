// The import's heavy work, off the page's thread: loading the place names and building their
// index (≈ 10,000 names in both languages), reading the whole file, decoding, parsing and checking
// every row. The page stays responsive whatever the file's size; it gets progress and the result.
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { buildPlaceIndex, type GazetteerFile, loadGazetteer, type PlaceIndex } from './gazetteer'
import type { WorkerReply, WorkerRequest } from './import-protocol'
import type { ImportContext } from './import-types'
import { importBytes, type ParsedTable } from './read-file'
import { type RowEdits, RowValidator } from './validate-rows'
import { buildVocabulary } from './vocabulary'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: WorkerReply) => void
}

const vocabulary = buildVocabulary({
  relations: [en.relations, ja.relations],
  fields: [en.fields, ja.fields],
})

let gazetteer: Promise<GazetteerFile> | null = null
let index: { version: number; index: PlaceIndex } | null = null
/** The last file's rows and context, and what the person fixed in them: a fix checks its row again. */
let last: { table: ParsedTable; ctx: ImportContext; edits: Map<number, RowEdits> } | null = null

async function run(request: Extract<WorkerRequest, { type: 'import' }>): Promise<void> {
  const { id } = request
  let g: GazetteerFile
  try {
    gazetteer ??= loadGazetteer(request.gazetteerUrl)
    g = await gazetteer
  } catch (e) {
    gazetteer = null
    scope.postMessage({ type: 'failed', id, failure: { key: 'gazetteer', detail: String(e) } })
    return
  }
  if (index?.version !== request.datasetVersion)
    index = { version: request.datasetVersion, index: buildPlaceIndex(g, request.places) }
  const ctx: ImportContext = {
    index: index.index,
    countries: request.countries,
    vocabulary,
    fileName: request.name,
  }
  const bytes = new Uint8Array(await request.file.arrayBuffer())
  const outcome = importBytes(bytes, request.json, ctx, (progress) =>
    scope.postMessage({ type: 'progress', id, progress }),
  )
  if (!outcome.ok) {
    last = null
    scope.postMessage({ type: 'failed', id, failure: outcome.failure })
    return
  }
  last = { table: outcome.table, ctx, edits: new Map() }
  scope.postMessage({ type: 'done', id, summary: outcome.summary })
}

/** One row checked again with the cells the person chose: its records, or its remaining problems. */
function fix(request: Extract<WorkerRequest, { type: 'fix' }>): void {
  const row = last?.table.rows.find((r) => r.row === request.row)
  if (!last || !row) {
    scope.postMessage({ type: 'failed', id: request.id, failure: { key: 'crashed', detail: 'no such row' } })
    return
  }
  const edits = { ...last.edits.get(request.row), ...request.edits }
  last.edits.set(request.row, edits)
  const v = new RowValidator(last.table.header, last.ctx)
  v.add(row.cells, row.row, edits)
  scope.postMessage({ type: 'fixed', id: request.id, row: request.row, summary: v.result() })
}

scope.onmessage = (e) => {
  const request = e.data
  const work = request.type === 'import' ? run(request) : Promise.resolve(fix(request))
  work.catch((error: unknown) =>
    scope.postMessage({ type: 'failed', id: request.id, failure: { key: 'crashed', detail: String(error) } }),
  )
}
