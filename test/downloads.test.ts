import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildNetwork } from '@/data/network'
import type { IndicatorsFile, LinksFile, OdaFile, PlacesFile } from '@/data/schema'
import type { CountriesFile, EventsFile, ProjectsFile, SchemesFile, SourcesFile } from '@/data/schema-files'
import { gdpTable } from '@/features/charts/gdp/gdp-table'
import { linksTable } from '@/features/charts/links/links-table'
import { odaTable } from '@/features/charts/oda/oda-table'
import { type PanelTable, panelWorkbook } from '@/features/charts/panel-table'
import { timelineTable } from '@/features/charts/timeline/timeline-table'
import { compareCsv } from '@/features/compare/compare-csv'
import { compareModel } from '@/features/compare/compare-model'
import { makeLabels } from '@/features/compare/compare-text'
import { type Dataset, datasetTables } from '@/features/import/all-data'
import { allDataZip } from '@/features/import/all-data-zip'
import { templateCsv } from '@/features/import/columns'
import { problemsCsv } from '@/features/import/export-csv'
import { i18n, initI18n } from '@/i18n/i18n'
import { toCsv } from '@/shared/csv'
import { buildWorkbook } from '@/shared/xlsx-build'
import { HOSTILE, liveFormulas } from './csv-safety'
import { REPO_ROOT, readData } from './data-files'
import { input } from './fixtures/compare-input'

// Every file the app lets a person download that a spreadsheet opens goes through the one CSV
// writer (shared/csv.ts) or the one workbook writer (shared/xlsx.ts), and none carries a live
// formula, whatever text the data or the user's import holds.

const evil = (i: number) => HOSTILE[i % HOSTILE.length] as string
const dataset: Dataset = {
  countries: readData<CountriesFile>('countries.json'),
  places: readData<PlacesFile>('places.json'),
  links: readData<LinksFile>('links.json'),
  projects: readData<ProjectsFile>('projects.json'),
  indicators: readData<IndicatorsFile>('indicators.json'),
  oda: readData<OdaFile>('oda.json'),
  schemes: readData<SchemesFile>('schemes.json'),
  events: readData<EventsFile>('events.json'),
  sources: readData<SourcesFile>('sources.json'),
}
const network = buildNetwork(
  dataset.countries.countries,
  dataset.places.places,
  dataset.links.links,
  dataset.projects.projects,
)
const csvOf = (t: PanelTable) => toCsv([t.header, ...t.rows])
const hostileText = (x: { en: string }) => `${evil(x.en.length)}${x.en}`

