import { describe, expect, it, vi } from 'vitest'
import { initI18n, loadLanguage } from '@/i18n/i18n'
import { messages as en } from './messages-en'
import { messages as ja } from './messages-ja'

/** Every message text of a file, nested or not. */
function values(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [String(v)]))
}

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('message files', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort())
  })
  it('have no empty strings', () => {
    expect([...values(en), ...values(ja)].filter((v) => v.trim() === '')).toEqual([])
  })
  it('give every indicator a name and unit in Japanese, not only a source in brackets', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/
    const untranslated = Object.entries(ja.indicators).flatMap(([id, m]) =>
      [m.name, m.unit]
        .filter((text) => !japanese.test(text.split('（')[0] ?? ''))
        .map((text) => `${id}: ${text}`),
    )
    expect(untranslated).toEqual([])
  })
})

describe('counts in messages', () => {
  it('are written with the language’s digit grouping, and every {{count}} is formatted', async () => {
    const i18n = await initI18n('en')
    await loadLanguage('ja')
    expect(i18n.t('summary.links', { count: 20000 })).toBe('20,000 cooperation links')
    expect(i18n.t('summary.links', { count: 20000, lng: 'ja' })).toContain('20,000')
    expect([...values(en), ...values(ja)].filter((v) => v.includes('{{count}}'))).toEqual([])
  })

  it('reuse one number format per language, whatever the count', async () => {
    const i18n = await initI18n('en')
    const made = vi.spyOn(Intl, 'NumberFormat')
    for (let count = 1000; count < 1100; count++) i18n.t('summary.links', { count })
    expect(i18n.t('summary.links', { count: 1234 })).toBe('1,234 cooperation links')
    expect(made.mock.calls.length).toBeLessThanOrEqual(1)
    made.mockRestore()
  })
})
