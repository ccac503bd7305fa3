// Decisions the register builder cannot take from the material alone, each with its reason.
import type { Place, SourceRef, Text } from '../../src/data/schema'
import type { AseanParty } from './material/types'

const t = (ja: string, en: string): Text => ({ ja, en })

/** Material records left out, and why (the record stays in its material file for the record). */
export const DROP_RECORDS: Record<string, string> = {
  'jicatc-gr-tokyo-labuan-scada-nrw': 'the same project as jica-tokyo-labuan-scada-nrw (same press release)',
  'jicatc-gr-yokohama-hanoi-sewerage-phase-2': 'the same project as jica-tokubetsu-vie-31 (JICA page)',
}

/**
 * Places the material names without a GeoNames point. 'skip' leaves the place (and so the pair)
 * out; { point } draws it at a GeoNames point with the note given; { country } makes it the
 * country's national-level partner (drawn at the capital).
 */
export const UNPLACED: Record<
  string,
  'skip' | { point: number; level: AseanParty['level']; coordNote: string } | { country: true; note: string }
> = {
  'jica-saitama-wma-sewerage-2012|タイ王国地方都市(バンコク首都圏及びパタヤ特別市を除く東部地方都市)': {
    country: true,
    note: 'the page names eastern provincial cities served by the national Wastewater Management Authority, no single city',
  },
  'jica-tokubetsu-tha-02|タイ王国': {
    country: true,
    note: 'the page names the national Provincial Waterworks Authority',
  },
  'jica-saitama-thai-lao-water-hrd|タイ・地方水道公社(PWA)': {
    country: true,
    note: 'the page names the national Provincial Waterworks Authority',
  },
  'jica-tokubetsu-mya-03|ミャンマー': { country: true, note: 'the target area is the whole country' },
  'jica-tokubetsu-mya-toyama-medicine-2017|ミャンマー': { country: true, note: 'the pages name no city' },
  'jica-tokubetsu-lao-08|ラオス国': { country: true, note: "the page names Laos's water utilities, no city" },
  'jica-chiiki-mal-07|マレーシア': { country: true, note: 'the page names no Malaysian place' },
  'jica-kasama-agritourism-2022|ベトナム国・中山間地域': {
    country: true,
    note: "the page names Viet Nam's hilly and mountainous areas, no province",
  },
  'jica-chiiki-eti-01|ディリ県': {
    point: 1645457,
    level: 'district',
    coordNote:
      'Dili municipality (ディリ県); drawn at Dili, its seat and the national capital (GeoNames 1645457, PPLC)',
  },
  'jica-chiiki-eti-yomitan-2010|ディリ県コモロ村': {
    point: 1645457,
    level: 'district',
    coordNote:
      'Dili municipality (ディリ県); drawn at Dili, its seat and the national capital (GeoNames 1645457, PPLC)',
  },
  'jica-chiiki-asia-01|マレーシア・サバ州・プナンパン郡': {
    point: 1733432,
    level: 'district',
    coordNote:
      'Penampang District has no row in the GeoNames extract; drawn at the capital of Sabah state, Kota Kinabalu (GeoNames 1733432, PPLA)',
  },
  'tie-sakai-ibaraki-marikina|フィリピン共和国マリキナ市': 'skip',
}

/** GeoNames point of each member's capital (countries.json capitalSource), for national-level partners. */
export const CAPITAL_POINT: Record<string, number> = {
  BRN: 1820906,
  KHM: 1821306,
  IDN: 1642911,
  LAO: 1651944,
  MYS: 1735161,
  MMR: 6611854,
  PHL: 1701668,
  SGP: 1880252,
  THA: 1609350,
  TLS: 1645457,
  VNM: 1581130,
}

/** Names and levels of new ASEAN places where the material's wording is not the name to show. */
export const ASEAN_NAMES: Record<
  string,
  { name: Text; level?: Place['level']; admin?: Text; coordNote?: string }
