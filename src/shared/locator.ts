import type { Lang } from '@/i18n/i18n'

// Where in a source a figure is: the CLAIR report's locators are written in Japanese ("第2章 第1節
// ケース1"). English readers get the same place in English: the report's structure words by pattern
// and its few recurring phrases by a fixed table. Nothing else is changed, so a locator this table
// does not know stays exactly as the source has it.

const PHRASES: [string, string][] = [
  [
    'JICA沖縄 草の根技術協力 実績一覧（2016年9月現在）',
    'JICA Okinawa, list of Grassroots Technical Cooperation projects (as of September 2016)',
  ],
  ['2016年版開発協力白書から作成', 'compiled from the 2016 White Paper on Development Cooperation'],
  ['開発協力白書2016より作成', 'compiled from the 2016 White Paper on Development Cooperation'],
  ['設立時の加盟国', 'founding members'],
  ['「全体の27％」', '“27% of the total”'],
  ['国際業務年表', 'chronology of international work'],
  ['ASEAN合計', 'ASEAN total'],
  ['実績は', 'record in '],
  ['最長3年は', 'three-year maximum in '],
]

const PATTERNS: [RegExp, string][] = [
  [/第(\d+)章/g, 'Ch. $1'],
  [/第(\d+)節/g, 'Sec. $1'],
  [/ケース(\d+)/g, 'Case $1'],
  [/表(\d+)/g, 'Table $1'],
  [/図(\d+)/g, 'Fig. $1'],
  [/順位(\d+)/g, 'rank $1'],
  [/（/g, ' ('],
  [/）/g, ')'],
]

// The same few hundred locators are shown again and again (a list row's source line, each chart's
// sources): each is put into English once.
const english = new Map<string, string>()

/** A source locator in the reader's language (see above); Japanese locators are shown as written. */
export function localLocator(locator: string, lang: Lang): string {
  if (lang === 'ja') return locator
  let out = english.get(locator)
  if (out === undefined) {
    out = toEnglish(locator)
    english.set(locator, out)
  }
  return out
}

function toEnglish(locator: string): string {
  let out = locator
  for (const [ja, en] of PHRASES) out = out.split(ja).join(en)
  for (const [pattern, en] of PATTERNS) out = out.replace(pattern, en)
  return out.replace(/ {2,}/g, ' ').trim()
}
