import { useEffect } from 'react'
import { i18n, loadLanguage } from '@/i18n/i18n'
import { useLang } from '@/shared/use-lang'

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
