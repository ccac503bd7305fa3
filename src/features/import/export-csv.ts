import { type ImportedRecords, USER_IMPORT_REF } from '@/data/imported-store'
import { type CsvCell, toCsv } from '@/shared/csv'
import { COLUMNS, type ColumnId } from './columns'
import type { RowProblem } from './import-types'

/**
 * The user's imported records back as a file in the template's format (English headers), so it
 * can be edited and imported again. Points the user placed by coordinates keep them.
 */
export function importedCsv(records: ImportedRecords): string {
  const placeById = new Map(records.places.map((p) => [p.id, p]))
  const projectByLink = new Map(records.projects.map((p) => [p.links[0], p]))
  const rows = records.links.map((link) => {
    const jp = placeById.get(link.jp)
    const asean = placeById.get(link.asean)
    const project = projectByLink.get(link.id)
    const own = (p: typeof jp) => p?.source.ref === USER_IMPORT_REF
    const row: Partial<Record<ColumnId, CsvCell>> = {
      jp_place: jp?.name.ja ?? link.jp,
      jp_prefecture: jp && jp.level !== 'prefecture' ? (jp.prefecture?.ja ?? '') : '',
      partner_city: asean?.name.en ?? link.asean,
      partner_country: asean?.country ?? '',
      relation: link.relation,
      year: link.year,
      fields: link.fields.join(';'),
      project_title: project?.title.en ?? '',
      end_year: project?.endYear ?? null,
      summary: project && project.summary.en !== project.title.en ? project.summary.en : '',
      // Numbers as numbers: a text cell starting with '-' would be neutralised as a formula.
      jp_lat: own(jp) ? (jp?.lat ?? null) : null,
      jp_lon: own(jp) ? (jp?.lon ?? null) : null,
      partner_lat: own(asean) ? (asean?.lat ?? null) : null,
      partner_lon: own(asean) ? (asean?.lon ?? null) : null,
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
