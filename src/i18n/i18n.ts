import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { formatNumber } from '../shared/format'
import type { messages as English } from './messages-en'

export type Lang = 'ja' | 'en'
export const LANGS: readonly Lang[] = ['ja', 'en']
export type Messages = typeof English

/** Japanese for a Japanese browser, English otherwise. */
export function detectLanguage(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? ''
  return first.startsWith('ja') ? 'ja' : 'en'
}

// Each language's messages are their own chunk: the first screen downloads only the language it
// shows (the other follows when the browser is idle, for the switch and for bilingual slides).
const LOADERS: Record<Lang, () => Promise<{ messages: Messages }>> = {
  en: () => import('./messages-en'),
  ja: () => import('./messages-ja'),
}

export const i18n = i18next.createInstance()

const loading = new Map<Lang, Promise<void>>()

/** Loads a language's messages into i18next once; later calls return the same promise. */
export function loadLanguage(lang: Lang): Promise<void> {
  let p = loading.get(lang)
  if (!p) {
    p = LOADERS[lang]().then(
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
