import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AboutEntry } from '@/features/about/about-entry'
import { DownloadAllButton } from '@/features/import/download-all-button'
import { ImportEntry } from '@/features/import/import-entry'
import { AddSlideButton } from '@/features/present/add-slide-button'
import { LANGS } from '@/i18n/i18n'
import { useLang } from '@/shared/use-lang'
import { MODES } from '@/state/defaults'
import { selectMode } from '@/state/selectors'
import { useStore } from '@/state/store'

/**
 * One row: the title, the modes, the tools and the language. Where the row is too narrow for the
 * tools (a tablet), they sit behind a menu button; the dialogs they open stay in the page.
 */
export function Header() {
  const { t } = useTranslation()
  const lang = useLang()
  const mode = useStore(selectMode)
  const setLanguage = useStore((s) => s.setLanguage)
  const setMode = useStore((s) => s.setMode)
  const clearAll = useStore((s) => s.clearAll)
  const toolsId = useId()
  const [menuOpen, setMenuOpen] = useState(false)
  const menu = useRef<HTMLDivElement>(null)
  const menuButton = useRef<HTMLButtonElement>(null)
  // The open menu closes on Escape (unless a dialog it opened takes that Escape) and on a press
  // outside it.
  useEffect(() => {
    if (!menuOpen) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return
      e.preventDefault()
      setMenuOpen(false)
      menuButton.current?.focus()
    }
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node
      if (document.querySelector('dialog[open]')) return
      if (menu.current?.contains(target) || menuButton.current?.contains(target)) return
      setMenuOpen(false)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('pointerdown', onPointer)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('pointerdown', onPointer)
    }
  }, [menuOpen])
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <nav className="mode-switch" aria-label={t('header.mode')}>
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="mode-button"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {t(`header.modes.${m}`)}
          </button>
        ))}
      </nav>
      <button
        ref={menuButton}
        type="button"
        className="header-menu-button"
        aria-expanded={menuOpen}
        aria-controls={toolsId}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        {t('app.menu')}
      </button>
      <div ref={menu} id={toolsId} className={menuOpen ? 'header-tools header-tools--open' : 'header-tools'}>
        <AddSlideButton />
        <AboutEntry />
        <ImportEntry />
        <DownloadAllButton />
        <button type="button" className="text-button" onClick={clearAll}>
          {t('header.clearAll')}
        </button>
      </div>
      <fieldset className="lang-switch">
        <legend className="visually-hidden">{t('header.language')}</legend>
        {LANGS.map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLanguage(l)}>
            {t(`lang.${l}`)}
          </button>
        ))}
      </fieldset>
    </header>
  )
}
