import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_YEAR, defaultState } from './defaults'
import { useStore } from './store'
import { correctingUrl, startUrlSync } from './url-sync'

const Y = DEFAULT_YEAR

/** Just enough of window for the URL sync: a location, a history that records its writes, popstate. */
function fakeWindow(search = '') {
  const writes: string[] = []
  const listeners: (() => void)[] = []
  const location = { pathname: '/', search, hash: '' }
  const to = (kind: string, url: string) => {
    location.search = url.includes('?') ? url.slice(url.indexOf('?')) : ''
    writes.push(`${kind} ${location.search}`)
  }
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => to('push', url),
      replaceState: (_: unknown, __: string, url: string) => to('replace', url),
    },
    addEventListener: (_: string, f: () => void) => listeners.push(f),
    removeEventListener: () => {},
  }
  const back = (previous: string) => {
    location.search = previous
    for (const f of listeners) f()
  }
  return { win, writes, back }
}

describe('URL sync', () => {
  let stop = () => {}
  beforeEach(() => {
    vi.useFakeTimers()
    useStore.getState().replaceState(defaultState('en'))
  })
  afterEach(() => {
    stop()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('writes after the change, not during it, and once for changes made together', () => {
    const { win, writes } = fakeWindow()
    vi.stubGlobal('window', win)
    stop = startUrlSync('en')
    const s = useStore.getState()
    s.toggleField('water')
    s.toggleCountryFilter('VNM')
    expect(writes).toEqual([])
    vi.runAllTimers()
    expect(writes).toEqual([`push ?v=2&c=VNM&field=water&y=${Y}`])
  })

  it('replaces the entry while a year range is dragged, and pushes a discrete choice', () => {
    const { win, writes } = fakeWindow()
    vi.stubGlobal('window', win)
    stop = startUrlSync('en')
    useStore.getState().toggleField('water')
    vi.runAllTimers()
    useStore.getState().setYearRange([1990, 2000])
    vi.runAllTimers()
    useStore.getState().setYearRange([1990, 2005])
    vi.runAllTimers()
    correctingUrl(() => useStore.getState().setConfidence('high'))
    vi.runAllTimers()
    expect(writes).toEqual([
      `push ?v=2&field=water&y=${Y}`,
      `replace ?v=2&field=water&yr=1990-2000&y=${Y}`,
      `replace ?v=2&field=water&yr=1990-2005&y=${Y}`,
      `replace ?v=2&field=water&yr=1990-2005&conf=high&y=${Y}`,
    ])
  })

  it('writes an old link again in the current format at start, in place', () => {
    const { win, writes } = fakeWindow('?field=water')
    vi.stubGlobal('window', win)
    stop = startUrlSync('en')
    expect(writes).toEqual([`replace ?v=2&field=water&y=2025`])
    expect(useStore.getState().filters.fields).toEqual(['water'])
  })

  it('drops a write still waiting when Back restores an earlier URL', () => {
    const { win, writes, back } = fakeWindow()
    vi.stubGlobal('window', win)
    stop = startUrlSync('en')
    useStore.getState().toggleField('water')
    back('?c=THA')
    vi.runAllTimers()
    expect(writes).toEqual([])
    expect(useStore.getState().filters.countries).toEqual(['THA'])
    expect(useStore.getState().filters.fields).toEqual([])
  })
})
