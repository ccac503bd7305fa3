import { toCsv } from '@/shared/csv'

// The columns of an import file, in English and Japanese. Either header language is accepted;
// the template is offered in both.

export const COLUMNS = [
  { id: 'jp_place', ja: '日本側自治体', required: true },
  { id: 'jp_prefecture', ja: '都道府県', required: false },
  { id: 'partner_city', ja: 'ASEAN側都市', required: true },
  { id: 'partner_country', ja: 'ASEAN側国', required: true },
  { id: 'relation', ja: '関係', required: true },
  { id: 'year', ja: '年', required: false },
  { id: 'fields', ja: '分野', required: false },
  { id: 'project_title', ja: '事業名', required: false },
  { id: 'end_year', ja: '終了年', required: false },
  { id: 'summary', ja: '概要', required: false },
  { id: 'jp_lat', ja: '日本側緯度', required: false },
  { id: 'jp_lon', ja: '日本側経度', required: false },
  { id: 'partner_lat', ja: 'ASEAN側緯度', required: false },
  { id: 'partner_lon', ja: 'ASEAN側経度', required: false },
  { id: 'source_url', ja: '出典URL', required: false },
  { id: 'note', ja: '備考', required: false },
] as const

export type ColumnId = (typeof COLUMNS)[number]['id']

/** A header cell as typed by a person: width, case, spaces and hyphens do not matter. */
function headerKey(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

const BY_HEADER = new Map<string, ColumnId>(
  COLUMNS.flatMap((c) => [
    [headerKey(c.id), c.id],
    [headerKey(c.ja), c.id],
  ]),
)

export interface HeaderMap {
  /** Column id → index in the row and the header as the file writes it (for messages). */
  columns: Map<ColumnId, { index: number; header: string }>
  /** Headers we do not know: reported, not fatal. */
  unknown: string[]
  /** Required columns the file lacks: nothing can be imported. */
  missing: ColumnId[]
  /** Which language the headers were written in (the first known one decides). */
  lang: 'ja' | 'en'
}

export function mapHeader(header: readonly string[]): HeaderMap {
  const columns = new Map<ColumnId, { index: number; header: string }>()
  const unknown: string[] = []
  let lang: 'ja' | 'en' | null = null
  header.forEach((raw, index) => {
    const key = headerKey(raw)
    if (!key) return
    const id = BY_HEADER.get(key)
    if (!id) {
      unknown.push(raw.trim())
      return
    }
    lang ??= COLUMNS.some((c) => headerKey(c.ja) === key) ? 'ja' : 'en'
    if (!columns.has(id)) columns.set(id, { index, header: raw.trim() })
  })
  const missing = COLUMNS.filter((c) => c.required && !columns.has(c.id)).map((c) => c.id)
  return { columns, unknown, missing, lang: lang ?? 'en' }
}

const EXAMPLES: Record<'en' | 'ja', Partial<Record<ColumnId, string | number>>[]> = {
  en: [
    {
      jp_place: 'Kitakyushu City',
      partner_city: 'Phnom Penh',
      partner_country: 'Cambodia',
      relation: 'sister',
      year: 2016,
      fields: 'water; exchange',
      source_url: 'https://www.city.kitakyushu.lg.jp/',
    },
    {
      jp_place: 'Fuchu City',
      jp_prefecture: 'Tokyo',
      partner_city: 'Da Nang',
      partner_country: 'VNM',
      relation: 'project',
      year: 2019,
      fields: 'waste',
      project_title: 'Waste separation pilot',
      end_year: 2021,
      summary: 'Training of city staff in waste separation',
    },
    {
      jp_place: 'Osaki Town',
      partner_city: 'Ubud',
      partner_country: 'Indonesia',
      relation: 'mou',
      year: 2018,
      partner_lat: -8.5069,
      partner_lon: 115.2625,
      note: 'Coordinates given: they override the gazetteer',
    },
  ],
  ja: [
    {
      jp_place: '北九州市',
      partner_city: 'プノンペン',
      partner_country: 'カンボジア',
      relation: '姉妹都市',
      year: 2016,
      fields: '上水道; 交流',
      source_url: 'https://www.city.kitakyushu.lg.jp/',
    },
    {
      jp_place: '府中市',
      jp_prefecture: '東京都',
      partner_city: 'Da Nang',
      partner_country: 'ベトナム',
      relation: 'project',
      year: 2019,
      fields: 'waste',
      project_title: 'ごみ分別の実証事業',
      end_year: 2021,
      summary: '市職員へのごみ分別研修',
    },
    {
      jp_place: '大崎町',
      partner_city: 'Ubud',
      partner_country: 'IDN',
      relation: 'mou',
      year: 2018,
      partner_lat: -8.5069,
      partner_lon: 115.2625,
      note: '座標を指定した行：地名一覧の座標より優先されます',
    },
  ],
}

/** The template: header row in one language and three example rows. */
export function templateCsv(lang: 'ja' | 'en'): string {
  const header = COLUMNS.map((c) => (lang === 'ja' ? c.ja : c.id))
  const rows = EXAMPLES[lang].map((ex) => COLUMNS.map((c) => ex[c.id] ?? ''))
  return toCsv([header, ...rows])
}
