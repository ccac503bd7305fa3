import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, defaultState, MAX_COMPARE } from './defaults'
import {
  selectFilters,
  selectHasFilters,
  selectHoveredCountry,
  selectMode,
  selectSelectedCountry,
  selectSelectedLink,
  selectSelectedPlace,
} from './selectors'
import { NO_INSETS, useStore } from './store'

const plain = { ...defaultState('en'), hover: null, mapInsets: NO_INSETS }

describe('selectors', () => {
  it('read values already in the state', () => {
    expect(selectFilters(plain)).toBe(plain.filters)
    expect(selectMode(plain)).toBe('explore')
  })
  it('pick the selected and hovered id of one kind', () => {
    const s = { ...plain, selection: { kind: 'link' as const, id: 'a' } }
    expect(selectSelectedLink(s)).toBe('a')
    expect(selectSelectedPlace(s)).toBeNull()
    const t = {
      ...plain,
      selection: { kind: 'country' as const, id: 'KHM' },
      hover: { kind: 'link' as const, id: 'a' },
    }
    expect(selectSelectedCountry(t)).toBe('KHM')
    expect(selectHoveredCountry(t)).toBeNull()
  })
  it('tell whether filters differ from the defaults', () => {
    expect(selectHasFilters(plain)).toBe(false)
    expect(selectHasFilters({ ...plain, filters: { ...DEFAULT_FILTERS, confidence: 'high' } })).toBe(true)
  })
})

describe('store actions', () => {
  beforeEach(() => useStore.getState().replaceState(defaultState('en')))

  it('toggles a field filter on and off', () => {
    useStore.getState().toggleField('water')
    expect(useStore.getState().filters.fields).toEqual(['water'])
    useStore.getState().toggleField('water')
    expect(useStore.getState().filters.fields).toEqual([])
  })
  it('keeps at most four compare countries', () => {
    for (const c of ['KHM', 'VNM', 'PHL', 'THA', 'MYS']) useStore.getState().toggleCompareCountry(c)
    expect(useStore.getState().view.compare).toHaveLength(MAX_COMPARE)
  })
  it('does not notify when the same thing is selected again', () => {
    useStore.getState().select({ kind: 'link', id: 'x' })
    const before = useStore.getState()
    useStore.getState().select({ kind: 'link', id: 'x' })
    expect(useStore.getState()).toBe(before)
  })
  it('clears the filters but keeps the comparison, the selection and the view', () => {
    const s = useStore.getState()
    s.toggleField('water')
    s.setConfidence('high')
    s.setYearRange([2000, 2010])
    s.select({ kind: 'country', id: 'KHM' })
    s.setMode('compare')
    s.toggleCompareCountry('KHM')
    s.toggleCompareCountry('VNM')
    useStore.getState().clearFilters()
    const after = useStore.getState()
    expect(after.filters).toEqual(DEFAULT_FILTERS)
    expect(selectFilters(after).countries).toEqual(['KHM', 'VNM'])
    expect(after.selection).toEqual({ kind: 'country', id: 'KHM' })
    expect(after.view.mode).toBe('compare')
  })
  it('reports new map insets only when they differ', () => {
    useStore.getState().setMapInsets({ top: 10, right: 0, bottom: 0, left: 300 })
    const before = useStore.getState()
    useStore.getState().setMapInsets({ top: 10, right: 0, bottom: 0, left: 300 })
    expect(useStore.getState()).toBe(before)
    useStore.getState().setMapInsets(NO_INSETS)
    expect(useStore.getState().mapInsets).toEqual(NO_INSETS)
  })
  it('clear all returns to the defaults but keeps language and mode', () => {
    const s = useStore.getState()
    s.setLanguage('ja')
    s.setMode('compare')
    s.toggleCountryFilter('KHM')
    s.select({ kind: 'country', id: 'KHM' })
    s.setYear(2000)
    useStore.getState().clearAll()
    const after = useStore.getState()
    expect(after.filters).toEqual(DEFAULT_FILTERS)
    expect(after.selection).toBeNull()
    expect(after.view.year).toBe(defaultState('ja').view.year)
    expect(after.view.lang).toBe('ja')
    expect(after.view.mode).toBe('compare')
  })
})