describe('every download a spreadsheet opens', () => {
  it('is written by the one CSV writer: no other module unparses CSV or makes a text/csv file', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path)
      }
    }
    walk(join(REPO_ROOT, 'src'))
    const writers = files.filter((f) => /\bunparse\(|type:\s*['"]text\/csv/.test(readFileSync(f, 'utf8')))
    expect(writers.map((f) => relative(REPO_ROOT, f))).toEqual(['src/shared/csv.ts'])
  })

  it('has no live formula: the import template, the export, the problems list', () => {
    expect(liveFormulas(templateCsv('en'))).toEqual([])
    expect(liveFormulas(templateCsv('ja'))).toEqual([])
    const problems = HOSTILE.map((value, i) => ({
      row: i + 2,
      column: value,
      code: 'notFound' as const,
      value,
    }))
    const csv = problemsCsv(problems, (p) => p.value, ['row', 'column', 'problem'])
    expect(liveFormulas(csv)).toEqual([])
    expect(csv).toContain("'=HYPERLINK")
  })

  it('has no live formula: every chart panel’s table', () => {
    const nameOf = (iso3: string) => `${evil(iso3.charCodeAt(0))}${iso3}`
    const cite = (ref: { ref: string }) => `${evil(ref.ref.length)} ${ref.ref}`
    const gdp = dataset.indicators.series.filter((s) => s.indicator === 'gdp_per_capita_usd')
    const tables = [
      gdpTable({
        series: gdp.filter((s) => s.iso3 !== 'JPN'),
        reference: gdp.find((s) => s.iso3 === 'JPN') ?? null,
        years: [1990, 2025],
        indicator: '=GDP',
        unit: '+US$',
        nameOf,
        cite,
        notes: [],
      }),
      odaTable({
        oda: dataset.oda,
        view: 'net',
        nameOf,
        text: hostileText,
        labels: {
          grantAid: '=a',
          technicalCooperation: '+b',
          loansDisbursed: '-c',
          loansRepaid: '@d',
          grossTotal: '=e',
          netTotal: '=f',
          blank: '=g',
        },
        cite,
        notes: [],
      }),
      linksTable({
        network,
        links: network.links,
        placeName: (id) => `=${id}`,
        countryName: nameOf,
        label: { relation: (r) => `-${r}`, field: (f) => `@${f}`, curated: '=c', mine: '=m' },
        separator: '; ',
        cite,
        notes: [],
      }),
      timelineTable({
        events: dataset.events.events,
        projects: network.projects,
        text: hostileText,
        label: { field: (f) => `+${f}`, event: '=e', project: '=p', curated: '=c', mine: '=m' },
        cite,
        notes: [],
      }),
    ]
    for (const t of tables) {
      expect(t.rows.length).toBeGreaterThan(0)
      expect(liveFormulas(csvOf(t))).toEqual([])
    }
  })

  it('has no live formula: the compare table', async () => {
    await initI18n('en')
    const citations = new Map([
      [
        'wb-wdi',
        {
          id: 'wb-wdi',
          publisher: { ja: '=世界銀行', en: '=World Bank' },
          title: { ja: '+x', en: '+x' },
          year: 2026,
          licence: '@CC BY 4.0',
        },
      ],
    ])
    const csv = compareCsv(
      compareModel(input(['KHM', 'VNM'], 2017)),
      makeLabels(i18n.getFixedT('en'), 'en'),
      citations,
    )
    expect(csv).toContain("'=World Bank")
    expect(liveFormulas(csv)).toEqual([])
  })

  it('has no live formula and holds every record: "Download all data"', async () => {
    const hostile: Dataset = {
      ...dataset,
      sources: {
        sources: dataset.sources.sources.map((s, i) => ({ ...s, note: { ja: evil(i), en: evil(i + 1) } })),
      },
      links: { links: dataset.links.links.map((l, i) => ({ ...l, note: { ja: evil(i), en: evil(i) } })) },
    }
    const tables = datasetTables(hostile)
    for (const t of tables) expect(liveFormulas(toCsv([t.header, ...t.rows])), t.file).toEqual([])
    const count = (file: string) => tables.find((t) => t.file === file)?.rows.length
    expect(count('links')).toBe(dataset.links.links.length)
    expect(count('projects')).toBe(dataset.projects.projects.length)
    expect(count('places')).toBe(dataset.places.places.length)
    expect(count('sources')).toBe(dataset.sources.sources.length)
    expect(count('indicators')).toBe(dataset.indicators.series.reduce((n, s) => n + s.points.length, 0))
    expect(count('oda-oecd')).toBe(dataset.oda.oecd.series.reduce((n, s) => n + s.points.length, 0))
    // Each record's source with its licence beside it.
    const links = tables.find((t) => t.file === 'links')
    expect(links?.header).toEqual(expect.arrayContaining(['source_id', 'source_licence', 'source_url']))
    const zip = await JSZip.loadAsync(await (await allDataZip(hostile, '2026-01-01')).arrayBuffer())
    const names = Object.keys(zip.files)
    expect(names).toEqual(
      expect.arrayContaining(['README.txt', 'data.xlsx', 'csv/links.csv', 'json/links.json']),
    )
    for (const name of names.filter((n) => n.endsWith('.csv')))
      expect(liveFormulas(await (zip.file(name) as JSZip.JSZipObject).async('string')), name).toEqual([])
    const readme = await (zip.file('README.txt') as JSZip.JSZipObject).async('string')
    for (const s of dataset.sources.sources) expect(readme).toContain(s.licence)
  }, 60_000)

  it('writes workbooks whose text is text: no formula cell, the apostrophe not needed', async () => {
    const sheets = panelWorkbook(
      { header: ['country', 'value'], rows: HOSTILE.map((h, i) => [h, i]), notes: ['=note'] },
      [{ ref: 'wb-wdi' }],
      new Map(dataset.sources.sources.map((s) => [s.id, s])),
      'en',
      {
        data: 'Data',
        sources: 'Sources',
        notes: 'Notes',
        sourceColumns: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
        noteColumns: ['a', 'b'],
        title: 'Chart',
        subtitle: 'Shows',
        downloaded: 'Downloaded',
        note: 'Note',
      },
      { title: '=t', subtitle: 's', date: '2026-01-01' },
    )
    expect(sheets.map((s) => s.name)).toEqual(['Data', 'Sources', 'Notes'])
    const zip = await JSZip.loadAsync(await (await buildWorkbook(sheets)).arrayBuffer())
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('xl/') && n.endsWith('.xml'))
        .map((n) => (zip.file(n) as JSZip.JSZipObject).async('string')),
    )
    expect(xml.join('')).not.toMatch(/<f[ >]/)
    expect(xml.join('')).toContain('=HYPERLINK(&quot;https://evil.example&quot;,&quot;x&quot;)')
  }, 30_000)
})
