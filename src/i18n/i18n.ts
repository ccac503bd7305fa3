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
  }
  await loadLanguage(lang)
  return i18n
}
