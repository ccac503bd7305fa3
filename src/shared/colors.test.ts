import { readRepoText } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { INK, MUTED } from './colors'

describe('colour tokens', () => {
  it('are the values of the page’s own custom properties', () => {
    const css = readRepoText('src/app/global.css')
    expect(css).toContain(`--ink: ${INK};`)
    expect(css).toContain(`--muted: ${MUTED};`)
  })
})
