// Hand-curated links: the report's own ties (case studies and 表６), the two JICA grassroots rows of
// the reference that name a Japanese proposer, and the ties where the report and the reference
// sister-city list describe the same pair (merged into one link here).
//
// Merge rule: one link per (Japanese place, ASEAN place) pair. Its `source` is the document that
// states the tie most directly: an official announcement (MOFA, the municipality) over the CLAIR
// report, and the report over news, blogs, agreement archives and Wikipedia. The other source is
// named in `note`; projects on the pair keep the report as their own source.
import type { FieldId, Link, Relation, Text } from '../../src/data/schema'

const t = (ja: string, en: string): Text => ({ ja, en })
const report = (locator: string) => ({ ref: 'clair-report', locator })
const CASE1 = '第2章 第1節 ケース1'
const CASE2 = '第2章 第1節 ケース2'
const CASE3 = '第2章 第1節 ケース3'
const TABLE6 = '第2章 第3節 2(1), 表6'

function clairModel(
  id: string,
  jp: string,
  asean: string,
  firstYear: number,
  years: string,
  fields: FieldId[],
  note?: Text,
): Link {
  return {
    id,
    jp,
    asean,
    relation: 'project',
    relationNote: t(`クレア モデル事業（${years}年度）`, `CLAIR model project (FY${years})`),
    year: firstYear,
    fields,
    confidence: 'high',
    ...(note ? { note } : {}),
    source: report(TABLE6),
  }
}

const KICC = t(
  '表6の事業主体は神戸国際協力交流センター（自治体ではない）。名称の示す神戸市に配置。',
  'Table 6 lists the Kobe International Cooperation and Exchange Centre, not a municipality, as the body; placed at Kobe City, which its name refers to.',
)
const NATIONAL = (country: Text): Text =>
  t(
    `表6は相手国（${country.ja}）のみを記載し、都市名がないため国レベルの相手としてモデル化（地図上は首都に表示）。`,
    `Table 6 names only the country (${country.en}), no city, so the partner is modelled at national level (drawn at the capital).`,
  )

