import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// The dataset as the specs see it: data/*.json read here, so the page is checked against the data,
// never against counts copied into a test (the data grows; its countries may too).

type Text = { ja: string; en: string }
const read = <T>(file: string): T => JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as T

export const countries = read<{
  countries: { iso3: string; name: Text; asean: boolean; accessionYear: number | null }[]
}>('countries.json').countries
export const places = read<{
  places: { id: string; country: string; prefecture?: Text; name: Text; lat: number; lon: number }[]
}>('places.json').places
export const links = read<{
  links: {
    id: string
    jp: string
    asean: string
    relation: string
    year: number | null
    fields: string[]
    confidence: string
    source: { ref: string; locator?: string; url?: string }
  }[]
}>('links.json').links
export const projects = read<{ projects: { links: string[]; field: string; startYear: number }[] }>(
  'projects.json',
).projects

/** The ASEAN members (countries.json's `asean`), in the file's order. */
export const aseanCountries = countries.filter((c) => c.asean)

/** How many were ASEAN members in a year: those that had joined by then (countries.json's accessionYear). */
export const membersIn = (year: number): number =>
  aseanCountries.filter((c) => c.accessionYear !== null && c.accessionYear <= year).length

/** What the e2e filter a link view by. */
export interface LinkFilter {
  countries?: string[]
  fields?: string[]
  relations?: string[]
  yearRange?: [number, number]
}

/**
 * How many links the map, the list and the links panel show under these filters, by the rules
 * the app states (src/domain/filter-links.test.ts): the country of a link is its ASEAN place's;
 * its fields are its own and its projects'; its year is its own, else its first project's start
 * (a link without one is left out while a year range is set); every filter given must hold.
 */
export function visibleLinkCount(filter: LinkFilter = {}): number {
  const countryOf = new Map(places.map((p) => [p.id, p.country]))
  return links.filter((l) => {
    const own = projects.filter((p) => p.links.includes(l.id))
    const fields = new Set([...l.fields, ...own.map((p) => p.field)])
    const year = l.year ?? (own.length ? Math.min(...own.map((p) => p.startYear)) : null)
    if (filter.countries && !filter.countries.includes(countryOf.get(l.asean) ?? '')) return false
    if (filter.fields && !filter.fields.some((f) => fields.has(f))) return false
    if (filter.relations && !filter.relations.includes(l.relation)) return false
    if (filter.yearRange) {
      const [from, to] = filter.yearRange
      if (year === null || year < from || year > to) return false
    }
    return true
  }).length
}

/** A number as the English pages write it (en-GB grouping). */
export const enNumber = (n: number, digits = 0) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(n)
/** The shipped briefing's slides, as data/stories/default.json holds them. */
export const storySlides = read<{ slides: { id: string; title: Text }[] }>('stories/default.json').slides
/** The words the app gives MapLibre for its controls and credits (src/i18n), in one language. */
export const mapWords = (lang: 'ja' | 'en') =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'src', 'i18n', `${lang}.json`), 'utf8')) as {
      map: { zoomIn: string; zoomOut: string; label: string; credits: string; creditsToggle: string }
    }
  ).map
