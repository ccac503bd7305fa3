import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import './about.css'

// Loaded on first opening: explore starts without it.
const AboutView = lazy(() => import('./about-view').then((m) => ({ default: m.AboutView })))

/** Header button that opens "About the data" in a modal dialog. */
export function AboutEntry() {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true)
          dialog.current?.showModal()
        }}
      >
        {t('about.open')}
      </button>
      <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title">
        {opened && (
          <Suspense fallback={<p>{t('about.loading')}</p>}>
            <AboutView onClose={() => dialog.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  )
}