export const HAND_LINKS: Link[] = [
  // --- ケース１ 北九州市 ---------------------------------------------------------------------
  {
    id: 'kitakyushu-phnom-penh',
    jp: 'jp-kitakyushu',
    asean: 'kh-phnom-penh',
    relation: 'sister',
    relationNote: t('姉妹都市協定', 'sister-city agreement'),
    year: 2016,
    date: '2016-03-29',
    fields: ['exchange', 'water'],
    confidence: 'high',
    note: t(
      '報告書（第2章 ケース1）も2016年の姉妹都市協定を記載（北九州市を訪問したフン・セン首相の提案が契機）。水道分野の協力は1999年の専門家派遣に始まる。日付は外務省の告知（2016年3月30日付）による。',
      'The report (chapter 2, case 1) also records the 2016 agreement, prompted by a proposal from Prime Minister Hun Sen on a visit to Kitakyushu. Water-supply cooperation began with expert dispatch in 1999. Date per the MOFA notice of 30 March 2016.',
    ),
    source: { ref: 'mofa', url: 'https://www.mofa.go.jp/mofaj/s_sa/sea1/kh/page3_001631.html' },
  },
  {
    id: 'kitakyushu-cambodia',
    jp: 'jp-kitakyushu',
    asean: 'kh-cambodia',
    relation: 'project',
    relationNote: t(
      '水道事業人材育成プロジェクト（フェーズ2・3）：地方8都市の公営水道事業体（TPWS）',
      'Water-supply human-resource development project, phases 2 and 3: public waterworks (TPWS) of 8 provincial cities',
    ),
    year: 2007,
    fields: ['water'],
    confidence: 'high',
    note: t(
      '報告書は地方8都市の名前を挙げていないため、国レベルの相手（カウンターパートは鉱工業・エネルギー省）としてモデル化し、首都プノンペンに表示。',
      'The report does not name the 8 provincial cities, so the partner is modelled at national level (the counterpart is the Ministry of Industry, Mines and Energy) and drawn at Phnom Penh.',
    ),
    source: report(CASE1),
  },
  {
    id: 'kitakyushu-siem-reap',
    jp: 'jp-kitakyushu',
    asean: 'kh-siem-reap',
    relation: 'project',
    relationNote: t(
      '上下水道施設の設計業務を受注（円借款による海外の競争入札で日本の自治体が受注した初の例）',
      'Won the design contract for water and sewerage facilities (the first time a Japanese local government won a yen-loan-funded overseas competitive tender)',
    ),
    year: null,
    fields: ['water', 'sewerage'],
    confidence: 'high',
    note: t('報告書に受注年の記載はない。', 'The report gives no year for the contract.'),
    source: report(CASE1),
  },
  {
    id: 'kitakyushu-surabaya',
    jp: 'jp-kitakyushu',
    asean: 'id-surabaya',
    relation: 'sister',
    relationNote: t('環境姉妹都市', 'environmental sister city'),
    year: 2012,
    fields: ['environment'],
    confidence: 'high',
    note: t(
      '環境改善プロジェクトが進行中（報告書）。参照データの同じ組の行も本報告書を出典とする。',
      'Environmental improvement projects are under way (report). The reference row for this pair cites this same report.',
    ),
    source: report(CASE1),
  },
  {
    id: 'kitakyushu-hai-phong',
    jp: 'jp-kitakyushu',
    asean: 'vn-hai-phong',
    relation: 'sister',
    relationNote: t('姉妹都市協定', 'sister-city agreement'),
    year: 2014,
    date: '2014-04-18',
    fields: ['environment', 'exchange'],
    confidence: 'high',
    note: t(
      '2009年の友好・協力協定が前身。報告書（第2章 ケース1）も2014年の姉妹都市締結と環境改善プロジェクトを記載。',
      'Preceded by a 2009 friendship and cooperation agreement. The report (chapter 2, case 1) also records the 2014 sister-city tie and environmental projects.',
    ),
    source: { ref: 'jp-local-gov-web', url: 'https://www.city.kitakyushu.lg.jp/soumu/file_0006.html' },
  },
  // --- ケース２ 横浜市 ----------------------------------------------------------------------
  {
    id: 'yokohama-cebu-city',
    jp: 'jp-yokohama',
    asean: 'ph-cebu-city',
    relation: 'mou',
    relationNote: t(
      '持続可能な都市の発展に向けた技術協力に関する覚書',
      'MOU on technical cooperation for sustainable urban development',
    ),
    year: 2012,
    date: '2012-03',
    fields: ['urban', 'water', 'sewerage', 'waste'],
    confidence: 'high',
    note: t(
      'Y-PORT事業の中核で、相手はメトロセブ（セブ都市圏）。セブ市の姉妹都市関係をまとめたブログ（https://corpoonthursday.blogspot.com/2015/08/documentation-sister-city-relations-of.html）には2015年の市議会決議（No. 13-2253-2015）による姉妹都市ではないパートナーシップとして掲載。',
      'Core of the Y-PORT programme; the partner is Metro Cebu. A blog list of Cebu City sister-city relations (https://corpoonthursday.blogspot.com/2015/08/documentation-sister-city-relations-of.html) shows a 2015 council resolution (No. 13-2253-2015) on a partnership that is not a sister-city tie; a 2012 press report it cites says a formal sisterhood was not possible as Yokohama is already twinned with Manila.',
    ),
    source: report(CASE2),
  },
  {
    id: 'yokohama-da-nang',
    jp: 'jp-yokohama',
    asean: 'vn-da-nang',
    relation: 'mou',
    relationNote: t(
      '持続可能な都市発展にむけた技術協力に関する覚書',
      'MOU on technical cooperation for sustainable urban development',
    ),
    year: 2013,
    date: '2013-04-09',
    fields: ['urban'],
    confidence: 'high',
    note: t(
      '日付は後続の覚書本文（https://lawinsider.com/ja/contracts/8vMuR68VmuP）の記載による。姉妹都市提携ではない。',
      'Date from the text of a follow-up MOU (https://lawinsider.com/ja/contracts/8vMuR68VmuP). Not a sister-city affiliation.',
    ),
    source: report(CASE2),
  },
  {
    id: 'yokohama-bangkok',
    jp: 'jp-yokohama',
    asean: 'th-bangkok',
    relation: 'mou',
    relationNote: t(
      '持続可能な都市発展にむけた技術協力に関する覚書',
      'MOU on technical cooperation for sustainable urban development',
    ),
    year: 2013,
    fields: ['urban'],
    confidence: 'high',
    source: report(CASE2),
  },
  {
    id: 'yokohama-batam',
    jp: 'jp-yokohama',
    asean: 'id-batam',
    relation: 'mou',
    relationNote: t(
      '持続可能な都市発展にむけた技術協力に関する覚書',
      'MOU on technical cooperation for sustainable urban development',
    ),
    year: 2015,
    fields: ['urban'],
    confidence: 'high',
    source: report(CASE2),
  },
  // --- ケース３ 大崎町 ----------------------------------------------------------------------
  {
    id: 'osaki-depok',
    jp: 'jp-osaki',
    asean: 'id-depok',
    relation: 'mou',
    relationNote: t('国際交流協定締結の覚書', 'MOU on concluding an international exchange agreement'),
    year: 2011,
    fields: ['waste', 'education', 'exchange'],
    confidence: 'high',
    note: t(
      '覚書は人材交流、環境・エネルギー教育、研修制度の検討、国際交流の推進に合意。ウィキペディアの姉妹都市一覧（GitHub Hekman/twincities のスクレイプ）にもデポック–大崎として掲載。2017年には町内企業がデポック市に進出。',
      'The MOU covers staff exchange, environment and energy education, a training scheme and international exchange. Wikipedia twin-town lists (GitHub Hekman/twincities scrape) also list Depok–Ōsaki. In 2017 an Osaki company expanded into Depok.',
    ),
    source: report(CASE3),
  },
  {
    id: 'osaki-bali',
    jp: 'jp-osaki',
    asean: 'id-bali',
    relation: 'agreement',
    relationNote: t('相互支援声明書', 'statement of mutual support'),
    year: 2016,
    fields: ['waste', 'agriculture'],
    confidence: 'high',
    note: t(
      '2011年から町長らがバリ州知事らと協議、2013年から相互交流。JICA草の根事業の対象はデンパサール市を含むバリ州。',
      'Talks between the mayor and the Bali governor from 2011; mutual exchange from 2013. The JICA grassroots work covers Bali Province including Denpasar.',
    ),
    source: report(CASE3),
  },
  // --- 表６ クレア モデル事業（2015〜2017 ASEAN地域抜粋） -------------------------------------
  clairModel('gifu-pref-nghe-an', 'jp-gifu-pref', 'vn-nghe-an', 2016, '2016', ['agriculture']),
  clairModel('osaka-ho-chi-minh-city', 'jp-osaka', 'vn-ho-chi-minh-city', 2016, '2016', ['sewerage']),
  clairModel(
    'kobe-indonesia',
    'jp-kobe',
    'id-indonesia',
    2017,
    '2017',
    ['water'],
    NATIONAL(t('インドネシア', 'Indonesia')),
  ),
  clairModel('kobe-cambodia', 'jp-kobe', 'kh-cambodia', 2016, '2016', ['disaster'], {
    ja: `${KICC.ja}${NATIONAL(t('カンボジア', 'Cambodia')).ja}`,
    en: `${KICC.en} ${NATIONAL(t('カンボジア', 'Cambodia')).en}`,
  }),
  clairModel('kobe-borobudur', 'jp-kobe', 'id-borobudur', 2014, '2014, 2015', ['tourism'], KICC),
  clairModel(
    'onan-myanmar',
    'jp-onan',
    'mm-myanmar',
    2016,
    '2016, 2017',
    ['welfare'],
    NATIONAL(t('ミャンマー', 'Myanmar')),
  ),
  clairModel(
    'okayama-cambodia',
    'jp-okayama',
    'kh-cambodia',
    2015,
    '2015, 2016',
    ['education'],
    NATIONAL(t('カンボジア', 'Cambodia')),
  ),
  clairModel('ube-malacca', 'jp-ube', 'my-malacca', 2015, '2015', ['waste']),
  {
    id: 'kagawa-pref-hai-phong',
    jp: 'jp-kagawa-pref',
    asean: 'vn-hai-phong',
    relation: 'agreement',
    relationNote: t('交流協定', 'exchange agreement'),
    year: null,
    fields: ['exchange', 'health'],
    confidence: 'high',
    note: t(
      '2005年から交流。協定の日付は出典ページの抜粋にない。2015年度にクレア モデル事業（ハイフォン市における生活習慣病対策支援）を実施（報告書 表6）。',
      'Exchanges since 2005; the agreement date is not in the page excerpt. CLAIR model project on lifestyle-disease prevention in Hai Phong in FY2015 (report, table 6).',
    ),
    source: {
      ref: 'jp-local-gov-web',
      url: 'https://www-pref-kagawa-lg-jp.cache.yimg.jp/kokusai/i_relations/vietnam_hp.html',
    },
  },
  {
    id: 'fukuoka-yangon',
    jp: 'jp-fukuoka',
    asean: 'mm-yangon',
    relation: 'sister',
    relationNote: t('姉妹都市', 'sister city'),
    year: 2016,
    date: '2016-12-07',
    fields: ['exchange', 'urban', 'water', 'waste'],
    confidence: 'high',
    note: t(
      '日本とミャンマーの最初の姉妹都市。2014年の都市開発協力の覚書と2012年からのJICA水道技術協力が先行（https://pre.myanmarjapon.com/newsdigest/2016/12/12-001399.php も参照）。2017年度にクレア モデル事業（ヤンゴン市の福岡方式埋立場整備）を実施（報告書 表6）。',
      'First Japan–Myanmar sister-city pair, preceded by a 2014 urban-development cooperation MOU and JICA water-supply cooperation from 2012 (see also https://pre.myanmarjapon.com/newsdigest/2016/12/12-001399.php). CLAIR model project on a Fukuoka-method landfill in Yangon in FY2017 (report, table 6).',
    ),
    source: { ref: 'jp-local-gov-web', url: 'https://sister.city.fukuoka.lg.jp/news/archives/12' },
  },
  clairModel('miyazaki-pref-nam-dinh', 'jp-miyazaki-pref', 'vn-nam-dinh', 2015, '2015–2017', ['agriculture']),
  // --- JICA 草の根技術協力（地域活性化特別枠）: reference rows naming a Japanese proposer --------
  {
    id: 'naha-hoi-an',
    jp: 'jp-naha',
    asean: 'vn-hoi-an',
    relation: 'project',
    relationNote: t(
      'JICA草の根技術協力（地域活性化特別枠）',
      'JICA grassroots technical cooperation (regional revitalisation window)',
    ),
    year: 2016,
    date: '2016-03',
    fields: ['environment'],
    confidence: 'high',
    note: t(
      '那覇市と沖縄リサイクル運動市民の会による提案。',
      'Proposed by Naha City with the citizens’ group 沖縄リサイクル運動市民の会 (Okinawa recycling movement).',
    ),
    source: {
      ref: 'jica-web',
      locator: 'JICA沖縄 草の根技術協力 実績一覧（2016年9月現在）',
      url: 'https://www.jica.go.jp/okinawa/enterprise/kusanone/index.html',
    },
  },
  {
    id: 'nanjo-victorias',
    jp: 'jp-nanjo',
    asean: 'ph-victorias',
    relation: 'project',
    relationNote: t(
      'JICA草の根技術協力（地域活性化特別枠）',
      'JICA grassroots technical cooperation (regional revitalisation window)',
    ),
    year: 2014,
    date: '2014-10',
    fields: ['agriculture', 'tourism'],
    confidence: 'high',
    note: t(
      '南城市と特定非営利活動法人レキオウィングスによる提案。',
      'Proposed by Nanjo City with the NPO レキオウィングス.',
    ),
    source: {
      ref: 'jica-web',
      locator: 'JICA沖縄 草の根技術協力 実績一覧（2016年9月現在）',
      url: 'https://www.jica.go.jp/okinawa/enterprise/kusanone/index.html',
    },
  },
]

