import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore } from '@/data/imported-store'
import './import.css'

// The panel, papaparse and the gazetteer are loaded only when the user opens it.
const ImportPanel = lazy(() => import('./import-panel').then((m) => ({ default: m.ImportPanel })))

const selectCount = (s: { links: unknown[] }) => s.links.length

/** Header button that opens the import dialog; it shows how many of the user's links are loaded. */
export function ImportEntry() {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [opened, setOpened] = useState(false)
  const count = useImportedStore(selectCount)
  const open = () => {
    setOpened(true)
    dialog.current?.showModal()
  }
  return (
    <>
      <button type="button" className="text-button" onClick={open} aria-haspopup="dialog">
        {count ? t('import.openActive', { count }) : t('import.open')}
      </button>
      {/* A file dropped beside the drop zone must not make the browser open it instead of the app. */}
      <dialog
        ref={dialog}
        className="import-dialog"
        aria-labelledby="import-title"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
      >
        {opened && (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <ImportPanel onClose={() => dialog.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  )
}
