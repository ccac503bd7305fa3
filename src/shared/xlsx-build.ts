import type { CsvCell } from './csv'

// Writing a workbook takes exceljs a second or more for a few thousand rows: it runs in a worker
// (xlsx-worker.ts, reached through xlsx.ts), never on the page's thread.

/** One sheet of a workbook: a header row and rows of plain cells (text stays text, numbers numbers). */
export interface Sheet {
  name: string
  header: readonly string[]
  rows: readonly (readonly CsvCell[])[]
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
}

/**
 * An Excel workbook (.xlsx) of these sheets, written by exceljs (loaded on first use: ≈ 250 kB
 * gzip, never in the first load). Every text cell is a string cell: a value that starts with `=`
 * is text, never a formula (exceljs writes formulas only when given { formula }). Header rows are
 * bold and frozen, with filters; columns sized to their content.
 */
export async function buildWorkbook(sheets: readonly Sheet[]): Promise<Blob> {
  // The bare build: without the polyfills of the default browser build (which patch globals).
  const { default: ExcelJS } = await import('exceljs/dist/exceljs.bare.min.js')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Japan–ASEAN Municipal Cooperation Dashboard'
  workbook.created = new Date()
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow([...sheet.header]).font = { bold: true }
    for (const row of sheet.rows) ws.addRow(row.map((c) => (c === null ? undefined : c)))
    if (sheet.header.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } }
    sheet.header.forEach((h, i) => {
      let width = h.length
      for (const row of sheet.rows.slice(0, 500)) width = Math.max(width, String(row[i] ?? '').length)
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, width + 2))
    })
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Blob([buffer], { type: XLSX_TYPE })
}
