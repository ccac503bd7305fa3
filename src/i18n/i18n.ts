import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { formatNumber } from './format'

export type Lang = 'ja' | 'en'
export const LANGS: readonly Lang[] = ['ja', 'en']

/** Japanese for a Japanese browser, English otherwise. */
export function detectLanguage(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? ''
  return first.startsWith('ja') ? 'ja' : 'en'
}

/** The string of a language from a `{ ja, en }` pair ('' for none). */
export const localText = (text: { ja: string; en: string } | undefined | null, lang: Lang): string =>
  text ? text[lang] : ''

/** Each language's messages, loaded on demand: the app's own and every feature's, gathered by app/. */
export type MessageLoaders = Record<Lang, () => Promise<{ messages: object }>>

// Each language's messages are their own chunk: the first screen downloads only the language it
// shows (the other follows when the browser is idle, for the switch and for bilingual slides).
// They are handed in by app/, which alone knows every feature: this layer imports none of them.
let loaders: MessageLoaders | null = null

/** Where the messages come from; set once, before initI18n. */
export function setMessageLoaders(next: MessageLoaders): void {
  loaders = next
}

export const i18n = i18next.createInstance()

const loading = new Map<Lang, Promise<void>>()

/** Loads a language's messages into i18next once; later calls return the same promise. */
export function loadLanguage(lang: Lang): Promise<void> {
  let p = loading.get(lang)
  if (!p) {
    if (!loaders) return Promise.reject(new Error('setMessageLoaders was not called'))
    p = loaders[lang]().then(
      ({ messages }) => {
        i18n.addResourceBundle(lang, 'translation', messages, true, true)
      },
      (error: unknown) => {
        loading.delete(lang) // a later call may retry (e.g. after a flaky connection)
        throw error
      },
    )
    loading.set(lang, p)
  }
  return p
}

/** Both languages, for text that is written in both at once (a slide's title and text). */
export function loadAllLanguages(): Promise<void> {
  return Promise.all(LANGS.map(loadLanguage)).then(() => undefined)
}

/** Starts i18next in `lang` once that language's messages are in. */
export async function initI18n(lang: Lang): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: {},
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: 'en',
      // React escapes text itself; i18next must not (it would double-escape and invites HTML).
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
    // `{{count, number}}` formats with the app's own cached number format. i18next's built-in one
    // keys its cache on every option of the t() call, count included, so each new count built a new
    // Intl.NumberFormat, at start-up and on filter changes (a unit test counts them). Every message
    // uses it for whole counts only, so it takes no format options.
    i18n.services.formatter?.add('number', (value: number, lng?: string) =>
      formatNumber(value, lng === 'ja' ? 'ja' : 'en'),
    )
    rememberMessages(i18n)
  }
  await loadLanguage(lang)
  return i18n
}

/** Entries kept before the cache starts again (counts vary with the data; the messages do not). */
const REMEMBERED_MAX = 5000

/**
 * Makes i18next remember what it resolved. It resolves every call afresh (it copies its options,
 * looks the key up, falls back, picks the plural and interpolates: 20–100 µs a call on a slow
 * machine), and the panels ask for the same few hundred messages on every filter change: that was
 * a fifth of a change's main-thread work at 1×. The `t` of a fixed language (the one every
 * component gets from useTranslation) remembers a call by its language, namespace, key and option
 * values when all of them are plain values; other calls, such as `returnObjects`, go straight
 * through. The memory is cleared whenever messages are added or removed (a language or a
 * feature's messages arriving).
 */
export function rememberMessages(instance: typeof i18n): void {
  const remembered = new Map<string, string>()
  const forget = () => remembered.clear()
  instance.store.on('added', forget)
  instance.store.on('removed', forget)
  type Resolve = (key: unknown, options?: unknown, ...rest: unknown[]) => unknown
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => Resolve
  const remembering = (lng: unknown, ns: unknown, keyPrefix: unknown, ...more: unknown[]) => {
    const resolve = getFixedT(lng, ns, keyPrefix, ...more)
    // Without a language of its own, a `t` follows the current one: nothing to remember it by.
    if (typeof lng !== 'string' || keyPrefix !== undefined) return resolve
    const scope = `${lng}\u0002${String(ns ?? '')}\u0002`
    const t: Resolve = (key, options, ...rest) => {
      const id = typeof key === 'string' && rest.length === 0 ? memoKey(key, options) : undefined
      if (id === undefined) return resolve(key, options, ...rest)
      const known = remembered.get(scope + id)
      if (known !== undefined) return known
      const value = resolve(key, options)
      if (typeof value !== 'string') return value
      if (remembered.size >= REMEMBERED_MAX) remembered.clear()
      remembered.set(scope + id, value)
      return value
    }
    // i18next's own `t` carries what it was fixed to; so does this one.
    return Object.assign(t, resolve)
  }
  instance.getFixedT = remembering as unknown as typeof instance.getFixedT
}

/**
 * `key` and the options' plain values as one string; undefined when an option is not plain. A
 * string value is quoted (JSON), so no value, an imported place name included, can pass for another.
 */
function memoKey(key: string, options: unknown): string | undefined {
  if (options === undefined) return key
  if (typeof options !== 'object' || options === null) return undefined
  let id = key
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue
    const type = typeof value
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined
    id += `\u0000${name}=${type === 'string' ? JSON.stringify(value) : String(value)}`
  }
  return id
}
