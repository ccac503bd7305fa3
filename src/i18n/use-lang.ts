import { useCallback, useEffect } from 'react'
import { useStore } from '../state/store'
import { i18n, type Lang, loadLanguage } from './i18n'

export const selectLang = (s: { view: { lang: Lang } }) => s.view.lang

/** The current language, from the store. */
export function useLang(): Lang {
  return useStore(selectLang)
}

/** The string of a language from a `{ ja, en }` pair ('' for none). */
export const localText = (text: { ja: string; en: string } | undefined | null, lang: Lang): string =>
  text ? text[lang] : ''

/** Picks the string of the current language from a `{ ja, en }` pair. */
export function useLocalText(): (text: { ja: string; en: string } | undefined | null) => string {
  const lang = useLang()
  return useCallback((text) => localText(text, lang), [lang])
}

/** Keeps i18next and <html lang> in step with the store. */
export function useLanguageSync(): void {
  const lang = useLang()
  useEffect(() => {
    document.documentElement.lang = lang
    if (i18n.language === lang) return
    let current = true
    // The messages of a language not shown yet load first; a quicker switch back wins.
    loadLanguage(lang).then(
      () => {
        if (current) void i18n.changeLanguage(lang)
      },
      (error: unknown) => console.error(`Could not load the ${lang} messages`, error),
    )
    return () => {
      current = false
    }
  }, [lang])
}
