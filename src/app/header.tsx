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

export function Header() {
  const { t } = useTranslation()
  const lang = useLang()
  const mode = useStore(selectMode)
  const setLanguage = useStore((s) => s.setLanguage)
  const setMode = useStore((s) => s.setMode)
  const clearAll = useStore((s) => s.clearAll)
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
      <div className="header-tools">
        <AddSlideButton />
        <AboutEntry />
        <ImportEntry />
        <DownloadAllButton />
        <button type="button" className="text-button" onClick={clearAll}>
          {t('header.clearAll')}
        </button>
        <fieldset className="lang-switch">
          <legend className="visually-hidden">{t('header.language')}</legend>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLanguage(l)}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  )
}
