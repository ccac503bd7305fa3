import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { rememberMessages } from './i18n'

async function instance() {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: {
      en: {
        translation: { hello: 'Hello {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' },
      },
      ja: { translation: { hello: 'こんにちは {{name}}' } },
    },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  rememberMessages(i18n)
  const { translator } = i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } }
  const resolved = vi.spyOn(translator, 'translate')
  return { i18n, resolved }
}

describe('remembered messages', () => {
  it('resolve a call once, and each language, key and option value on its own', async () => {
    const { i18n, resolved } = await instance()
    const t = i18n.getFixedT('en')
    expect(t('hello', { name: 'Cebu' })).toBe('Hello Cebu')
    expect(i18n.getFixedT('en')('hello', { name: 'Cebu' })).toBe('Hello Cebu')
    expect(resolved).toHaveBeenCalledTimes(1)
    expect(t('hello', { name: 'Depok' })).toBe('Hello Depok')
    expect(t('hello', { name: 'Cebu', lng: 'ja' })).toBe('こんにちは Cebu')
    expect(i18n.getFixedT('ja')('hello', { name: 'Cebu' })).toBe('こんにちは Cebu')
    expect(t('items', { count: 1 })).toBe('1 item')
    expect(t('items', { count: 2 })).toBe('2 items')
    // A number and the string of it are different options.
    expect(t('hello', { name: 1 })).toBe('Hello 1')
    expect(t('hello', { name: '1' })).toBe('Hello 1')
    expect(resolved).toHaveBeenCalledTimes(8)
    // No value passes for another, whatever characters it holds.
    expect(t('hello', { name: 'a\u0000x=1' })).toBe('Hello a\u0000x=1')
    expect(t('hello', { name: 'a', x: 1 })).toBe('Hello a')
    expect(resolved).toHaveBeenCalledTimes(10)
    // A `t` that follows the current language is not remembered by one.
    expect(i18n.getFixedT(null, 'translation')('hello', { name: 'Cebu' })).toBe('Hello Cebu')
    await i18n.changeLanguage('ja')
    expect(i18n.getFixedT(null, 'translation')('hello', { name: 'Cebu' })).toBe('こんにちは Cebu')
  })

  it('are forgotten when messages arrive, so a key missing before is found after', async () => {
    const { i18n } = await instance()
    const t = i18n.getFixedT('en')
    expect(t('later')).toBe('later')
    i18n.addResourceBundle('en', 'translation', { later: 'Now here' }, true, true)
    expect(t('later')).toBe('Now here')
    i18n.addResourceBundle('en', 'translation', { later: 'Changed' }, true, true)
    expect(t('later')).toBe('Changed')
  })

  it('pass calls with options that are not plain values straight through', async () => {
    const { i18n, resolved } = await instance()
    const t = i18n.getFixedT('en')
    t('hello', { name: 'x', postProcess: ['a'] })
    t('hello', { name: 'x', postProcess: ['a'] })
    expect(resolved).toHaveBeenCalledTimes(2)
    expect(t('items', { returnObjects: true, count: 2 })).toBe('2 items')
    expect(t('hello', 'a default')).toBe('Hello {{name}}')
    expect(resolved).toHaveBeenCalledTimes(4)
  })
})
