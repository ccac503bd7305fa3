import { registerSW } from 'virtual:pwa-register'
import type { i18n as I18n } from 'i18next'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { OfflineNotice } from './offline-notice'
import { setOfflineStatus } from './offline-state'

/** How often an open app asks for a newer version while online, ms. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker the build generates (vite.config.ts, `offline`) and shows what it
 * did. Loaded once the first screen is drawn: the precache (≈ 15 MB, fonts mostly) downloads while
 * the page is idle, not while it starts. The notice has a root of its own, beside the app's.
 */
export function startOffline(i18n: I18n): void {
  if (!('serviceWorker' in navigator)) return
  const host = document.createElement('div')
  document.body.append(host)
  const update = registerSW({
    // Ready means this page too is served from the cache (the worker claims it once active).
    onOfflineReady: () => {
      if (navigator.serviceWorker.controller) setOfflineStatus('ready')
      else
        navigator.serviceWorker.addEventListener('controllerchange', () => setOfflineStatus('ready'), {
          once: true,
        })
    },
    onNeedRefresh: () => setOfflineStatus('update'),
    // A browser that refuses (a private window, a policy) keeps working online: nothing to say.
    onRegisteredSW: (_url, registration) => {
      if (!registration) return
      window.setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }, UPDATE_CHECK_MS)
    },
  })
  createRoot(host).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <OfflineNotice reload={() => void update(true)} />
      </I18nextProvider>
    </StrictMode>,
  )
}
