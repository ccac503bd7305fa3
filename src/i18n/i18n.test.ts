import { beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n, initI18n, setMessageLoaders } from './i18n'

const messages = {
  en: {
    hello: 'Hello',
    count_one: '{{count, number}} link',
    count_other: '{{count, number}} links',
    greet: 'Hi {{name}}',
  },
  ja: { hello: 'こんにちは', count_other: '{{count, number}} 件', greet: '{{name}} さん' },
}

beforeAll(async () => {
  setMessageLoaders({
    en: async () => ({ messages: messages.en }),
    ja: async () => ({ messages: messages.ja }),
  })
  await initI18n('en')
})

describe("components' t()", () => {
  it('gives what i18next gives, in the language it was made for', () => {
    const en = i18n.getFixedT('en')
    expect(en('hello')).toBe('Hello')
    expect(en('count', { count: 1 })).toBe('1 link')
    expect(en('count', { count: 2000 })).toBe('2,000 links')
    expect(en('greet', { name: 'Kitakyushu' })).toBe('Hi Kitakyushu')
    expect(en('greet', { name: 'Cebu' })).toBe('Hi Cebu')
  })

  it('looks each message up in i18next once, across every component', () => {
    const resolved = vi.spyOn(i18n, 't')
    const first = i18n.getFixedT('en')
    const second = i18n.getFixedT('en')
    first('hello')
    first('count', { count: 7 })
    const before = resolved.mock.calls.length
    expect(second('hello')).toBe('Hello')
    expect(second('count', { count: 7 })).toBe('7 links')
    expect(resolved.mock.calls.length).toBe(before)
    expect(second('count', { count: 8 })).toBe('8 links')
    expect(resolved.mock.calls.length).toBe(before + 1)
    resolved.mockRestore()
  })

  it('keeps the languages apart', async () => {
    await i18n.changeLanguage('ja')
    i18n.addResourceBundle('ja', 'translation', messages.ja, true, true)
    expect(i18n.getFixedT('en')('hello')).toBe('Hello')
    expect(i18n.getFixedT('ja')('hello')).toBe('こんにちは')
    expect(i18n.getFixedT('ja')('count', { count: 3 })).toBe('3 件')
    await i18n.changeLanguage('en')
  })

  it('looks messages up afresh once resources change', () => {
    const en = i18n.getFixedT('en')
    expect(en('hello')).toBe('Hello')
    i18n.addResourceBundle('en', 'translation', { hello: 'Good day' }, true, true)
    expect(en('hello')).toBe('Good day')
    i18n.addResourceBundle('en', 'translation', { hello: 'Hello' }, true, true)
  })

  it("keeps a language's messages when another language's arrive", () => {
    const en = i18n.getFixedT('en')
    expect(en('hello')).toBe('Hello')
    const resolved = vi.spyOn(i18n, 't')
    i18n.addResourceBundle('ja', 'translation', messages.ja, true, true)
    expect(en('hello')).toBe('Hello')
    expect(resolved).not.toHaveBeenCalled()
    resolved.mockRestore()
  })

  it('looks messages up afresh that came from another language while their own were missing', () => {
    // No German messages: i18next falls back to English.
    const de = i18n.getFixedT('de')
    expect(de('hello')).toBe('Hello')
    i18n.addResourceBundle('en', 'translation', { hello: 'Good day' }, true, true)
    expect(de('hello')).toBe('Good day')
    i18n.addResourceBundle('en', 'translation', { hello: 'Hello' }, true, true)
  })

  it('does not remember lookups whose options are not plain values', () => {
    const en = i18n.getFixedT('en')
    const resolved = vi.spyOn(i18n, 't')
    en('greet', { name: 'A', extra: { deep: 1 } })
    en('greet', { name: 'A', extra: { deep: 1 } })
    expect(resolved).toHaveBeenCalledTimes(2)
    resolved.mockRestore()
  })
})
