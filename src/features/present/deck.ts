import type { SourceRecord } from '@/data/schema-files'
import type { Lang } from '@/i18n/i18n'
import { sourcesLine } from '@/shared/citation'
import type { Story } from './story-schema'

/** One exported slide, as plain strings and an image: what the PPTX and the PDF both show. */
export interface DeckSlide {
  title: string
  /** Body paragraphs. */
  lines: string[]
  notes: string | null
  /** "Source: …" line. */
  source: string
  /** "3 / 11". */
  page: string
  /** The map as a PNG data URL with its pixel size, or null when there is no map. */
  image: { data: string; width: number; height: number } | null
}

export interface Deck {
  lang: Lang
  title: string
  footer: string
  slides: DeckSlide[]
}

export interface DeckLabels {
  sourceLabel: string
  page: (current: number, total: number) => string
  footer: string
}

export function deckOf(
  story: Story,
  lang: Lang,
  citations: ReadonlyMap<string, SourceRecord>,
  labels: DeckLabels,
  images: readonly (DeckSlide['image'] | undefined)[],
): Deck {
  const total = story.slides.length
  return {
    lang,
    title: story.title[lang],
    footer: labels.footer,
    slides: story.slides.map((s, i) => {
      return {
        title: s.title[lang],
        lines: s.text[lang].split('\n').filter((l) => l.trim() !== ''),
        notes: s.notes ? s.notes[lang] : null,
        // Publishers only: a slide's source line has little room.
        source: s.sources.length
          ? sourcesLine(labels.sourceLabel, s.sources, citations, lang, { title: false })
          : '',
        page: labels.page(i + 1, total),
        image: images[i] ?? null,
      }
    }),
  }
}

export function deckFileName(story: Story, lang: Lang, ext: 'pptx' | 'pdf'): string {
  return `${story.id}-${lang}.${ext}`
}
