// Every English message: the shell's own and each feature's under its feature key
// (t('charts.gdp.title')). One module per language so the page loads only the one it shows.
import about from '@/features/about/messages.en.json'
import charts from '@/features/charts/messages.en.json'
import compare from '@/features/compare/messages.en.json'
import importMessages from '@/features/import/messages.en.json'
import map from '@/features/map/messages.en.json'
import offline from '@/features/offline/messages.en.json'
import present from '@/features/present/messages.en.json'
import shell from '@/i18n/en.json'

// The map's own messages join the shell's map messages under the same key (t('map.flowsNote')).
export const messages = {
  ...shell,
  map: { ...shell.map, ...map },
  charts,
  compare,
  present,
  import: importMessages,
  about,
  offline,
}