> = {}

/** A base link's note after a primary page took the link over (null: the base note no longer applies). */
export const LINK_NOTES: Record<string, Text | null> = {}

/** Notes added to a link whatever the material did to it, with the evidence they rest on. */
export const LINK_EXTRA_NOTES: Record<string, Text> = {
  'saitama-pref-chiang-mai': t(
    '北海道の公式ページは、2013年の北海道との協定をチェンマイ県にとって日本の都道府県との初めての提携としており、この（ウィキペディアのミラーによる）1992年の記録と食い違う。',
    "Hokkaido's own page calls its 2013 agreement Chiang Mai Province's first with any Japanese prefecture, which contradicts this 1992 record (from a Wikipedia mirror).",
  ),
}

/**
 * A material tie that names the partner more exactly than a base link did: the base link is replaced
 * by the material's (its source kept in `see`).
 */
export const SUPERSEDES: Record<string, { link: string; why: Text }> = {
  'tie-chichibu-yasothon': {
    link: 'chichibu-yasothon',
    why: t(
      '参照CSVはヤソートーン県としていたが、タイ大使館の日本語ページは「ヤソトン市」と書く。',
      'The reference CSV had Yasothon Province; the Thai embassy’s Japanese page writes Yasothon City.',
    ),
  },
}

/** Notes added to a material project. */
export const PROJECT_NOTES: Record<string, Text> = {}

const REPORT_SAYS_GRANT = t(
  'JICAのページは技術協力プロジェクトとする。報告書（第2章 ケース1）は「無償資金協力（ODA）」と記す。期間はJICAのページによる。',
  'JICA lists it as a technical cooperation project; the report (chapter 2, case 1) calls it grant aid (無償資金協力). Dates from the JICA page.',
)
const REPORT_SAYS_UNNAMED = t(
  '報告書は「地方8都市」としか書かないが、JICAのページは8都市（シェムリアップ、バッタンバン、コンポンチャム、コンポントム、カンポット、プルサット、シハヌークビル、スヴァイリエン）を挙げる。',
  'The report says only "8 provincial cities"; the JICA page names them (Siem Reap, Battambang, Kampong Cham, Kampong Thom, Kampot, Pursat, Sihanoukville, Svay Rieng).',
)

/**
 * Material records that are a project the report (or the reference list) already holds: merged into
 * it. The programme's page becomes the source when it is primary; the earlier source stays in `see`.
 */
export const SAME_PROJECT: Record<
  string,
  { project: string; links?: 'material'; scheme?: string | null; years?: boolean; note?: Text }
> = {
  'jicatc-kitakyushu-phnom-penh-water-hrd-phase-1': {
    project: 'kitakyushu-phnom-penh-water-hrd-phase-1',
    scheme: 'jica-technical-cooperation',
    years: true,
    note: REPORT_SAYS_GRANT,
  },
  'jicatc-kitakyushu-cambodia-water-hrd-phase-2': {
    project: 'kitakyushu-cambodia-water-hrd-phase-2',
    links: 'material',
    scheme: 'jica-technical-cooperation',
    years: true,
    note: {
      ja: `${REPORT_SAYS_GRANT.ja}${REPORT_SAYS_UNNAMED.ja}`,
      en: `${REPORT_SAYS_GRANT.en} ${REPORT_SAYS_UNNAMED.en}`,
    },
  },
  'jicatc-kitakyushu-cambodia-water-hrd-phase-3': {
    project: 'kitakyushu-cambodia-water-hrd-phase-3',
    links: 'material',
    scheme: 'jica-technical-cooperation',
    years: true,
    note: {
      ja: `${REPORT_SAYS_GRANT.ja}第3フェーズは2012年11月〜2017年11月。${REPORT_SAYS_UNNAMED.ja}`,
      en: `${REPORT_SAYS_GRANT.en} Phase 3 ran from November 2012 to November 2017. ${REPORT_SAYS_UNNAMED.en}`,
    },
  },
  'jica-chiiki-ind-depok-osaki': { project: 'osaki-depok-grassroots', years: true },
  'jica-tokubetsu-vie-24': {
    project: 'jica-naha-hoi-an-eco-city',
    years: true,
    note: t(
      '期間はJICAのページによる（参照一覧は2016年3月〜2019年3月とする）。',
      'Years from the JICA page (the reference list gives March 2016 to March 2019).',
    ),
  },
  'jica-tokubetsu-phi-08': { project: 'jica-nanjo-victorias-agribusiness', years: true },
  'jica-tokubetsu-ind-osaki-system-bali-fy2016': {
    project: 'osaki-bali-grassroots-osaki-system',
    scheme: 'jica-grassroots-regional',
    note: t(
      '報告書は2017年度の地域提案型とするが、報道（portal-worlds）は平成28年度補正予算の地域活性化特別枠の採択案件に挙げる。',
      'The report calls it a 2017 regional-proposal (地域提案型) project; a news summary (portal-worlds) lists it among the FY2016 supplementary-budget regional-revitalisation window (地域活性化特別枠) selections.',
    ),
  },
}

