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

/**
 * Messages already looked up, per language: by namespace, key and options. A language's are
 * forgotten when its own messages change, not when another language's arrive.
 */
const looked = new Map<string, Map<string, string>>()
/**
 * Languages some of whose remembered messages were looked up before their own messages were in
 * (i18next then falls back to another language): they are forgotten when any language arrives.
 */
const borrowing = new Set<string>()
/** A bound on each language's messages: counts and percentages make many distinct lookups over a session. */
const LOOKED_MAX = 5000
/** The namespace of the app's messages (i18next's default). */
const NAMESPACE = 'translation'

/**
 * The key a lookup is remembered by: the message key with its options when every option is a plain
 * string, number or boolean (the messages' counts and names); undefined for anything else.
 */
function lookupKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined
  if (options === undefined) return key
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined
  let out = key
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== undefined) return undefined
    out += `\u0000${name}=${type[0]}${String(value)}`
  }
  return out
}

/**
 * Every component's t() (react-i18next asks i18n.getFixedT for it) remembers the messages it has
 * looked up. i18next resolves each call afresh: it copies its options, walks the key path and
 * interpolates, ≈ 20–60 µs a call, and a filter change drew the same few hundred messages again
 * (≈ 40 % of i18next's share of the app's work on it). Messages depend only on the language, the key
 * and the options, until that language's resources change. The other language's arrival after the
 * first screen used to empty everything: the next filter change then looked every message up again.
 */
function rememberLookups(instance: typeof i18n): void {
  type Translate = ((...args: unknown[]) => unknown) & { lng?: unknown; ns?: unknown; keyPrefix?: unknown }
  const fixedTOf = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => Translate
  const remembering = (lng: unknown, ns: unknown, keyPrefix: unknown, fixedOpts: unknown): Translate => {
    const fixed = fixedTOf(lng, ns, keyPrefix, fixedOpts)
    if (typeof lng !== 'string' || keyPrefix !== undefined) return fixed
    const scope = `${String(ns)}\u0000`
    const t = (key: unknown, options?: unknown, ...rest: unknown[]) => {
      const id = rest.length ? undefined : lookupKey(key, options)
      if (id === undefined) return fixed(key, options, ...rest)
      let messages = looked.get(lng)
      const cached = messages?.get(scope + id)
      if (cached !== undefined) return cached
      const message = fixed(key, options)
      if (typeof message === 'string') {
        if (!messages || messages.size >= LOOKED_MAX) {
          messages = new Map()
          looked.set(lng, messages)
        }
        messages.set(scope + id, message)
        if (!instance.hasResourceBundle(lng, typeof ns === 'string' ? ns : NAMESPACE)) borrowing.add(lng)
      }
      return message
    }
    return Object.assign(t, { lng: fixed.lng, ns: fixed.ns, keyPrefix: fixed.keyPrefix })
  }
  instance.getFixedT = remembering as unknown as typeof instance.getFixedT
  instance.store.on('added', (lng: string) => {
    for (const other of [lng, ...borrowing]) looked.delete(other)
    borrowing.clear()
  })
  instance.store.on('removed', () => {
    looked.clear()
    borrowing.clear()
  })
}

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
    rememberLookups(i18n)
  }
  await loadLanguage(lang)
  return i18n
}