/** How the reference list's `type` wording maps to a relation; the wording is kept in relationNote. */
export const TYPE_MAP: Record<string, { relation: Relation; note: Text }> = {
  'friendship (友好関係樹立協定)': {
    relation: 'friendship',
    note: t('友好関係樹立協定', 'agreement establishing friendly relations'),
  },
  sister: { relation: 'sister', note: t('姉妹都市', 'sister city') },
  'sister/friendship': { relation: 'sister', note: t('姉妹・友好提携', 'sister/friendship affiliation') },
  'twin city': { relation: 'sister', note: t('姉妹都市（twin city）', 'twin city') },
  'sister (per Wikipedia)': {
    relation: 'sister',
    note: t('姉妹都市（ウィキペディアによる）', 'sister city (per Wikipedia)'),
  },
  'sister (twin city)': { relation: 'sister', note: t('姉妹都市（twin city）', 'sister city (twin city)') },
  'MOU (zoo/wildlife cooperation)': {
    relation: 'mou',
    note: t('覚書（動物園・野生生物分野の協力）', 'MOU (zoo and wildlife cooperation)'),
  },
  'letter of intent (climate/urban cooperation)': {
    relation: 'agreement',
    note: t('意向表明書（気候変動・都市分野の協力）', 'letter of intent (climate and urban cooperation)'),
  },
  'sister (姉妹県州)': { relation: 'sister', note: t('姉妹県州', 'sister prefecture–province') },
  'friendship (友好提携)': { relation: 'friendship', note: t('友好提携', 'friendship affiliation') },
  'cooperation agreement': { relation: 'agreement', note: t('協力協定', 'cooperation agreement') },
  'twin towns': { relation: 'sister', note: t('姉妹都市（twin towns）', 'twin towns') },
  'friendship (友好都市提携)': {
    relation: 'friendship',
    note: t('友好都市提携', 'friendship-city affiliation'),
  },
  'friendship exchange protocol (友好交流に関する議定書)': {
    relation: 'friendship',
    note: t('友好交流に関する議定書', 'protocol on friendship exchange'),
  },
  'MOU (友好交流及び相互協力に関する覚書)': {
    relation: 'mou',
    note: t('友好交流及び相互協力に関する覚書', 'MOU on friendly exchange and mutual cooperation'),
  },
  'friendship exchange (友好交流提携)': {
    relation: 'friendship',
    note: t('友好交流提携', 'friendship-exchange affiliation'),
  },
  'citizen exchange city (市民交流都市)': {
    relation: 'friendship',
    note: t('市民交流都市', 'citizen exchange city'),
  },
  'sister-friendship (姉妹友好県省)': {
    relation: 'sister',
    note: t('姉妹友好県省', 'sister-friendship prefecture–province'),
  },
}

