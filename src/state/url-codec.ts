import { checkVersion, migrate } from '@/data/versioned'
import type { Lang } from '@/i18n/i18n'
import { filterCountriesOf } from './compare'
import {
  type Confidence,
  defaultState,
  FIELD_IDS,
  type FieldId,
  INDICATOR_IDS,
  type IndicatorId,
  MAX_COMPARE,
  MODES,
  type Mode,
  ORIGINS,
  type Origin,
  RELATIONS,
  type Relation,
  type Selection,
  type SelectionKind,
  type UrlState,
  YEAR_MAX,
  YEAR_MIN,
} from './defaults'
import { URL_MIGRATIONS, URL_VERSION } from './url-migrations'

/**
 * The URL holds its format's version and what differs from the defaults, in short readable keys,
 * e.g. `?v=2&c=KHM,VNM&field=water&y=2015&sel=link:kitakyushu-phnom-penh`; the year is always
 * written (see URL_MIGRATIONS), and an empty query is the default view. A link of an older version
 * is migrated first. Decoding never throws: every part that is malformed or oversized falls back to
 * its default, and an unknown item of a list drops only itself.
 */

/** Query strings longer than this are cut before parsing (a hostile link cannot make us work hard). */
const MAX_QUERY_LENGTH = 4000
const MAX_LIST = 20
const MAX_ID_LENGTH = 80
const ISO3 = /^[A-Z]{3}$/
const ID = /^[a-z0-9][a-z0-9-]*$/
const SELECTION_KINDS: readonly SelectionKind[] = ['country', 'place', 'link', 'project']

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The valid items of a comma-separated list, each once, at most `max`; undefined when absent. */
function list(value: string | null, valid: (item: string) => boolean, max = MAX_LIST): string[] | undefined {
  if (value === null) return undefined
  return [...new Set(value.split(',').filter((x) => x.length > 0 && valid(x)))].slice(0, max)
}

function year(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined
  const y = Number(value)
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : undefined
}

const isIso3 = (x: string) => ISO3.test(x)
const isId = (x: string) => x.length <= MAX_ID_LENGTH && ID.test(x)

/** The query's parameters in the current format: an older version's migrated, in order. */
function currentParams(search: string): URLSearchParams | null {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH))
  } catch {
    return null
  }
  if ([...params.keys()].length === 0) return null
  // No `v=`: a link from before the URL named its version. A version this code does not know
  // (newer, or not a number) is read as the current one: what it shares with it still decodes.
  const raw = params.get('v')
  const check = checkVersion(raw === null ? 1 : Number(raw), URL_VERSION)
  return check.ok ? migrate(params, check.version, URL_MIGRATIONS) : params
}

