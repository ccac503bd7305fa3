import { create } from 'zustand'
import { detectLanguage, type Lang } from '@/i18n/i18n'
import { comparedFromFilter, filterCountriesOf, sameList, toggleCompared } from './compare'
import {
  type Confidence,
  DEFAULT_FILTERS,
  defaultState,
  type FieldId,
  type IndicatorId,
  MAX_COMPARE,
  type Mode,
  type OdaView,
  type Origin,
  type Relation,
  type Scale,
  type Selection,
  type UrlState,
} from './defaults'

/** What the pointer is over right now: never in the URL, read by the map through subscribe. */
export interface Hover {
  kind: 'country' | 'place' | 'link'
  id: string
}

/**
 * Pixels along each edge of the map that overlays (the legend, the filter chips, the buttons) cover:
 * the camera frames places inside what is left. Set by the page's layout, never in the URL.
 */
export interface MapInsets {
  top: number
  right: number
  bottom: number
  left: number
}
export const NO_INSETS: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 }

export interface StoreState extends UrlState {
  hover: Hover | null
  mapInsets: MapInsets
}

export interface StoreActions {
  // view
  setLanguage: (lang: Lang) => void
  setMode: (mode: Mode) => void
  setIndicator: (indicator: IndicatorId) => void
  setYear: (year: number) => void
  setScale: (scale: Scale) => void
  setOdaView: (view: OdaView) => void
  toggleJapanReference: () => void
  setCompareCountries: (iso3s: string[]) => void
  toggleCompareCountry: (iso3: string) => void
  setSlide: (slide: number) => void
  /** Shows a story in present mode from its first slide (null: the shipped default story). */
  setStory: (story: string | null) => void
  // filters (in compare mode the country filter is the comparison: these change view.compare)
  toggleCountryFilter: (iso3: string) => void
  setCountryFilter: (iso3s: string[]) => void
  toggleField: (field: FieldId) => void
  toggleScheme: (scheme: string) => void
  toggleRelation: (relation: Relation) => void
  setPrefecture: (prefecture: string | null) => void
  setYearRange: (range: [number, number] | null) => void
  setConfidence: (confidence: Confidence) => void
  setOrigin: (origin: Origin) => void
  /** Every link filter back to none (in compare mode the comparison stays: it is not one of them). */
  clearFilters: () => void
  // selection
  select: (selection: Selection | null) => void
  clearSelection: () => void
  hoverOn: (hover: Hover | null) => void
  // layout
  setMapInsets: (insets: MapInsets) => void
  // whole state
  clearAll: () => void
  replaceState: (state: UrlState) => void
}

export type Store = StoreState & StoreActions

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

export function initialLanguage(): Lang {
  return typeof navigator === 'undefined' ? 'en' : detectLanguage(navigator.languages ?? [navigator.language])
}

export const useStore = create<Store>()((set, get) => ({
  ...defaultState(initialLanguage()),
  hover: null,
  mapInsets: NO_INSETS,

  setLanguage: (lang) => set((s) => ({ view: { ...s.view, lang } })),
  setMode: (mode) =>
    set((s) => {
      if (mode === s.view.mode) return s
      // Entering compare mode with nothing compared yet: the countries filtered while exploring
      // become the comparison. Leaving it: the compared countries stay the country filter.
      if (mode === 'compare' && s.view.compare.length === 0 && s.filters.countries.length > 0)
        return { view: { ...s.view, mode, compare: comparedFromFilter([], s.filters.countries) } }
      const view = { ...s.view, mode }
      if (s.view.mode !== 'compare') return { view }
      const countries = filterCountriesOf(s.view.compare)
      return sameList(countries, s.filters.countries)
        ? { view }
        : { view, filters: { ...s.filters, countries } }
    }),
  setIndicator: (indicator) => set((s) => ({ view: { ...s.view, indicator } })),
  setYear: (year) => set((s) => (s.view.year === year ? s : { view: { ...s.view, year } })),
  setScale: (scale) => set((s) => ({ view: { ...s.view, scale } })),
  setOdaView: (odaView) => set((s) => ({ view: { ...s.view, odaView } })),
  toggleJapanReference: () => set((s) => ({ view: { ...s.view, showJapan: !s.view.showJapan } })),
  setCompareCountries: (iso3s) =>
    set((s) => ({ view: { ...s.view, compare: [...new Set(iso3s)].slice(0, MAX_COMPARE) } })),
  toggleCompareCountry: (iso3) =>
    set((s) => {
      const compare = toggleCompared(s.view.compare, iso3)
      return compare === s.view.compare ? s : { view: { ...s.view, compare: [...compare] } }
    }),
  setSlide: (slide) => set((s) => (s.view.slide === slide ? s : { view: { ...s.view, slide } })),
  setStory: (story) => set((s) => ({ view: { ...s.view, story, slide: 0 } })),

  toggleCountryFilter: (iso3) =>
    get().view.mode === 'compare'
      ? get().toggleCompareCountry(iso3)
      : set((s) => ({ filters: { ...s.filters, countries: toggle(s.filters.countries, iso3) } })),
  setCountryFilter: (iso3s) =>
    set((s) =>
      s.view.mode === 'compare'
        ? { view: { ...s.view, compare: comparedFromFilter(s.view.compare, [...new Set(iso3s)]) } }
        : { filters: { ...s.filters, countries: [...new Set(iso3s)] } },
    ),
  toggleField: (field) =>
    set((s) => ({ filters: { ...s.filters, fields: toggle(s.filters.fields, field) } })),
  toggleScheme: (scheme) =>
    set((s) => ({ filters: { ...s.filters, schemes: toggle(s.filters.schemes, scheme) } })),
  toggleRelation: (relation) =>
    set((s) => ({ filters: { ...s.filters, relations: toggle(s.filters.relations, relation) } })),
  setPrefecture: (prefecture) => set((s) => ({ filters: { ...s.filters, prefecture } })),
  setYearRange: (yearRange) => set((s) => ({ filters: { ...s.filters, yearRange } })),
  setConfidence: (confidence) => set((s) => ({ filters: { ...s.filters, confidence } })),
  setOrigin: (origin) => set((s) => ({ filters: { ...s.filters, origin } })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),

  select: (selection) => {
    const cur = get().selection
    if (cur?.kind === selection?.kind && cur?.id === selection?.id) return
    set({ selection })
  },
  clearSelection: () => set({ selection: null }),
  hoverOn: (hover) => {
    const cur = get().hover
    if (cur?.kind === hover?.kind && cur?.id === hover?.id) return
    set({ hover })
  },

  setMapInsets: (insets) => {
    const cur = get().mapInsets
    if (
      cur.top === insets.top &&
      cur.right === insets.right &&
      cur.bottom === insets.bottom &&
      cur.left === insets.left
    )
      return
    set({ mapInsets: insets })
  },

  clearAll: () =>
    set((s) => ({
      filters: DEFAULT_FILTERS,
      selection: null,
      hover: null,
      view: { ...defaultState(s.view.lang).view, mode: s.view.mode },
    })),
  replaceState: (state) => set({ ...state, hover: null }),
}))
