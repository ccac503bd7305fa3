import { beforeEach, describe, expect, it } from 'vitest'
import { comparedFromFilter, filterCountriesOf, toggleCompared } from './compare'
import { defaultState, MAX_COMPARE } from './defaults'
import { selectCountryFilter, selectFilters } from './selectors'
import { useStore } from './store'

describe('the comparison is the country filter while comparing', () => {
  it('filters by the compared ASEAN countries: Japan is every link’s other end', () => {
    expect(filterCountriesOf(['KHM', 'JPN', 'VNM'])).toEqual(['KHM', 'VNM'])
  })
  it('adds and removes a compared country, and refuses one past the limit', () => {
    expect(toggleCompared(['KHM'], 'VNM')).toEqual(['KHM', 'VNM'])
    expect(toggleCompared(['KHM', 'VNM'], 'KHM')).toEqual(['VNM'])
    const full = ['KHM', 'VNM', 'PHL', 'JPN']
    expect(full).toHaveLength(MAX_COMPARE)
    expect(toggleCompared(full, 'THA')).toBe(full)
  })
  it('a filter set while comparing keeps the compared countries still in it and Japan, then adds the rest', () => {
    expect(comparedFromFilter(['KHM', 'JPN'], ['KHM', 'PHL'])).toEqual(['KHM', 'JPN', 'PHL'])
    expect(comparedFromFilter(['KHM', 'VNM', 'JPN'], ['VNM'])).toEqual(['VNM', 'JPN'])
    expect(comparedFromFilter([], ['THA', 'MYS'])).toEqual(['THA', 'MYS'])
  })
  it('the newest additions give way past the limit, never Japan', () => {
    expect(comparedFromFilter(['KHM', 'VNM', 'JPN'], ['KHM', 'VNM', 'PHL', 'THA'])).toEqual([
      'KHM',
      'VNM',
      'JPN',
      'PHL',
    ])
  })
})

describe('store: compare mode and the country filter', () => {
  beforeEach(() => useStore.getState().replaceState(defaultState('en')))
  const state = () => useStore.getState()

  it('derives the country filter from the comparison, the same object while nothing changes', () => {
    state().setCompareCountries(['KHM', 'VNM', 'JPN'])
    state().toggleCountryFilter('THA')
    expect(selectCountryFilter(state())).toEqual(['THA'])
    state().setMode('compare')
    expect(selectCountryFilter(state())).toEqual(['KHM', 'VNM'])
    expect(selectFilters(state())).toBe(selectFilters(state()))
  })
  it('a country chip while comparing adds it to the comparison (refused when four are compared)', () => {
    state().setMode('compare')
    state().toggleCountryFilter('KHM')
    state().toggleCountryFilter('VNM')
    expect(state().view.compare).toEqual(['KHM', 'VNM'])
    state().setCompareCountries(['KHM', 'VNM', 'PHL', 'JPN'])
    state().toggleCountryFilter('THA')
    expect(state().view.compare).toEqual(['KHM', 'VNM', 'PHL', 'JPN'])
    state().setCountryFilter(['VNM'])
    expect(state().view.compare).toEqual(['VNM', 'JPN'])
    expect(selectCountryFilter(state())).toEqual(['VNM'])
  })
  it('entering compare mode compares the filtered countries when nothing is compared yet', () => {
    state().setCountryFilter(['KHM', 'VNM', 'PHL', 'THA', 'MYS'])
    state().setMode('compare')
    expect(state().view.compare).toEqual(['KHM', 'VNM', 'PHL', 'THA'])
  })
  it('an existing comparison wins on entering; on leaving, the compared countries stay the filter', () => {
    state().setCompareCountries(['SGP', 'BRN'])
    state().setCountryFilter(['KHM'])
    state().setMode('compare')
    expect(selectCountryFilter(state())).toEqual(['SGP', 'BRN'])
    state().setMode('explore')
    expect(state().filters.countries).toEqual(['SGP', 'BRN'])
  })
})