/** Corrections to the report's own projects that no material record carries, with their page. */
export const HAND_FIXES: Record<string, { scheme?: string; see?: SourceRef; note: Text }> = {
  'osaki-bali-grassroots-denpasar': {
    scheme: 'jica-grassroots-regional',
    see: {
      ref: 'jica-web',
      url: 'https://www.jica.go.jp/partner/kusanone/tokubetsu/ind_10.html',
      title:
        '草の根技術協力(地域活性化特別枠)事業概要 バリ州デンパサール市における資源循環型まちづくり技術支援事業',
      retrieved: '2026-12-01',
    },
    note: t(
      'JICAは本事業を地域活性化特別枠の案件として掲載している（ind_10）。報告書（ケース3）は地域提案型とする。JICAのページ冒頭は提案団体を示さないため、大崎町の事業であることは報告書による。',
      "JICA lists this project under the regional-revitalisation window (地域活性化特別枠, page ind_10); the report (case 3) calls it a regional-proposal (地域提案型) project. The JICA page's opening does not name the proposer: Osaki's role rests on the report.",
    ),
  },
}

/** A material record's scheme where its window does not say (null: no scheme of schemes.json fits). */
export const SCHEME_OF: Record<string, string | null> = {}

const VN_MAP: SourceRef = {
  ref: 'news',
  url: 'https://vietaustralia.com/en/official-new-map-of-vietnam-s-34-provinces-and-cities-after-the-2025-merger.html',
  title: "Official new map of Vietnam's 34 provinces and cities after the 2025 merger",
  retrieved: '2026-12-01',
}
const DA_NANG: SourceRef = {
  ref: 'news',
  url: 'https://vietnamnews.vn/society/1720769/new-da-nang-designated-a-key-economic-power.html',
  title: 'New Đà Nẵng designated a key economic power',
  retrieved: '2026-12-01',
}
const AN_GIANG: SourceRef = {
  ref: 'news',
  url: 'https://xe.today/2025/07/01/the-perfect-blend-how-the-merger-creates-a-province-of-diverse-landscapes-and-5-million-strong',
  title: 'The perfect blend: how the merger creates a province of diverse landscapes and 5 million strong',
  retrieved: '2026-12-01',
}
const PAPUA: SourceRef = {
  ref: 'news',
  url: 'https://nasional.kompas.com/read/2022/07/29/10473321/tiga-uu-tentang-pemekaran-wilayah-papua-resmi-diundangkan',
  title: 'Tiga UU tentang Pemekaran Wilayah Papua Resmi Diundangkan',
  retrieved: '2026-12-01',
}
const VN_2025 = '2025-07-01'
const merged = (ja: string, en: string, source: SourceRef): NonNullable<Place['today']> => ({
  kind: 'merged-into',
  units: [t(ja, en)],
  since: VN_2025,
  source,
})

