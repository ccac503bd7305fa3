import { describe, expect, it } from 'vitest'
import { emphasisOf } from './emphasis'

describe('emphasisOf', () => {
  it('emphasise the hovered or selected country, then the filtered ones', () => {
    const none = { hovered: null, selected: null, filter: [] }
    expect(emphasisOf('KHM', none)).toBe('normal')
    expect(emphasisOf('KHM', { ...none, selected: 'KHM' })).toBe('focus')
    expect(emphasisOf('VNM', { ...none, hovered: 'KHM' })).toBe('dim')
    expect(emphasisOf('VNM', { ...none, filter: ['VNM'] })).toBe('focus')
    expect(emphasisOf('KHM', { ...none, filter: ['VNM'] })).toBe('dim')
  })
})
