import type { Country, IndicatorsFile, Link, OdaFile, Place, Project, SchemesFile } from '../../data/schema'
import { buildNetwork } from '../../domain/network'
import type { CompareInput } from './compare-model'

// Small plain-object data for the compare tests: numbers chosen to make ratios easy to check.

const src = { ref: 'test-source' }
const country = (iso3: string, en: string, asean = true): Country => ({
  iso3,
  iso2: iso3.slice(0, 2),
  isoNumeric: '001',
  name: { ja: `${en}（ja）`, en },
  capital: { ja: '首都', en: 'Capital' },
  asean,
  accessionYear: asean ? 1967 : null,
  source: src,
})

export const COUNTRIES: Country[] = [
  country('KHM', 'Cambodia'),
  country('VNM', 'Viet Nam'),
  country('SGP', 'Singapore'),
  country('BRN', 'Brunei'),
  country('LAO', 'Laos'),
  country('JPN', 'Japan', false),
]

const wdi = (locator: string) => ({ ref: 'wb-wdi', locator })
export const INDICATORS: IndicatorsFile = {
  indicators: [
    {
      id: 'gdp_per_capita_usd',
      name: { ja: '一人当たりGDP', en: 'GDP per capita' },
      unit: { ja: '米ドル', en: 'current US$' },
      source: wdi('NY.GDP.PCAP.CD'),
    },
    {
      id: 'gdp_growth_pct',
      name: { ja: '成長率', en: 'GDP growth' },
      unit: { ja: '％', en: '%' },
      source: wdi('NY.GDP.MKTP.KD.ZG'),
    },
    {
      id: 'median_age',
      name: { ja: '年齢の中央値', en: 'Median age (UN projection for 2020)' },
      unit: { ja: '歳', en: 'years' },
      source: { ref: 'un-wpp-2017' },
    },
  ],
  series: [
    {
      iso3: 'KHM',
      indicator: 'gdp_per_capita_usd',
      points: [
        [1990, 100],
        [2016, 1000],
        [2017, 1200],
      ],
      source: wdi('NY.GDP.PCAP.CD'),
    },
    // Viet Nam has no 2017 value: 2016 is shown for 2017 and says so.
    {
      iso3: 'VNM',
      indicator: 'gdp_per_capita_usd',
      points: [
        [1990, 90],
        [2016, 2400],
      ],
      source: wdi('NY.GDP.PCAP.CD'),
    },
    {
      iso3: 'SGP',
      indicator: 'gdp_per_capita_usd',
      points: [
        [1990, 12000],
        [2017, 40800],
      ],
      source: wdi('NY.GDP.PCAP.CD'),
    },
    {
      iso3: 'JPN',
      indicator: 'gdp_per_capita_usd',
      points: [
        [1990, 25000],
        [2017, 38000],
      ],
      source: wdi('NY.GDP.PCAP.CD'),
    },
    { iso3: 'KHM', indicator: 'gdp_growth_pct', points: [[2017, 7]], source: wdi('NY.GDP.MKTP.KD.ZG') },
    { iso3: 'VNM', indicator: 'gdp_growth_pct', points: [[2017, 6.5]], source: wdi('NY.GDP.MKTP.KD.ZG') },
    { iso3: 'SGP', indicator: 'gdp_growth_pct', points: [[2017, 4.5]], source: wdi('NY.GDP.MKTP.KD.ZG') },
    { iso3: 'KHM', indicator: 'median_age', points: [[2020, 25.6]], source: { ref: 'un-wpp-2017' } },
    { iso3: 'VNM', indicator: 'median_age', points: [[2020, 32.6]], source: { ref: 'un-wpp-2017' } },
  ],
}

