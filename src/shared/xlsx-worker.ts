// Writes workbooks off the page's thread (see xlsx.ts).
import { buildWorkbook, type Sheet } from './xlsx-build'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; sheets: Sheet[] }>) => void) | null
  postMessage: (message: { id: number; blob?: Blob; error?: string }) => void
}

scope.onmessage = (e) => {
  const { id, sheets } = e.data
  buildWorkbook(sheets).then(
    (blob) => scope.postMessage({ id, blob }),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  )
}
