import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { offlineStatus, setOfflineStatus, subscribeOffline } from './offline-state'
import './offline.css'

/**
 * What the service worker did, said once in a corner: ready to work offline (first visit), or a new
 * version downloaded, used from the next start or at once with "Reload". Never over a briefing:
 * it waits while presenting (the presenter's screen is the audience's).
 */
export function OfflineNotice({ reload }: { reload: () => void }) {
  const { t } = useTranslation()
  const status = useSyncExternalStore(subscribeOffline, offlineStatus)
  return (
    <div className="offline-notice" role="status" data-status={status}>
      {status !== 'none' && (
        <p>
          {t(`offline.${status}`)}{' '}
          {status === 'update' && (
            <button type="button" onClick={reload}>
              {t('offline.reload')}
            </button>
          )}
          <button type="button" aria-label={t('offline.dismiss')} onClick={() => setOfflineStatus('none')}>
            ×
          </button>
        </p>
      )}
    </div>
  )
}
