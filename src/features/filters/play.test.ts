import { describe, expect, it } from 'vitest'
import { playNext, playStart } from './play'

const YEARS = [2019, 2020, 2021, 2023]

describe('play through the years', () => {
  it('starts at the next year, or again from the first at the end', () => {
    expect(playStart(YEARS, 2020)).toBe(2021)
    expect(playStart(YEARS, 2021)).toBe(2023)
    expect(playStart(YEARS, 2023)).toBe(2019)
    // A year outside the series (the slider reaches past it): from the start.
    expect(playStart(YEARS, 2025)).toBe(2019)
    expect(playStart(YEARS, 1990)).toBe(2019)
  })

  it('steps over years without values and stops at the last', () => {
    expect(playNext(YEARS, 2021)).toBe(2023)
    expect(playNext(YEARS, 2023)).toBeNull()
  })

  it('cannot play a single year or none', () => {
    expect(playStart([2015], 2015)).toBeNull()
    expect(playStart([], 2015)).toBeNull()
  })
})