/**
 * What a place is today when it was redrawn since its tie was made (Viet Nam's Resolution
 * 202/2025/QH15, in force 2025-07-01; Indonesia's laws 14–16/2022 on Papua). Places whose unit kept
 * its name (Hanoi, Hue, Hai Phong, Da Nang, Ho Chi Minh City, Nghe An, Ninh Binh, Hung Yen, …) are
 * not listed: only places whose own name is no longer a unit.
 */
export const PLACE_TODAY: Record<string, NonNullable<Place['today']>> = {
  'vn-quang-nam': merged('ダナン市', 'Da Nang City', DA_NANG),
  'vn-hoi-an': merged('ダナン市', 'Da Nang City', DA_NANG),
  'vn-quang-binh': merged('クアンチ省', 'Quang Tri Province', VN_MAP),
  'vn-nam-dinh': merged('ニンビン省', 'Ninh Binh Province', VN_MAP),
  'vn-ha-nam-province': merged('ニンビン省', 'Ninh Binh Province', VN_MAP),
  'vn-binh-dinh': merged('ザーライ省', 'Gia Lai Province', VN_MAP),
  'vn-quy-nhon': merged('ザーライ省', 'Gia Lai Province', VN_MAP),
  'vn-kien-giang-province': merged('アンザン省', 'An Giang Province', AN_GIANG),
  'vn-ba-ria-vung-tau-province': merged('ホーチミン市', 'Ho Chi Minh City', VN_MAP),
  'vn-binh-duong-province': merged('ホーチミン市', 'Ho Chi Minh City', VN_MAP),
  'vn-hai-duong-province': merged('ハイフォン市', 'Hai Phong City', VN_MAP),
  'id-papua': {
    kind: 'split-into',
    units: [
      t('パプア州', 'Papua Province'),
      t('南パプア州', 'South Papua Province'),
      t('中部パプア州', 'Central Papua Province'),
      t('パプア山地州', 'Highland Papua Province'),
    ],
    since: '2022-07-25',
    source: PAPUA,
  },
}

/**
 * About's coverage table: each series, the totals its programme publishes (picked from the
 * material's `totals` by page and value, or from the report) and what the search could not reach.
 */
