import type { SourceRecord } from '@/data/schema-files'
import type { Lang } from '@/i18n/i18n'
import { citationText } from '@/shared/citation'
import type { DeckChart } from './deck-charts'
import type { Story } from './story-schema'

/** The map's colour key as it was on screen: what each exported map carries beside it. */
export interface DeckKey {
  /** "GDP per capita · 2017": indicator and year. */
  title: string
  /** "current US$ (World Bank WDI)". */
  unit: string
  /** The colour ramp (colours as CSS rgb(), positions 0–1) with its end values, when there is one. */
  ramp: { stops: { color: string; t: number }[]; ticks: string[] } | null
  /** "No data: …" with the reasons, or null. */
  noData: string | null
}

/** What a slide shows beside its text, ready to export. */
export type DeckVisual =
  | { kind: 'map'; image: { data: string; width: number; height: number } | null; key: DeckKey | null }
  | { kind: 'charts'; charts: DeckChart[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] }

/** One source of a slide, with the address its citation links to. */
export interface DeckSource {
  text: string
  url: string | null
}

/** One exported slide, as plain strings, data and an image: what the PPTX and the PDF both show. */
export interface DeckSlide {
  title: string
  /** Body paragraphs, the computed figures last. */
  lines: string[]
  notes: string | null
  /** "Source:" (or "出典：") and the sources. */
  sourceLabel: string
  sources: DeckSource[]
  /** "3 / 11". */
  page: string
  /** The key line over the visual: indicator, unit and year of what is shown. */
  keyLine: string
  visual: DeckVisual
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

/** What was captured of each slide on screen: its visual, its key line and its computed figures. */
export interface CapturedSlide {
  visual: DeckVisual
  keyLine: string
  facts: string[]
}

export function deckOf(
  story: Story,
  lang: Lang,
  citations: ReadonlyMap<string, SourceRecord>,
  labels: DeckLabels,
  captured: readonly (CapturedSlide | undefined)[],
): Deck {
  const total = story.slides.length
  return {
    lang,
    title: story.title[lang],
    footer: labels.footer,
    slides: story.slides.map((s, i) => {
      const shot = captured[i]
      return {
        title: s.title[lang],
        lines: [...s.text[lang].split('\n').filter((l) => l.trim() !== ''), ...(shot?.facts ?? [])],
        notes: s.notes ? s.notes[lang] : null,
        sourceLabel: labels.sourceLabel,
        // Publishers and locators: a slide's source line has little room.
        sources: s.sources.map((r) => {
          const c = citations.get(r.ref)
          return { text: citationText(r, c, lang, { title: false }), url: r.url ?? c?.url ?? null }
        }),
        page: labels.page(i + 1, total),
        keyLine: shot?.keyLine ?? '',
        visual: shot?.visual ?? { kind: 'map', image: null, key: null },
      }
    }),
  }
}

/** "Source: a; b" as one line of text. */
export function sourceText(s: DeckSlide): string {
  if (s.sources.length === 0) return ''
  return `${s.sourceLabel}${s.sourceLabel.endsWith('：') ? '' : ' '}${s.sources.map((x) => x.text).join('; ')}`
}

export function deckFileName(story: Story, lang: Lang, ext: 'pptx' | 'pdf', handout = false): string {
  return `${story.id}-${lang}${handout ? '-handout' : ''}.${ext}`
}
