// Builds data/indicators.json from the reference WDI extract and the UN WPP 2017 median age.
// Run: npx tsx scripts/curate/indicators.ts
import type { IndicatorsFile } from '../../src/data/schema'
import { readReferenceCsv, round, writeDataJson } from './lib'

// The 12 countries of the dashboard, in the order the app lists them (ASEAN alphabetical by English
// name, Japan last). Timor-Leste joined ASEAN as its 11th member on 2025-10-26.
const COUNTRIES = [
  'BRN',
  'KHM',
  'IDN',
  'LAO',
  'MYS',
  'MMR',
  'PHL',
  'SGP',
  'THA',
  'TLS',
  'VNM',
  'JPN',
] as const
// The UN WPP 2017 extract (via Our World in Data) has no row for these: their median age is shown as
// "no data" with this reason, never as 0.
const NO_MEDIAN_AGE = new Set<string>(['TLS'])
const FIRST_YEAR = 1990

// Precision kept: GDP per capita to the cent, growth to 0.001 percentage point, people as integers.
const WDI = [
  {
    id: 'gdp_per_capita_usd',
    code: 'NY.GDP.PCAP.CD',
    decimals: 2,
    name: { ja: '一人当たり名目GDP', en: 'GDP per capita' },
    unit: { ja: '米ドル（名目、各年価格）', en: 'current US$' },
  },
  {
    id: 'population',
    code: 'SP.POP.TOTL',
    decimals: 0,
    name: { ja: '総人口', en: 'Population, total' },
    unit: { ja: '人', en: 'persons' },
  },
  {
    id: 'gdp_growth_pct',
    code: 'NY.GDP.MKTP.KD.ZG',
    decimals: 3,
    name: { ja: '実質GDP成長率', en: 'GDP growth' },
    unit: { ja: '％（前年比、実質）', en: '% per year (real, constant prices)' },
  },
] as const

const wdiRows = readReferenceCsv('wdi_asean_japan_1990_2025.csv', ['iso3', 'year', 'indicator', 'value'])
const lastYear = Math.max(...wdiRows.map((r) => Number(r.year)))

const indicators: IndicatorsFile['indicators'] = WDI.map((w) => ({
  id: w.id,
  wdiCode: w.code,
  name: { ...w.name },
  unit: { ...w.unit },
  source: { ref: 'wb-wdi', locator: w.code },
  note: {
    ja: `世界銀行WDI（${FIRST_YEAR}–${lastYear}年、値のある年のみ）。最新年は速報値で改訂されることがある。`,
    en: `World Bank WDI, ${FIRST_YEAR}–${lastYear}, years with a value only. The latest year is preliminary and may be revised.`,
  },
}))
indicators.push({
  id: 'median_age',
  name: {
    ja: '年齢の中央値（国連WPP2017による2020年推計）',
    en: 'Median age (UN WPP 2017 projection for 2020)',
  },
  unit: { ja: '歳', en: 'years' },
  source: { ref: 'un-wpp-2017', locator: 'median_age.csv (MEDIAN_AGE, 2020)' },
  note: {
    ja: '国連「世界人口推計2017年版」の2020年推計値（実測値ではない）。報告書の表２「平均年齢」は画像のため失われており、その代替。単年のみ。',
    en: "UN World Population Prospects 2017 projection for 2020, not an observation. Stands in for the 'average age' of the report's 表２, which was a picture and is lost. Single year only.",
  },
})

const series: IndicatorsFile['series'] = []
for (const w of WDI) {
  for (const iso3 of COUNTRIES) {
    const points = wdiRows
      .filter(
        (r) => r.iso3 === iso3 && r.indicator === w.code && Number(r.year) >= FIRST_YEAR && r.value !== '',
      )
      .map((r) => [Number(r.year), round(Number(r.value), w.decimals)] as [number, number])
      .sort((a, b) => a[0] - b[0])
    if (points.length === 0) throw new Error(`no WDI ${w.code} for ${iso3}`)
    series.push({ iso3, indicator: w.id, points, source: { ref: 'wb-wdi', locator: w.code } })
  }
}

const medianAge = readReferenceCsv('median_age_2020_un_wpp2017.csv', ['iso3', 'year', 'value'])
for (const iso3 of COUNTRIES) {
  const row = medianAge.find((r) => r.iso3 === iso3)
  if (!row && NO_MEDIAN_AGE.has(iso3)) continue
  if (!row) throw new Error(`no median age for ${iso3}`)
  series.push({
    iso3,
    indicator: 'median_age',
    points: [[Number(row.year), Number(row.value)]],
    source: { ref: 'un-wpp-2017', locator: 'median_age.csv (MEDIAN_AGE, 2020)' },
  })
}

writeDataJson('indicators.json', { indicators, series })
console.log(
  `indicators.json: ${indicators.length} indicators, ${series.length} series, ${FIRST_YEAR}–${lastYear}`,
)
