import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { discardKeptAside, keptAside } from '@/data/kept-aside'
import { downloadBlob } from './download'

/**
 * Saved work of the store `store` that could not be read back and was kept aside
 * (data/kept-aside.ts): `message` and `details` say so, with the kept work to download as
 * `fileName` (to fix and import it again) or to discard. Nothing while there is none.
 */
export function KeptAsideNotice({
  store,
  fileName,
  message,
  downloadLabel,
  details,
}: {
  store: string
  fileName: string
  message: string
  downloadLabel: string
  details?: (kept: string) => ReactNode
}) {
  const { t } = useTranslation()
  const [kept, setKept] = useState(() => keptAside(store))
  if (kept === null) return null
  return (
    <div className="kept-aside" role="alert">
      <p>{message}</p>
      {details?.(kept)}
      <button
        type="button"
        className="chip"
        onClick={() => downloadBlob(new Blob([kept], { type: 'application/json' }), fileName)}
      >
        {downloadLabel}
      </button>
      <button
        type="button"
        className="chip"
        onClick={() => {
          discardKeptAside(store)
          setKept(null)
        }}
      >
        {t('common.discard')}
      </button>
    </div>
  )
}
