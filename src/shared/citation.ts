import { USER_IMPORT_REF } from '@/data/origin'
import type { SourceRef } from '@/data/schema'
import type { SourceRecord } from '@/data/schema-files'
import type { Lang } from '@/i18n/i18n'
import { localLocator } from './locator'

export interface CitationParts {
  /** The work's title after its publisher (default true). */
  title?: boolean
  /** Its year in brackets, when known. */
  year?: boolean
  /** Its licence, last. */
  licence?: boolean
  /** What to write when the source is not in sources.json (default: its id). */
  unknown?: string
  /** The user's own imported records' name for their source ("Your data"), which has no citation. */
  userImport?: string
}

/**
 * One source as text, in the reader's language: "publisher, title · locator". Every written-out
 * citation (source lines, chart captions and images, the map image, compare CSV and PNG, slides)
 * goes through here, so they cannot drift apart.
 */
export function citationText(
  source: SourceRef,
  citation: SourceRecord | undefined,
  lang: Lang,
  parts: CitationParts = {},
): string {
  const { title = true, year = false, licence = false } = parts
  let head = (source.ref === USER_IMPORT_REF ? parts.userImport : undefined) ?? parts.unknown ?? source.ref
  if (citation) {
    head = citation.publisher[lang]
    // A web page's own title names the page; the entry's title only names the kind of site.
    if (source.title)
      head += `${lang === 'ja' ? '、' : ', '}${lang === 'ja' ? `「${source.title}」` : `“${source.title}”`}`
    else if (title) head += `${lang === 'ja' ? '、' : ', '}${citation.title[lang]}`
    if (year && citation.year) head += ` (${citation.year})`
  }
  const out = [head]
  if (source.locator) out.push(localLocator(source.locator, lang))
  if (citation && licence) out.push(citation.licence)
  return out.join(' · ')
}

/**
 * A labelled line of sources for a file or an image: "Source: publisher, title · locator; …" in the
 * reader's language ("出典：" is followed by no space).
 */
export function sourcesLine(
  label: string,
  refs: readonly SourceRef[],
  citations: ReadonlyMap<string, SourceRecord> | undefined,
  lang: Lang,
  parts: CitationParts = {},
): string {
  const items = refs.map((r) => citationText(r, citations?.get(r.ref), lang, parts))
  return `${label}${label.endsWith('：') ? '' : ' '}${items.join('; ')}`
}
