// "Download all data" built off the page's thread: every table as CSV, the workbook (exceljs takes
// seconds over the whole dataset) and the ZIP (see download-all-button.tsx).
import type { Dataset } from './all-data'
import { allDataZip } from './all-data-zip'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ dataset: Dataset; date: string }>) => void) | null
  postMessage: (message: { blob?: Blob; error?: string }) => void
}

scope.onmessage = (e) => {
  allDataZip(e.data.dataset, e.data.date).then(
    (blob) => scope.postMessage({ blob }),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  )
}
