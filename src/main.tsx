import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from '@/app/app'
import { MESSAGE_LOADERS } from '@/app/message-loaders'
import { countriesGeoQuery, countryLabelsQuery, fontFacesQuery } from '@/data/assets'
import {
  countriesQuery,
  eventsQuery,
  indicatorsQuery,
  linksQuery,
  NetworkProvider,
  odaQuery,
  placesQuery,
  projectsQuery,
  schemesQuery,
  sourcesQuery,
} from '@/data/use-dataset'
import { startMapEarly } from '@/features/map/early-map'
import { watchBeforePresenting } from '@/features/present/before-present'
import { initI18n, loadAllLanguages, setMessageLoaders } from '@/i18n/i18n'
import { exposeForTests } from '@/shared/debug-handles'
import { afterFirstScreen } from '@/shared/first-screen'
import { attachJapaneseFonts } from '@/shared/fonts'
import { markFilterChange } from '@/shared/perf'
import { initialLanguage, useStore } from '@/state/store'
import { startUrlSync } from '@/state/url-sync'
import '@/app/global.css'

const browserLang = initialLanguage()
startUrlSync(browserLang)
// Before the first render: <html lang> picks the font stack (Noto Sans JP under :lang(ja)), and a
// late switch would lay out the whole page again with the other font.
document.documentElement.lang = useStore.getState().view.lang
if (useStore.getState().view.lang === 'ja') void attachJapaneseFonts()
else afterFirstScreen(() => void attachJapaneseFonts())
// The e2e tests and the benchmark change filters through the store itself (test build only).
exposeForTests('__store', useStore)
// Leaving a briefing (Esc) returns to the state it was entered from.
watchBeforePresenting()
useStore.subscribe((s, prev) => {
  if (s.filters !== prev.filters) markFilterChange()
  if (s.view.lang === 'ja' && prev.view.lang !== 'ja') void attachJapaneseFonts()
})

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY } },
})

// The first screen's files are read and checked while the language's messages load, not after
// React's first render. A failure stays in the cache for the panel that shows it.
const basemap = Promise.all([
  queryClient.prefetchQuery(fontFacesQuery),
  queryClient.prefetchQuery(countriesGeoQuery),
  queryClient.prefetchQuery(countryLabelsQuery),
])
const network = Promise.all([
  queryClient.prefetchQuery(countriesQuery),
  queryClient.prefetchQuery(placesQuery),
  queryClient.prefetchQuery(linksQuery),
  queryClient.prefetchQuery(projectsQuery),
])
// The rest too (index.html has them on their way already): the panels then mount with every file
// they read, instead of rendering again as each arrives (the list's rows, once the sources are in).
void queryClient.prefetchQuery(indicatorsQuery)
void queryClient.prefetchQuery(odaQuery)
void queryClient.prefetchQuery(sourcesQuery)
void queryClient.prefetchQuery(eventsQuery)
void queryClient.prefetchQuery(schemesQuery)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// The explore map starts once its basemap's files and its links and places are in, while the
// messages load and React renders (unless React's first render comes first and starts it).
void Promise.all([basemap, network]).then(() => {
  const { mode, lang } = useStore.getState().view
  if (mode === 'explore') startMapEarly(queryClient, lang)
})
// React's first render already has the basemap's files, so the map starts in the first commit.
setMessageLoaders(MESSAGE_LOADERS)
const [i18n] = await Promise.all([initI18n(useStore.getState().view.lang), basemap])
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <NetworkProvider>
          <App />
        </NetworkProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
)

// The other language, once the first screen is up: the switch is then instant, and a slide can be
// written in both languages without waiting.
// A failure here is retried, and reported, when the language is actually needed.
afterFirstScreen(() => void loadAllLanguages().catch(() => {}))
// Offline at the venue: the service worker (features/offline) is registered once the first screen is
// up, so its precache downloads while the page is idle. Not in the dev server, which has none.
if (!import.meta.env.DEV)
  afterFirstScreen(() => void import('@/features/offline/start-offline').then((m) => m.startOffline(i18n)))