const reportRow = (id: string, gross: number) => ({
  id,
  grantAid: 10,
  technicalCooperation: 20,
  grantsTotal: 30,
  loansDisbursed: gross - 30,
  loansRepaid: -5,
  loansNet: gross - 35,
  netTotal: gross - 5,
  grossTotal: gross,
  source: { ref: 'clair-report', locator: `表3 ${id}` },
})
const name = { ja: '名', en: 'name' }
export const ODA: OdaFile = {
  report2015: {
    unit: { ja: '百万米ドル', en: 'US$ million' },
    source: { ref: 'clair-report', locator: '表3' },
    rows: [reportRow('VNM', 1418.88), reportRow('KHM', 106.07), reportRow('ASEAN', 3252.49)],
  },
  byRegion2015: {
    unit: name,
    source: { ref: 'clair-report' },
    rows: [{ id: 'asia', name, valueUsdMillion: 1, sharePct: null, source: { ref: 'clair-report' } }],
  },
  oecd: {
    unit: { ja: '百万米ドル（2022年固定価格）', en: 'US$ million, constant 2022 prices' },
    source: { ref: 'oecd-dac2a' },
    flows: [
      {
        id: 'gross',
        name,
        dacLabel: 'gross',
        missingMeans: { ja: 'ゼロまたは計上なし', en: 'zero or not reported' },
      },
    ],
    series: [
      {
        iso3: 'KHM',
        flow: 'gross',
        points: [
          [2015, 99.6],
          [2016, 118.48],
          [2017, 163.9],
        ],
        source: { ref: 'oecd-dac2a' },
      },
      {
        iso3: 'VNM',
        flow: 'gross',
        points: [
          [2015, 1332.32],
          [2016, 1331.38],
          [2017, null],
        ],
        source: { ref: 'oecd-dac2a' },
      },
    ],
  },
}

const place = (id: string, country: string, en: string): Place =>
  ({
    id,
    name: { ja: `${en}（ja）`, en },
    country,
    level: 'city',
    lat: 0,
    lon: 0,
    source: src,
    ...(country === 'JPN' ? { prefecture: { ja: '福岡県', en: 'Fukuoka' } } : {}),
  }) as Place
const PLACES: Place[] = [
  place('jp-kitakyushu', 'JPN', 'Kitakyushu'),
  place('jp-yokohama', 'JPN', 'Yokohama'),
  place('kh-phnom-penh', 'KHM', 'Phnom Penh'),
  place('kh-siem-reap', 'KHM', 'Siem Reap'),
  place('vn-da-nang', 'VNM', 'Da Nang'),
]
const link = (id: string, jp: string, asean: string, year: number | null, fields: Link['fields']): Link => ({
  id,
  jp,
  asean,
  relation: 'sister',
  year,
  fields,
  confidence: 'high',
  source: src,
})
export const LINKS: Link[] = [
  link('kitakyushu-phnom-penh', 'jp-kitakyushu', 'kh-phnom-penh', 2016, ['water']),
  link('kitakyushu-siem-reap', 'jp-kitakyushu', 'kh-siem-reap', null, ['exchange']),
  link('yokohama-phnom-penh', 'jp-yokohama', 'kh-phnom-penh', 2010, ['water', 'urban']),
  link('yokohama-da-nang', 'jp-yokohama', 'vn-da-nang', 2013, ['urban']),
]
const project = (id: string, links: string[], field: Project['field'], scheme: string | null): Project => ({
  id,
  links,
  title: name,
  field,
  scheme,
  startYear: 2015,
  endYear: null,
  jpOrgs: [],
  partnerOrgs: [],
  summary: name,
  outcomes: [],
  source: src,
})
const PROJECTS: Project[] = [
  project('pp-water-1', ['kitakyushu-phnom-penh'], 'water', 'jica-grant-aid'),
  project('pp-water-2', ['kitakyushu-phnom-penh', 'yokohama-phnom-penh'], 'water', 'jica-grant-aid'),
  project('pp-waste', ['yokohama-phnom-penh'], 'waste', null),
]
export const SCHEMES: SchemesFile = {
  schemes: [
    {
      id: 'jica-grant-aid',
      name: { ja: '無償資金協力', en: 'Grant aid' },
      operator: name,
      ceiling: null,
      maxYears: null,
      description: name,
      source: { ref: 'clair-report' },
    },
  ],
}

export const NETWORK = buildNetwork(COUNTRIES, PLACES, LINKS, PROJECTS)

export function input(compare: string[], year = 2017, extra: Partial<CompareInput> = {}): CompareInput {
  return {
    compare,
    year,
    countries: COUNTRIES,
    indicators: INDICATORS,
    oda: ODA,
    schemes: SCHEMES,
    links: NETWORK.links,
    network: NETWORK,
    ...extra,
  }
}
