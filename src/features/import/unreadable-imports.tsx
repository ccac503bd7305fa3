import { useTranslation } from 'react-i18next'
import { IMPORTED_STORE } from '@/data/imported-store'
import { KeptAsideNotice } from '@/shared/kept-aside-notice'

/** Saved records that could not be read back (see imported-store.ts), to download or discard. */
export function UnreadableImports() {
  const { t } = useTranslation()
  return (
    <KeptAsideNotice
      store={IMPORTED_STORE}
      fileName="my-data-unreadable.json"
      message={t('import.current.unreadable')}
      downloadLabel={t('import.current.unreadableDownload')}
    />
  )
}
