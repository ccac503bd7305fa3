import { useCallback, useEffect } from 'react'
import { useStore } from '../state/store'
import { i18n, type Lang } from './i18n'

export const selectLang = (s: { view: { lang: Lang } }) => s.view.lang

/** The current language, from the store. */
export function useLang(): Lang {
  return useStore(selectLang)
}

/** Picks the string of the current language from a `{ ja, en }` pair. */
export function useLocalText(): (text: { ja: string; en: string } | undefined | null) => string {
  const lang = useLang()
  return useCallback((text) => (text ? text[lang] : ''), [lang])
}

/** Keeps i18next and <html lang> in step with the store. */
export function useLanguageSync(): void {
  const lang = useLang()
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang)
    document.documentElement.lang = lang
  }, [lang])
}
