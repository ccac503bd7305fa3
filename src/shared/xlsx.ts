import { downloadBlob } from './download'
import type { Sheet } from './xlsx-build'

export type { Sheet } from './xlsx-build'

// The page's side of the workbook writer: exceljs runs in a worker started on the first workbook
// download (a long synchronous write there does not stop the page).

let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { resolve: (b: Blob) => void; reject: (e: Error) => void }>()

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), { type: 'module', name: 'xlsx' })
    worker.onmessage = (e: MessageEvent<{ id: number; blob?: Blob; error?: string }>) => {
      const w = waiting.get(e.data.id)
      waiting.delete(e.data.id)
      if (e.data.blob) w?.resolve(e.data.blob)
      else w?.reject(new Error(e.data.error ?? 'no workbook'))
    }
    worker.onerror = (e) => {
      e.preventDefault()
      for (const w of waiting.values()) w.reject(new Error(e.message))
      waiting.clear()
      worker?.terminate()
      worker = null
    }
  }
  return worker
}

/** An Excel workbook of these sheets (see xlsx-build.ts), written in a worker. */
export function workbookBlob(sheets: readonly Sheet[]): Promise<Blob> {
  const id = ++nextId
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    theWorker().postMessage({ id, sheets })
  })
}

export async function downloadWorkbook(fileName: string, sheets: readonly Sheet[]): Promise<void> {
  downloadBlob(await workbookBlob(sheets), fileName)
}