export const SERIES: {
  id: 'jica-grassroots' | 'moe-city-to-city' | 'clair-model' | 'jica-technical' | 'tie'
  name: Text
  totals: ({ url: string; value: number } | { report: string; what: Text; value: number; asOf: string })[]
  note: Text
}[] = [
  {
    id: 'jica-grassroots',
    name: t(
      'JICA草の根技術協力（地方自治体の提案・参加）',
      'JICA grassroots technical cooperation by local governments',
    ),
    totals: [
      {
        report: '第2章 第3節 1(2)',
        what: t(
          '地域活性化特別枠の採択案件（2015〜2017年度）のうちASEAN（全57件中）',
          'Regional-revitalisation window projects FY2015–17 in ASEAN (of 57 in all)',
        ),
        value: 40,
        asOf: '2017',
      },
      { url: 'https://www.jica.go.jp/Resource/vietnam/english/activities/activity19.html', value: 143 },
      { url: 'https://www.jica.go.jp/information/topics/2023/20230808_01.html', value: 1368 },
    ],
    note: t(
      'JICAの事業ページ（地域提案型、地域活性化特別枠・地域経済活性化特別枠）と自治体のページのうち、日本の地方自治体を提案団体または参加団体として示すものを収録。冒頭部分に自治体名のない事業ページは収録していない（例：スラバヤの飲料水、カパス、チェンマイの遠隔医療）。2019年以降の新しい形式の事業ページはほとんど保存されていなかった。公表総数はNGO等を含む全団体の件数で、自治体分だけの総数は見つからなかった。',
      "JICA project pages (local-government proposal window, regional-revitalisation windows) and municipal pages that name a Japanese local government as proposer or party. Project pages whose opening names no local government are not recorded (e.g. Surabaya drinking water, Capas, Chiang Mai telemedicine). Few project pages in JICA's post-2019 format were in the store. The published totals count every kind of proposer (NGOs included); no total for local governments alone was found.",
    ),
  },
  {
    id: 'moe-city-to-city',
    name: t('環境省 都市間連携事業', 'Ministry of the Environment city-to-city collaboration'),
    totals: [
      { url: 'https://www.env.go.jp/press/press_04309.html', value: 56 },
      { url: 'https://www.env.go.jp/press/press_04309.html', value: 23 },
      { url: 'http://www.env.go.jp/press/press_02986.html', value: 18 },
    ],
    note: t(
      '日本の自治体とASEANの都市の組合せごとに1件。環境省の年度ごとの採択案件一覧は報道発表の添付資料で保存されておらず、採択された組合せの一部（2021年度ハイフォン、2022年度ホーチミン市トゥードゥック、2023年度バンドンなど）は日本側の自治体が分からないため収録していない。多くの組合せで実施年度が不明。',
      "One record per Japanese local government ↔ ASEAN city pair. The ministry's yearly lists of adopted projects are attachments to its press releases and were not in the store, so some adopted pairs are missing because their Japanese partner is unknown (e.g. Hai Phong FY2021, Ho Chi Minh City/Thu Duc FY2022, Bandung FY2023), and many pairs have no years.",
    ),
  },
  {
    id: 'clair-model',
    name: t('クレア モデル事業', 'CLAIR model projects'),
    totals: [
      {
        report: '第2章 第3節 2(1), 表6',
        what: t('2015〜2017年度のASEANでのモデル事業（表6）', 'Model projects in ASEAN FY2015–17 (table 6)'),
        value: 13,
        asOf: '2017',
      },
      { url: 'http://www.clair.org.cn/sys/act/business02/02-2/', value: 17 },
    ],
    note: t(
      '報告書の表6（2015〜2017年度）はASEAN分を網羅。2018年度以降のクレアの採択一覧は保存されておらず、以後の事業は報道の要約（2022年度）と個別のページによる。',
      "The report's table 6 (FY2015–17) covers ASEAN in full. CLAIR's lists for FY2018 onward were not in the store: later projects come from a news summary (FY2022) and single pages.",
    ),
  },
  {
    id: 'jica-technical',
    name: t(
      'JICA技術協力・無償資金協力（自治体連携）',
      'JICA technical cooperation and grant aid with local governments',
    ),
    totals: [],
    note: t(
      'JICAまたは自治体のページが日本の地方自治体を協力主体として示す技術協力プロジェクトと無償資金協力。自治体が関わる案件の総数は公表されていない。',
      'JICA technical cooperation projects and grant aid whose JICA or municipal page names a Japanese local government as partner. No total of such projects is published.',
    ),
  },
  {
    id: 'tie',
    name: t('姉妹・友好提携などの提携', 'Sister, friendship and other ties'),
    totals: [
      {
        url: 'https://www.japantimes.co.jp/opinion/2019/06/07/commentary/japan-commentary/japan-needs-sister-city-strategy/',
        value: 1751,
      },
      { url: 'https://sayaka-office.com/2018/03/01/200180301-2/', value: 7 },
    ],
    note: t(
      'クレアの姉妹自治体データベースの個別ページと、自治体自身のページによる。クレアの国別一覧は保存されていなかった。ラオス、シンガポール、ブルネイ、東ティモールとの提携は見つからなかった。覚書・協定など姉妹提携でない提携も種類を示して収録。',
      "CLAIR's sister-city register pages and the municipalities' own pages; CLAIR's per-country lists were not in the store. No ties were found with Laos, Singapore, Brunei or Timor-Leste. Memoranda and agreements that are not sister-city ties are included and labelled as such.",
    ),
  },
]
