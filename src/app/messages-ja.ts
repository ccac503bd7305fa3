// Every Japanese message: the shell's own and each feature's under its feature key
// (t('charts.gdp.title')). One module per language so the page loads only the one it shows.
import about from '@/features/about/messages.ja.json'
import charts from '@/features/charts/messages.ja.json'
import compare from '@/features/compare/messages.ja.json'
import importMessages from '@/features/import/messages.ja.json'
import offline from '@/features/offline/messages.ja.json'
import present from '@/features/present/messages.ja.json'
import shell from '@/i18n/ja.json'

export const messages = { ...shell, charts, compare, present, import: importMessages, about, offline }
