import type { ImportedRecords } from '@/data/imported-store'
import { isUserRecord } from '@/data/origin'
import type { Place } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import { type CsvCell, toCsv } from '@/shared/csv'
import { COLUMNS, type ColumnId } from './columns'
import type { RowProblem } from './import-types'

/** Where the names of the places an import links come from: its own places and the dataset's. */
export interface ExportLookup {
  placeById: ReadonlyMap<string, Place>
  countryByIso3: ReadonlyMap<string, Country>
}

/** The prefecture written for a Japanese place whose prefecture the file did not say. */
const UNKNOWN_PREFECTURE = '都道府県不明'

/**
 * The user's imported records back as a file in the template's format (English headers), written
 * as the template asks: each place by its name (Japanese for Japan, with its prefecture; English for
 * ASEAN) and its country by name, so that importing the file gives the same rows again. Points the
 * user placed by coordinates keep them.
 */
export function importedCsv(records: Omit<ImportedRecords, 'fileName'>, lookup: ExportLookup): string {
  const own = new Map(records.places.map((p) => [p.id, p]))
  const placeOf = (id: string) => own.get(id) ?? lookup.placeById.get(id)
  const projectByLink = new Map(records.projects.map((p) => [p.links[0], p]))
  const rows = records.links.map((link) => {
    const jp = placeOf(link.jp)
    const asean = placeOf(link.asean)
    const project = projectByLink.get(link.id)
    // A point the file placed by its own coordinates is written with them.
    const placed = (p: Place | undefined) => (p && isUserRecord(p) ? p : undefined)
    const prefecture = jp && jp.level !== 'prefecture' ? jp.prefecture?.ja : undefined
    const row: Partial<Record<ColumnId, CsvCell>> = {
      jp_place: jp?.name.ja ?? '',
      jp_prefecture: prefecture && prefecture !== UNKNOWN_PREFECTURE ? prefecture : '',
      partner_city: asean?.name.en ?? '',
      partner_country: (asean && lookup.countryByIso3.get(asean.country)?.name.en) ?? asean?.country ?? '',
      relation: link.relation,
      year: link.year,
      fields: link.fields.join(';'),
      project_title: project?.title.en ?? '',
      end_year: project?.endYear ?? null,
      summary: project && project.summary.en !== project.title.en ? project.summary.en : '',
      // Numbers as numbers: a text cell starting with '-' would be neutralised as a formula.
      jp_lat: placed(jp)?.lat ?? null,
      jp_lon: placed(jp)?.lon ?? null,
      partner_lat: placed(asean)?.lat ?? null,
      partner_lon: placed(asean)?.lon ?? null,
      source_url: link.source.url ?? '',
      note: link.note?.en ?? '',
    }
    return COLUMNS.map((c) => row[c.id] ?? null)
  })
  return toCsv([COLUMNS.map((c) => c.id), ...rows])
}

/** The problems as a CSV with the messages in the user's language. */
export function problemsCsv(
  problems: readonly RowProblem[],
  message: (p: RowProblem) => string,
  headers: [string, string, string],
): string {
  const rows = problems.map((p) => [p.row, p.column ?? '', message(p)])
  return toCsv([headers, ...rows])
}
