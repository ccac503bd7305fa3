import { describe, expect, it } from 'vitest'
import { defaultState } from '@/state/defaults'
import type { StoreState } from '@/state/store'
import { emphasisOf, selectHoveredCountry, selectSelectedCountry, selectSelectedLink } from './selectors'

const plain: StoreState = { ...defaultState('en'), hover: null }

describe('chart selectors', () => {
  it('read the selected and hovered ids of one kind as primitives', () => {
    const s: StoreState = {
      ...plain,
      selection: { kind: 'country', id: 'KHM' },
      hover: { kind: 'link', id: 'a' },
    }
    expect(selectSelectedCountry(s)).toBe('KHM')
    expect(selectSelectedLink(s)).toBeNull()
    expect(selectHoveredCountry(s)).toBeNull()
  })
  it('emphasise the hovered or selected country, then the filtered ones', () => {
    const none = { hovered: null, selected: null, filter: [] }
    expect(emphasisOf('KHM', none)).toBe('normal')
    expect(emphasisOf('KHM', { ...none, selected: 'KHM' })).toBe('focus')
    expect(emphasisOf('VNM', { ...none, hovered: 'KHM' })).toBe('dim')
    expect(emphasisOf('VNM', { ...none, filter: ['VNM'] })).toBe('focus')
    expect(emphasisOf('KHM', { ...none, filter: ['VNM'] })).toBe('dim')
  })
})
