import { type ImportedRecords, USER_IMPORT_REF } from '@/data/imported-store'
import { COLUMNS, type ColumnId, csvCell } from './columns'
import type { RowProblem } from './validate-rows'

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
    const row: Partial<Record<ColumnId, string>> = {
      jp_place: jp?.name.ja ?? link.jp,
      jp_prefecture: jp && jp.level !== 'prefecture' ? (jp.prefecture?.ja ?? '') : '',
      partner_city: asean?.name.en ?? link.asean,
      partner_country: asean?.country ?? '',
      relation: link.relation,
      year: link.year === null ? '' : String(link.year),
      fields: link.fields.join(';'),
      project_title: project?.title.en ?? '',
      end_year: project?.endYear ? String(project.endYear) : '',
      summary: project && project.summary.en !== project.title.en ? project.summary.en : '',
      jp_lat: own(jp) ? String(jp?.lat) : '',
      jp_lon: own(jp) ? String(jp?.lon) : '',
      partner_lat: own(asean) ? String(asean?.lat) : '',
      partner_lon: own(asean) ? String(asean?.lon) : '',
      source_url: link.source.url ?? '',
      note: link.note?.en ?? '',
    }
    return COLUMNS.map((c) => row[c.id] ?? '')
  })
  return `${[COLUMNS.map((c) => c.id), ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** The problems as a CSV with the messages in the user's language. */
export function problemsCsv(
  problems: readonly RowProblem[],
  message: (p: RowProblem) => string,
  headers: [string, string, string],
): string {
  const rows = problems.map((p) => [String(p.row), p.column ?? '', message(p)])
  return `${[headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}
