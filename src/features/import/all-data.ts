import type { IndicatorsFile, LinksFile, OdaFile, PlacesFile, SourceRef } from '@/data/schema'
import type {
  CountriesFile,
  EventsFile,
  ProjectsFile,
  SchemesFile,
  SourceRecord,
  SourcesFile,
} from '@/data/schema-files'
import type { CsvCell } from '@/shared/csv'
import type { Sheet } from '@/shared/xlsx-build'

// The whole curated dataset as tables a spreadsheet opens: one table per kind of record, every
// field of every record in a column (bilingual text as _ja and _en columns), each record's source
// with its publisher and licence beside it. Pure: no React, no DOM.

export interface Dataset {
  countries: CountriesFile
  places: PlacesFile
  links: LinksFile
  projects: ProjectsFile
  indicators: IndicatorsFile
  oda: OdaFile
  schemes: SchemesFile
  events: EventsFile
  sources: SourcesFile
}

/** A table of the download: its file name (without extension) and sheet. */
export interface Table extends Sheet {
  file: string
}

type Row = Map<string, CsvCell>

function isText(v: unknown): v is { ja: string; en: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length === 2 &&
    typeof (v as { ja?: unknown }).ja === 'string' &&
    typeof (v as { en?: unknown }).en === 'string'
  )
}

function isSourceRef(v: unknown): v is SourceRef {
  return typeof v === 'object' && v !== null && typeof (v as { ref?: unknown }).ref === 'string'
}

/**
 * One record as named cells: text in both languages, a source with its citation and licence,
 * nested objects by path (ceiling_amount), lists joined with "; ". Lists of objects other than
 * text and sources (a project's outcomes) are tables of their own: here, only how many.
 */
function flatten(
  record: Record<string, unknown>,
  sources: ReadonlyMap<string, SourceRecord>,
  out: Row = new Map(),
  prefix = '',
): Row {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix + key
    if (value === null || value === undefined) out.set(name, null)
    else if (typeof value === 'number' || typeof value === 'string') out.set(name, value)
    else if (typeof value === 'boolean') out.set(name, value ? 'true' : 'false')
    else if (isText(value)) {
      out.set(`${name}_ja`, value.ja)
      out.set(`${name}_en`, value.en)
    } else if (isSourceRef(value)) {
      const c = sources.get(value.ref)
      out.set(`${name}_id`, value.ref)
      out.set(`${name}_publisher`, c?.publisher.en ?? null)
      out.set(`${name}_title`, value.title ?? c?.title.en ?? null)
      out.set(`${name}_locator`, value.locator ?? null)
      out.set(`${name}_url`, value.url ?? c?.url ?? null)
      out.set(`${name}_retrieved`, value.retrieved ?? null)
      out.set(`${name}_licence`, c?.licence ?? null)
    } else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string' || typeof v === 'number')) out.set(name, value.join('; '))
      else if (value.every(isText)) {
        out.set(`${name}_ja`, value.map((v) => v.ja).join('、'))
        out.set(`${name}_en`, value.map((v) => v.en).join('; '))
      } else if (value.every(isSourceRef))
        out.set(name, value.map((v) => [v.ref, v.locator, v.url].filter(Boolean).join(' ')).join('; '))
      else if (value.every((v) => Array.isArray(v))) out.set(name, value.map((v) => v.join(':')).join('; '))
      else out.set(`${name}_count`, value.length)
    } else flatten(value as Record<string, unknown>, sources, out, `${name}_`)
  }
  return out
}

/** Records as a table: the columns of all of them, in the order first met. */
function tableOf(
  file: string,
  name: string,
  records: readonly object[],
  sources: ReadonlyMap<string, SourceRecord>,
): Table {
  const rows = records.map((r) => flatten(r as Record<string, unknown>, sources))
  const header: string[] = []
  const seen = new Set<string>()
  for (const row of rows)
    for (const key of row.keys())
      if (!seen.has(key)) {
        seen.add(key)
        header.push(key)
      }
  return { file, name, header, rows: rows.map((row) => header.map((h) => row.get(h) ?? null)) }
}

/** Every table of the dataset, the sources (with their licences) first. */
export function datasetTables(d: Dataset): Table[] {
  const sources = new Map(d.sources.sources.map((s) => [s.id, s]))
  const table = (file: string, name: string, records: readonly object[]) =>
    tableOf(file, name, records, sources)
  const countryName = new Map(d.countries.countries.map((c) => [c.iso3, c.name]))
  const country = (iso3: string) => ({ iso3, country: countryName.get(iso3) ?? { ja: iso3, en: iso3 } })
  const indicatorMeta = new Map(d.indicators.indicators.map((i) => [i.id, i]))
  const flows = new Map(d.oda.oecd.flows.map((f) => [f.id, f]))
  return [
    table('sources', 'Sources', d.sources.sources),
    table('links', 'Links', d.links.links),
    table('projects', 'Projects', d.projects.projects),
    table(
      'project-outcomes',
      'Project outcomes',
      d.projects.projects.flatMap((p) =>
        p.outcomes.flatMap((o) =>
          o.points.map((pt) => ({
            project: p.id,
            outcome: o.id,
            metric: o.metric,
            unit: o.unit,
            place: o.place ?? null,
            year: pt.year,
            value: pt.value,
            note: o.note ?? null,
          })),
        ),
      ),
    ),
    table('places', 'Places', d.places.places),
    table('countries', 'Countries', d.countries.countries),
    table(
      'indicators',
      'Indicators',
      d.indicators.series.flatMap((s) =>
        s.points.map(([year, value]) => ({
          ...country(s.iso3),
          year,
          indicator: s.indicator,
          indicator_name: indicatorMeta.get(s.indicator)?.name ?? { ja: s.indicator, en: s.indicator },
          value,
          unit: indicatorMeta.get(s.indicator)?.unit ?? { ja: '', en: '' },
          source: s.source,
        })),
      ),
    ),
    table('indicator-definitions', 'Indicator definitions', d.indicators.indicators),
    table(
      'oda-report-2015',
      'ODA report 2015',
      d.oda.report2015.rows.map((r) => ({ ...r, year: 2015, unit: d.oda.report2015.unit })),
    ),
    table(
      'oda-by-region-2015',
      'ODA by region 2015',
      d.oda.byRegion2015.rows.map((r) => ({ ...r, unit: d.oda.byRegion2015.unit })),
    ),
    table(
      'oda-oecd',
      'ODA OECD series',
      d.oda.oecd.series.flatMap((s) =>
        s.points.map(([year, value]) => ({
          ...country(s.iso3),
          year,
          flow: s.flow,
          flow_name: flows.get(s.flow)?.name ?? { ja: s.flow, en: s.flow },
          value,
          // A year the extract does not publish: why there is no value (never 0).
          missing: value === null ? (flows.get(s.flow)?.missingMeans ?? null) : null,
          unit: d.oda.oecd.unit,
          source: s.source,
        })),
      ),
    ),
    table('oda-oecd-flows', 'ODA OECD flows', d.oda.oecd.flows),
    table('schemes', 'Schemes', d.schemes.schemes),
    table('events', 'Events', d.events.events),
  ]
}

/** The licences the dataset's sources carry, each with the publishers that use it: for the README. */
export function licences(d: Dataset): { licence: string; publishers: string[] }[] {
  const by = new Map<string, Set<string>>()
  for (const s of d.sources.sources) {
    const set = by.get(s.licence) ?? new Set<string>()
    set.add(s.publisher.en)
    by.set(s.licence, set)
  }
  return [...by].map(([licence, publishers]) => ({ licence, publishers: [...publishers] }))
}
