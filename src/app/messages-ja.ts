// Every Japanese message: the shell's own and each feature's under its feature key
// (t('charts.gdp.title')). One module per language so the page loads only the one it shows.
import about from '@/features/about/messages.ja.json'
import charts from '@/features/charts/messages.ja.json'
import compare from '@/features/compare/messages.ja.json'
import importMessages from '@/features/import/messages.ja.json'
import map from '@/features/map/messages.ja.json'
import offline from '@/features/offline/messages.ja.json'
import present from '@/features/present/messages.ja.json'
import shell from '@/i18n/ja.json'

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
