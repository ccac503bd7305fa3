import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORTED_STORE } from '@/data/imported-store'
import { discardKeptAside, keptAside } from '@/data/kept-aside'
import { downloadBlob } from '@/shared/download'

/**
 * Saved records that could not be read back (see imported-store.ts): kept as they were, to download
 * or discard. Nothing while there are none.
 */
export function UnreadableImports() {
  const { t } = useTranslation()
  const [kept, setKept] = useState(() => keptAside(IMPORTED_STORE))
  if (kept === null) return null
  return (
    <div className="import-error" role="alert">
      <p>{t('import.current.unreadable')}</p>
      <div className="import-actions">
        <button
          type="button"
          className="chip"
          onClick={() =>
            downloadBlob(new Blob([kept], { type: 'application/json' }), 'my-data-unreadable.json')
          }
        >
          {t('import.current.unreadableDownload')}
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => {
            discardKeptAside(IMPORTED_STORE)
            setKept(null)
          }}
        >
          {t('import.current.unreadableDiscard')}
        </button>
      </div>
    </div>
  )
}
