import { useCallback } from 'react'
import { type Lang, localText } from '@/i18n/i18n'
import { selectLang } from '@/state/selectors'
import { useStore } from '@/state/store'

/** The current language, from the store. */
export function useLang(): Lang {
  return useStore(selectLang)
}

/** Picks the string of the current language from a `{ ja, en }` pair. */
export function useLocalText(): (text: { ja: string; en: string } | undefined | null) => string {
  const lang = useLang()
  return useCallback((text) => localText(text, lang), [lang])
}
