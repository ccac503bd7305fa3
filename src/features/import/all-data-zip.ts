import { toCsv } from '@/shared/csv'
import { buildWorkbook } from '@/shared/xlsx-build'
import { type Dataset, datasetTables, licences } from './all-data'

// "Download all data": the whole curated dataset in one ZIP. Loaded on the first click with
// jszip and exceljs, never with the page.

/** What the ZIP holds and under which licences, in both languages (a file read outside the app). */
export function readme(d: Dataset, date: string, files: readonly string[]): string {
  const lines = [
    '日本–ASEAN 自治体国際協力ダッシュボード：収録データ一式',
    'Japan–ASEAN Municipal Cooperation Dashboard: the whole curated dataset',
    '',
    `${date}`,
    '',
    'data.xlsx  すべての表（1表1シート）/ every table, one sheet each',
    'csv/       同じ表を CSV（UTF-8、BOM 付き）で / the same tables as CSV (UTF-8 with BOM)',
    'json/      アプリが読み込む元の JSON / the JSON files the app reads',
    '',
    '各行の出典は source_* の列（発行者、ページ、ライセンス）にあります。出典一覧は sources の表です。',
    'Each row names its source in its source_* columns (publisher, page, licence); sources lists them all.',
    '利用者が取り込んだ独自データは含みません。/ Data you imported yourself is not included.',
    '',
    'ライセンス / Licences:',
    ...licences(d).map((l) => `- ${l.licence}: ${l.publishers.join('; ')}`),
    '',
    'ファイル / Files:',
    ...files.map((f) => `- ${f}`),
    '',
  ]
  return lines.join('\r\n')
}

export async function allDataZip(d: Dataset, date: string): Promise<Blob> {
  const { default: JSZip } = await import('jszip')
  const tables = datasetTables(d)
  const zip = new JSZip()
  const files: string[] = ['data.xlsx']
  for (const t of tables) {
    const name = `csv/${t.file}.csv`
    zip.file(name, `\ufeff${toCsv([t.header, ...t.rows])}`)
    files.push(name)
  }
  for (const [name, file] of Object.entries(d)) {
    zip.file(`json/${name}.json`, `${JSON.stringify(file, null, 2)}\n`)
    files.push(`json/${name}.json`)
  }
  zip.file('data.xlsx', await buildWorkbook(tables))
  zip.file('README.txt', readme(d, date, files))
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' })
}