export function decodeUrlState(search: string, lang: Lang): UrlState {
  const defaults = defaultState(lang)
  const params = currentParams(search)
  if (!params) return defaults
  const get = (key: string) => params.get(key)
  const filters = { ...defaults.filters }
  const view = { ...defaults.view }

  filters.countries = list(get('c'), isIso3) ?? filters.countries
  filters.fields =
    (list(get('field'), (x) => oneOf(FIELD_IDS, x) !== undefined) as FieldId[]) ?? filters.fields
  filters.schemes = list(get('scheme'), isId) ?? filters.schemes
  filters.relations =
    (list(get('rel'), (x) => oneOf(RELATIONS, x) !== undefined) as Relation[]) ?? filters.relations
  const pref = get('pref')
  // Japanese prefecture names end in 都, 道, 府 or 県 and are short.
  if (pref !== null && pref.length <= 5 && /^[\p{Script=Han}\p{Script=Hiragana}]+[都道府県]$/u.test(pref)) {
    filters.prefecture = pref
  }
  const range = get('yr')?.split('-')
  if (range?.length === 2) {
    const from = year(range[0] ?? null)
    const to = year(range[1] ?? null)
    if (from !== undefined && to !== undefined && from <= to) filters.yearRange = [from, to]
  }
  filters.confidence = oneOf<Confidence>(['all', 'high'], get('conf')) ?? filters.confidence
  filters.origin = oneOf<Origin>(ORIGINS, get('data')) ?? filters.origin

  let selection: Selection | null = null
  const sel = get('sel')
  if (sel !== null) {
    const [kind, id, extra] = sel.split(':')
    const k = oneOf(SELECTION_KINDS, kind ?? null)
    if (k && id !== undefined && extra === undefined && (k === 'country' ? isIso3(id) : isId(id))) {
      selection = { kind: k, id }
    }
  }

  view.mode = oneOf<Mode>(MODES, get('mode')) ?? view.mode
  view.lang = oneOf<Lang>(['ja', 'en'], get('lang')) ?? view.lang
  view.indicator = oneOf<IndicatorId>(INDICATOR_IDS, get('ind')) ?? view.indicator
  view.year = year(get('y')) ?? view.year
  view.compare = list(get('cmp'), isIso3, MAX_COMPARE) ?? view.compare
  // In compare mode the country filter is the comparison (see selectFilters): a link that names
  // only the countries compares them, and one that names both takes the comparison.
  if (view.mode === 'compare') {
    if (view.compare.length === 0) view.compare = filters.countries.slice(0, MAX_COMPARE)
    filters.countries = filterCountriesOf(view.compare)
  }
  view.scale = oneOf(['linear', 'log'] as const, get('scale')) ?? view.scale
  view.odaView = oneOf(['gross', 'net'] as const, get('oda')) ?? view.odaView
  const jp = get('jp')
  if (jp === '1') view.showJapan = true
  const slide = get('slide')
  if (slide !== null && /^\d{1,3}$/.test(slide)) view.slide = Math.max(0, Number(slide) - 1)
  const story = get('story')
  if (story !== null && isId(story)) view.story = story

  return { filters, selection, view }
}

/**
 * Encodes the version and what differs from the defaults, and the year whenever anything is written:
 * the default year moves with the data, a shared view must not. Keys are in a fixed order so links
 * are stable.
 */
export function encodeUrlState(state: UrlState, browserLang: Lang): string {
  const d = defaultState(browserLang)
  const out: [string, string][] = []
  const { filters: f, view: v } = state
  if (v.mode !== d.view.mode) out.push(['mode', v.mode])
  if (f.countries.length) out.push(['c', f.countries.join(',')])
  if (f.fields.length) out.push(['field', f.fields.join(',')])
  if (f.schemes.length) out.push(['scheme', f.schemes.join(',')])
  if (f.relations.length) out.push(['rel', f.relations.join(',')])
  if (f.prefecture) out.push(['pref', f.prefecture])
  if (f.yearRange) out.push(['yr', `${f.yearRange[0]}-${f.yearRange[1]}`])
  if (f.confidence !== d.filters.confidence) out.push(['conf', f.confidence])
  if (f.origin !== d.filters.origin) out.push(['data', f.origin])
  if (state.selection) out.push(['sel', `${state.selection.kind}:${state.selection.id}`])
  if (v.indicator !== d.view.indicator) out.push(['ind', v.indicator])
  if (v.year !== d.view.year) out.push(['y', String(v.year)])
  const yearAt = out.length
  if (v.compare.length) out.push(['cmp', v.compare.join(',')])
  if (v.scale !== d.view.scale) out.push(['scale', v.scale])
  if (v.odaView !== d.view.odaView) out.push(['oda', v.odaView])
  if (v.showJapan) out.push(['jp', '1'])
  if (v.slide !== d.view.slide) out.push(['slide', String(v.slide + 1)])
  if (v.story !== null) out.push(['story', v.story])
  if (v.lang !== d.view.lang) out.push(['lang', v.lang])
  if (out.length === 0) return ''
  if (v.year === d.view.year) out.splice(yearAt, 0, ['y', String(v.year)])
  out.unshift(['v', String(URL_VERSION)])
  // Commas, colons and kana stay readable; everything else is escaped as usual.
  return `?${out.map(([k, val]) => `${k}=${encodeURIComponent(val).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&')}`
}
