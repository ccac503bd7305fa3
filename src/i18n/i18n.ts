import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import aboutEn from '../features/about/messages.en.json'
import aboutJa from '../features/about/messages.ja.json'
import chartsEn from '../features/charts/messages.en.json'
import chartsJa from '../features/charts/messages.ja.json'
import compareEn from '../features/compare/messages.en.json'
import compareJa from '../features/compare/messages.ja.json'
import importEn from '../features/import/messages.en.json'
import importJa from '../features/import/messages.ja.json'
import presentEn from '../features/present/messages.en.json'
import presentJa from '../features/present/messages.ja.json'
import en from './en.json'
import ja from './ja.json'

/** Each feature keeps its own messages under its own key, e.g. t('charts.gdp.title'). */
export const MESSAGES = {
  en: { ...en, charts: chartsEn, compare: compareEn, present: presentEn, import: importEn, about: aboutEn },
  ja: { ...ja, charts: chartsJa, compare: compareJa, present: presentJa, import: importJa, about: aboutJa },
}

export type Lang = 'ja' | 'en'
export const LANGS: readonly Lang[] = ['ja', 'en']

/** Japanese for a Japanese browser, English otherwise. */
export function detectLanguage(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? ''
  return first.startsWith('ja') ? 'ja' : 'en'
}

export const i18n = i18next.createInstance()

export function initI18n(lang: Lang): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: MESSAGES.en }, ja: { translation: MESSAGES.ja } },
      lng: lang,
      fallbackLng: 'en',
      // React escapes text itself; i18next must not (it would double-escape and invites HTML).
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
  }
  return i18n
}
