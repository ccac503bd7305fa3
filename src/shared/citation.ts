import type { SourceRecord, SourceRef } from '@/data/schema'
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
}

/**
 * One source as text, in the reader's language: "publisher, title · locator". Every written-out
 * citation (chart captions and images, the map image, compare CSV and slides) goes through here,
 * so they cannot drift apart.
 */
export function citationText(
  source: SourceRef,
  citation: SourceRecord | undefined,
  lang: Lang,
  parts: CitationParts = {},
): string {
  const { title = true, year = false, licence = false } = parts
  let head = parts.unknown ?? source.ref
  if (citation) {
    head = citation.publisher[lang]
    if (title) head += `${lang === 'ja' ? '、' : ', '}${citation.title[lang]}`
    if (year && citation.year) head += ` (${citation.year})`
  }
  const out = [head]
  if (source.locator) out.push(localLocator(source.locator, lang))
  if (citation && licence) out.push(citation.licence)
  return out.join(' · ')
}