export interface ReferenceRowSpec {
  jp: string
  asean: string
  /** The hand link this row is merged into (same pair); the row then produces no link of its own. */
  mergedInto?: string
  fields?: FieldId[]
  /** Only to lower confidence beyond the default rule (Wikipedia / 2018 blog → low). */
  lowConfidence?: string
  note?: Text
}

const BLOG_2018 = (extra: Text = t('', '')): Text =>
  t(
    `クレアのデータを引用したブログ（2018年）による。${extra.ja}`.trim(),
    `Per a 2018 blog post citing CLAIR data. ${extra.en}`.trim(),
  )
const WIKI_SCRAPE = t(
  'ウィキペディアの姉妹都市一覧（GitHub Hekman/twincities のスクレイプ）による。クレアで未確認、提携年なし。',
  'From Wikipedia twin-town lists as scraped in GitHub Hekman/twincities; not verified against CLAIR; no year.',
)

/** Keyed by `${jp_lgcode}|${asean_city}` of sister_cities_japan_asean.csv; every row must appear. */
export const REFERENCE_ROWS: Record<string, ReferenceRowSpec> = {
  '260002|Yogyakarta Special Region (ジョグジャカルタ特別区)': {
    jp: 'jp-kyoto-pref',
    asean: 'id-yogyakarta',
  },
  '122033|Medan (North Sumatra)': {
    jp: 'jp-ichikawa',
    asean: 'id-medan',
    note: t(
      '1989年9月に市議会議決。交流は1984年から。',
      'Council resolution September 1989; exchanges since 1984.',
    ),
  },
  '464686|Depok': { jp: 'jp-osaki', asean: 'id-depok', mergedInto: 'osaki-depok' },
  '401005|Surabaya': { jp: 'jp-kitakyushu', asean: 'id-surabaya', mergedInto: 'kitakyushu-surabaya' },
  '270008|East Java Province (東ジャワ州)': {
    jp: 'jp-osaka-pref',
    asean: 'id-east-java',
    note: t(
      '1982年の知事訪問を機に交流開始（ブログ sayaka-office.com による）。提携年は出典ページの抜粋にない。',
      'Exchanges began with a 1982 governor visit (per the sayaka-office.com blog); the affiliation year is not in the page excerpt.',
    ),
  },
  '042145|Banda Aceh': {
    jp: 'jp-higashimatsushima',
    asean: 'id-banda-aceh',
    fields: ['disaster'],
    note: t('防災分野の協力。提携年の記載なし。', 'Disaster-management cooperation; year not given.'),
  },
  '060003|Papua Province (パプア州)': {
    jp: 'jp-yamagata-pref',
    asean: 'id-papua',
    note: BLOG_2018(t('提携年の記載なし。', 'Year not given.')),
  },
  '324485|Mas village, Bali (バリ州マス村)': {
    jp: 'jp-misato',
    asean: 'id-mas',
    note: BLOG_2018(t('交流は1991年から。', 'Exchanges since 1991.')),
  },
  '130001|Jakarta Special Capital Region (ジャカルタ特別市)': {
    jp: 'jp-tokyo',
    asean: 'id-jakarta',
    note: BLOG_2018(
      t(
        '同ブログは日本・インドネシア間の登録を7組とする。提携年の記載なし。',
        'The post counts 7 registered Japan–Indonesia pairs. Year not given.',
      ),
    ),
  },
  '141003|Balikpapan': { jp: 'jp-yokohama', asean: 'id-balikpapan', note: WIKI_SCRAPE },
  '392014|Surabaya (スラバヤ市)': {
    jp: 'jp-kochi',
    asean: 'id-surabaya',
    note: BLOG_2018(
      t('1995年の市長訪問が契機。提携年の記載なし。', 'Prompted by a 1995 mayoral visit. Year not given.'),
    ),
  },
  '401005|Phnom Penh Capital': {
    jp: 'jp-kitakyushu',
    asean: 'kh-phnom-penh',
    mergedInto: 'kitakyushu-phnom-penh',
  },
  '401307|Yangon': { jp: 'jp-fukuoka', asean: 'mm-yangon', mergedInto: 'fukuoka-yangon' },
  '401307|Ipoh': {
    jp: 'jp-fukuoka',
    asean: 'my-ipoh',
    note: t(
      '福岡市長は日本とマレーシアの最初の姉妹都市と説明。The Star紙1989年4月19日付の記事による（https://www.ipohecho.com.my/2022/02/18/ipoh-fukuoka-sister-cities-maintain-close-ties/ も参照）。',
      "Described by Fukuoka's mayor as the first Japan–Malaysia sister-city pair. Per a clipping of The Star, 19 April 1989 (see also https://www.ipohecho.com.my/2022/02/18/ipoh-fukuoka-sister-cities-maintain-close-ties/).",
    ),
  },
  '113247|Petaling Jaya (Selangor)': {
    jp: 'jp-miyoshi',
    asean: 'my-petaling-jaya',
    note: t(
      'それ以前に友好都市協定があり、両地の青年会議所は1989年に提携。',
      'Preceded by a friendly-city agreement; the two Junior Chambers twinned in 1989.',
    ),
  },
  '401307|Taiping (Taiping Municipal Council)': {
    jp: 'jp-fukuoka',
    asean: 'my-taiping',
    fields: ['environment'],
    note: t(
      'イポーとの姉妹都市30周年の直前に締結。正確な日付は出典の抜粋にない。',
      'Signed shortly before the 30th anniversary of the Ipoh twinning; the exact date is not in the excerpt.',
    ),
  },
  '130001|Kuala Lumpur': {
    jp: 'jp-tokyo',
    asean: 'my-kuala-lumpur',
    fields: ['environment', 'urban'],
    note: t('姉妹都市提携ではない。', 'Not a sister-city affiliation.'),
  },
  '332054|Kota Bharu (Kelantan)': { jp: 'jp-kasaoka', asean: 'my-kota-bharu', note: WIKI_SCRAPE },
  '141003|Manila': {
    jp: 'jp-yokohama',
    asean: 'ph-manila',
    note: t(
      '外務省の2016年10月27日の発表（林市長の発言）による。',
      'Per a MOFA press release of 27 October 2016 quoting Mayor Hayashi.',
    ),
  },
  '112160|Baguio City': { jp: 'jp-hanyu', asean: 'ph-baguio' },
  '121002|Quezon City': { jp: 'jp-chiba', asean: 'ph-quezon-city' },
  '012149|Baguio City (Benguet)': { jp: 'jp-wakkanai', asean: 'ph-baguio' },
  '222119|Dagupan (Pangasinan)': { jp: 'jp-iwata', asean: 'ph-dagupan' },
  '390003|Benguet Province': { jp: 'jp-kochi-pref', asean: 'ph-benguet' },
  '272078|Manila': { jp: 'jp-takatsuki', asean: 'ph-manila' },
  '342076|Tacloban City': {
    jp: 'jp-fukuyama',
    asean: 'ph-tacloban',
    note: t(
      'フィリピン通信社（PNA）2017年6月5日の記事による。',
      'Per a Philippine News Agency report of 5 June 2017.',
    ),
  },
  '024422|Bayombong (Nueva Vizcaya)': { jp: 'jp-gonohe', asean: 'ph-bayombong' },
  '102024|Muntinlupa': {
    jp: 'jp-takasaki',
    asean: 'ph-muntinlupa',
    note: t(
      '旧群馬町とモンテンルパ市の提携（1994年3月1日）を2006年の合併後に高崎市が再締結。',
      'Originally former Gunma Town–Muntinlupa (1 March 1994); re-signed by Takasaki after the 2006 merger.',
    ),
  },
  '141003|Cebu City': { jp: 'jp-yokohama', asean: 'ph-cebu-city', mergedInto: 'yokohama-cebu-city' },
  '401005|Davao City': {
    jp: 'jp-kitakyushu',
    asean: 'ph-davao',
    note: t('SunStar紙（2024年6月20日）による。', 'Per SunStar, 20 June 2024.'),
  },
  '272281|Davao City': {
    jp: 'jp-sennan',
    asean: 'ph-davao',
    note: t(
      'DavaWatchは「泉南町」、SunStarは「Senan」と表記。泉南市議の報告（2023年8月の訪問）で締結を確認。',
      "DavaWatch prints 泉南町 and SunStar 'Senan, Japan'; a Sennan City councillor's report (August 2023 visit) confirms the signing.",
    ),
  },
  '262137|Manila': {
    jp: 'jp-nantan',
    asean: 'ph-manila',
    note: t(
      'ウィキペディア「マニラ首都圏の姉妹都市一覧」のミラー（wikimili）およびHekman/twincitiesのスクレイプによる。クレアで未確認、提携年なし。',
      "Per a mirror (wikimili) of Wikipedia's list of sister cities in Metro Manila and the Hekman/twincities scrape; not verified against CLAIR; no year.",
    ),
  },
  '203211|Baguio City': {
    jp: 'jp-karuizawa',
    asean: 'ph-baguio',
    lowConfidence: 'community blog; the reference itself calls it low confidence',
    note: t('コミュニティのブログによる。提携年の記載なし。', 'Per a community blog; year not given.'),
  },
  '162043|Chiang Mai (チェンマイ)': {
    jp: 'jp-uozu',
    asean: 'th-chiang-mai',
    lowConfidence: 'Wikipedia mirror',
    note: t(
      'ウィキペディア「チェンマイ」の姉妹都市節のミラー（liquisearch）による。',
      "Per a mirror (liquisearch) of the sister-cities section of Wikipedia's 'Chiang Mai'.",
    ),
  },
  '110001|Chiang Mai (チェンマイ)': {
    jp: 'jp-saitama-pref',
    asean: 'th-chiang-mai',
    lowConfidence: 'Wikipedia mirror',
    note: t(
      'ウィキペディア「チェンマイ」の姉妹都市節のミラー（liquisearch）による。チェンマイ県と市の区別はない。',
      "Per a mirror (liquisearch) of the sister-cities section of Wikipedia's 'Chiang Mai', which does not distinguish the province from the city.",
    ),
  },
  '400009|Bangkok (バンコク都)': {
    jp: 'jp-fukuoka-pref',
    asean: 'th-bangkok',
    note: t('2021年に提携15周年。', '15th anniversary in 2021.'),
  },
  '230006|Bangkok (バンコク都)': { jp: 'jp-aichi-pref', asean: 'th-bangkok' },
  '112071|Yasothon Province (ヤソートーン県)': {
    jp: 'jp-chichibu',
    asean: 'th-yasothon',
    note: t(
      '在京タイ王国大使館の2013年7月3日の記事による。提携年の記載なし。',
      'Per a Royal Thai Embassy Tokyo news item of 3 July 2013; year not given.',
    ),
  },
  '221007|Hue (フエ市)': {
    jp: 'jp-shizuoka',
    asean: 'vn-hue',
    note: t(
      '産経新聞の報道を引用したブログによる（調印式は2005年4月12日の予定）。',
      'Per a blog quoting a Sankei Shimbun report (signing ceremony scheduled for 12 April 2005).',
    ),
  },
  '270008|Ho Chi Minh City': {
    jp: 'jp-osaka-pref',
    asean: 'vn-ho-chi-minh-city',
    note: t(
      '1995年の産業・貿易・投資交流協定を発展させたもの。',
      'Builds on a 1995 agreement on industry, trade and investment exchange.',
    ),
  },
  '400009|Hanoi (ハノイ市)': {
    jp: 'jp-fukuoka-pref',
    asean: 'vn-hanoi',
    note: t(
      '覚書を2013年8月、2018年6月、2024年1月に更新。',
      'MOUs renewed in August 2013, June 2018 and January 2024.',
    ),
  },
  '141003|Da Nang': { jp: 'jp-yokohama', asean: 'vn-da-nang', mergedInto: 'yokohama-da-nang' },
  '401005|Hai Phong (ハイフォン市)': {
    jp: 'jp-kitakyushu',
    asean: 'vn-hai-phong',
    mergedInto: 'kitakyushu-hai-phong',
  },
  '230006|Ho Chi Minh City': { jp: 'jp-aichi-pref', asean: 'vn-ho-chi-minh-city' },
  '420000|Quang Nam Province (クァンナム省)': {
    jp: 'jp-nagasaki-pref',
    asean: 'vn-quang-nam',
    note: t('県議会の承認は2018年8月17日。', 'Approved by the prefectural assembly on 17 August 2018.'),
  },
  '282219|Hue (フエ市)': {
    jp: 'jp-tamba-sasayama',
    asean: 'vn-hue',
    note: t('篠山市は2019年に丹波篠山市へ改称。', 'Sasayama City was renamed Tamba-Sasayama City in 2019.'),
  },
  '272132|Binh Dinh Province (ビンディン省)': {
    jp: 'jp-izumisano',
    asean: 'vn-binh-dinh',
    note: t(
      '調印式は2019年10月21日（日越堺友好協会のページ https://j-vfas.org/2019/11/10/ による）。',
      'Signing ceremony on 21 October 2019 (per the Japan–Vietnam Sakai Friendship Association, https://j-vfas.org/2019/11/10/).',
    ),
  },
  '190004|Quang Binh Province (クアンビン省; merged into Quang Tri 2025-07)': {
    jp: 'jp-yamanashi-pref',
    asean: 'vn-quang-binh',
    note: t(
      '令和5年（2023年）。クアンビン省は2025年7月にクアンチ省へ統合。',
      'Reiwa 5 (2023). Quang Binh Province merged into Quang Tri Province in July 2025.',
    ),
  },
  '370002|Hai Phong (ハイフォン市)': {
    jp: 'jp-kagawa-pref',
    asean: 'vn-hai-phong',
    mergedInto: 'kagawa-pref-hai-phong',
  },
}
