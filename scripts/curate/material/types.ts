// The shape of a research material file (scripts/curate/material/*.json): what was read, from which
// stored public page, and the facts that page states. scripts/curate/register.ts rebuilds data/
// from these files; nothing in data/ is written by hand for the register.
//
// Rules every file keeps:
//  - every record names the page it came from (url, publisher, retrieval date) and quotes the
//    words that carry its key facts (evidence, at most ~160 characters, a citation, not a copy);
//  - nothing from memory: a year, a name or a partner that no read page states is left out (null);
//  - a record found only on a secondary page (news, blog, wiki, aggregator) is confidence 'low';
//    a primary page (JICA, a ministry, CLAIR, the municipality or prefecture itself, the partner
//    government) makes it 'high'.

export interface Bilingual {
  ja: string
  en: string
}

export interface PageRef {
  url: string
  /** Who publishes the page, in both languages, e.g. 国際協力機構（JICA） / Japan International Cooperation Agency (JICA). */
  publisher: Bilingual
  /** The page's own title or heading as published. */
  title: string
  /** When the stored copy was read (YYYY-MM-DD). */
  retrieved: string
  /** 'primary' = the programme, ministry, CLAIR, the municipality or the partner government; otherwise 'secondary'. */
  kind: 'primary' | 'secondary'
}

export interface JpParty {
  /** As localgovjp writes it: 横浜市, 神奈川県, 大崎町, 東京都. */
  name: string
  prefecture: string
  /** 全国地方公共団体コード, 6 digits, from ../shared/reference/jp_{municipalities,prefectures}_localgovjp.csv. */
  lgcode: string
  level: 'prefecture' | 'city' | 'ward' | 'town' | 'village'
  en: string
}

export interface AseanParty {
  /** The name the source uses (local script or Japanese as written). */
  asWritten: string
  ja: string
  en: string
  /** ISO 3166-1 alpha-3. */
  country: string
  level: 'city' | 'province' | 'region' | 'regency' | 'district' | 'town' | 'village' | 'country'
  /** Province/state it lies in, where the source or GeoNames says. */
  admin?: Bilingual
  /** GeoNames id from ../shared/reference/geonames_cities1000_jp_asean.csv of the point to draw; null if none fits. */
  geonameid: number | null
  /** True when geonameid is the place itself; false when it is a stand-in (a province drawn at its capital). */
  pointIsPlace: boolean
  /** Why the point is elsewhere, when pointIsPlace is false. */
  pointNote?: string
}

export type RelationId = 'sister' | 'friendship' | 'environmental-sister' | 'mou' | 'agreement' | 'project'

export type FieldId =
  | 'water'
  | 'sewerage'
  | 'waste'
  | 'urban'
  | 'agriculture'
  | 'health'
  | 'welfare'
  | 'education'
  | 'disaster'
  | 'tourism'
  | 'exchange'
  | 'environment'
  | 'industry'

export interface MaterialRecord {
  /** Stable, unique across all material files, kebab-case: 'jica-tokubetsu-vie-12', 'moe-c2c-2023-sakai-ba-ria-vung-tau'. */
  key: string
  /** The programme series this record belongs to. */
  series: 'jica-grassroots' | 'moe-city-to-city' | 'clair-model' | 'jica-technical' | 'tie'
  /** Window or scheme within the series, as the page words it, e.g. 地域提案型, 地域活性化特別枠, 地域経済活性化特別枠, 自治体連携. */
  window?: string
  page: PageRef
  /** Other pages that confirm or add to this record (e.g. the municipality's own page). */
  alsoPages?: PageRef[]
  confidence: 'high' | 'low'
  /** Japanese local governments that propose, run or are party to it (one or more). */
  jp: JpParty[]
  /** Non-government Japanese bodies named (a waterworks bureau counts as the city; an NGO co-proposer goes here). */
  jpOrgs?: Bilingual[]
  /** ASEAN places it is with (one or more). */
  asean: AseanParty[]
  partnerOrgs?: Bilingual[]
  relation: RelationId
  /** The relation in the source's own words (姉妹都市提携, 友好交流協定, 覚書, 草の根技術協力事業). */
  relationWords: Bilingual
  /** Title as published (ja) and an English gloss (en); projects only. */
  title?: Bilingual
  fields: FieldId[]
  /** For a tie: the year it was made; for a project: its first (fiscal) year. null when no page says. */
  startYear: number | null
  endYear?: number | null
  /** YYYY, YYYY-MM or YYYY-MM-DD where a page gives it. */
  date?: string
  /** Two or three sentences in our own words, both languages. */
  summary?: Bilingual
  /** The words on the page that carry the key facts (party, partner, year), ≤ ~160 characters. */
  evidence: string
  note?: Bilingual
}

/** A total a programme itself publishes (for the coverage table): "N projects in ASEAN as of …". */
export interface ProgrammeTotal {
  series: MaterialRecord['series']
  what: Bilingual
  value: number
  asOf: string
  page: PageRef
  evidence: string
}

export interface MaterialFile {
  /** What this file covers, e.g. 'JICA grassroots technical cooperation by local governments: Viet Nam'. */
  covers: string
  /** Every search tried (for the closing note and the coverage table): query, corpus, what it gave. */
  searched: { query: string; corpus: 'pages' | 'docs' | 'code' | 'issues'; gave: string }[]
  totals: ProgrammeTotal[]
  records: MaterialRecord[]
  /** Things looked for and not found, with where they were looked for. */
  notFound: string[]
}
