import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { links, places } from './data'
import { expect, test, waitForData } from './fixtures'

// Downloads a spreadsheet user opens: each panel's table as CSV and as an Excel workbook with its
// sources beside it, and the whole curated dataset in one ZIP. Read back here as files.

const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')).sources as {
  id: string
  licence: string
}[]
const bytesOf = async (download: import('@playwright/test').Download) =>
  readFileSync((await download.path()) as string)
const rowsOf = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

test('a panel downloads as CSV and as a workbook with Data, Sources and Notes sheets; all data as one ZIP', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await waitForData(page)
  const panel = page.getByTestId('panel-japan-oda')
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'CSV' }).click(),
  ])
  const csv = rowsOf((await bytesOf(csvFile)).toString('utf8'))
  expect(csv[0]).toEqual(['country', 'iso3', 'year', 'indicator', 'value', 'unit', 'source', 'note'])
  // The 2015 table and the OECD series the line chart plots since 2009, gaps named, never 0.
  const years = new Set(csv.slice(1).map((r) => Number(r[2])))
  expect(Math.min(...years)).toBe(2009)
  expect(years.has(2015)).toBe(true)

  const [xlsxFile] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    panel.getByRole('button', { name: 'Excel' }).click(),
  ])
  expect(xlsxFile.suggestedFilename()).toBe('japan-oda.xlsx')
  const book = await JSZip.loadAsync(await bytesOf(xlsxFile))
  const workbook = await (book.file('xl/workbook.xml') as JSZip.JSZipObject).async('string')
  expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
    'Data',
    'Sources',
    'Notes',
  ])
  const strings = await (book.file('xl/sharedStrings.xml') as JSZip.JSZipObject).async('string')
  // Each source the panel cites, with its licence; the panel's caveats.
  const xmlText = (t: string) => t.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;')
  for (const ref of ['clair-report', 'oecd-dac2a']) {
    expect(strings).toContain(`<t>${ref}</t>`)
    expect(strings).toContain(xmlText(sources.find((s) => s.id === ref)?.licence ?? '?'))
  }
  expect(strings).toContain('Not ODA recipients')

  const [zipFile] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Download all data' }).click(),
  ])
  expect(zipFile.suggestedFilename()).toMatch(/^japan-asean-cooperation-data-\d{4}-\d{2}-\d{2}\.zip$/)
  const zip = await JSZip.loadAsync(await bytesOf(zipFile))
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(['README.txt', 'data.xlsx', 'csv/links.csv', 'csv/sources.csv']),
  )
  const linksCsv = rowsOf(await (zip.file('csv/links.csv') as JSZip.JSZipObject).async('string'))
  expect(linksCsv).toHaveLength(links.length + 1)
  expect(linksCsv[0]).toEqual(expect.arrayContaining(['id', 'source_id', 'source_licence']))
  const placesCsv = rowsOf(await (zip.file('csv/places.csv') as JSZip.JSZipObject).async('string'))
  expect(placesCsv).toHaveLength(places.length + 1)
  await expect(page.getByRole('button', { name: 'Download all data' })).toBeEnabled()
})
