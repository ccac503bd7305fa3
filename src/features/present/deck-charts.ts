import type { Network } from '@/data/network'
import type { IndicatorsFile, OdaFile } from '@/data/schema'
import type { CountriesFile } from '@/data/schema-files'
import { selectVisibleLinks } from '@/domain/filter-links'
import { NOT_ODA_RECIPIENTS } from '@/domain/indicator-values'
import type { Lang } from '@/i18n/i18n'
import type { Slide } from './story-schema'

// The data behind a chart slide, for the exported decks: the PowerPoint gets it as native charts
// (values embedded, editable), the PDF draws it as vector charts. Read from the data files, as the
// panels on screen read them; a missing value stays null (a gap), never 0.

export interface DeckSeries {
  name: string
  values: (number | null)[]
}

export interface DeckChart {
  kind: 'line' | 'bar'
  /** Bars stacked (the report's ODA composition) or side by side. */
  stacked: boolean
  title: string
  unit: string
  /** Category labels: years for lines, countries for bars. */
  labels: string[]
  series: DeckSeries[]
  /** A logarithmic value axis (the GDP chart's log scale). */
  log: boolean
}

export interface DeckChartInput {
  lang: Lang
  countries?: CountriesFile
  indicators?: IndicatorsFile
  oda?: OdaFile
  network?: Network
  /** The chart's words, in the deck's language. */
  words: {
    gdpTitle: string
    odaReportTitle: string
    odaOecdTitle: string
    odaOecdNetTitle: string
    linksTitle: string
    linksUnit: string
    /** ODA parts by key: grantAid, technicalCooperation, loansDisbursed, loansRepaid. */
    odaParts: Record<string, string>
  }
}

const local = (t: { ja: string; en: string } | undefined, lang: Lang) => (t ? t[lang] : '')

function countryNames(input: DeckChartInput): (iso3: string) => string {
  const byIso = new Map((input.countries?.countries ?? []).map((c) => [c.iso3, c.name]))
  return (iso3) => local(byIso.get(iso3), input.lang) || iso3
}

/** ASEAN members (data order), for the chart's series. */
function members(input: DeckChartInput): string[] {
  return (input.countries?.countries ?? []).filter((c) => c.asean).map((c) => c.iso3)
}

/** GDP per capita of each member by year (and Japan when the slide shows it), as the panel draws it. */
export function gdpChart(slide: Slide, input: DeckChartInput): DeckChart | null {
  const ind = input.indicators
  if (!ind) return null
  const name = countryNames(input)
  const iso3s = [...members(input), ...(slide.view.showJapan ? ['JPN'] : [])]
  const series = iso3s.flatMap((iso3) => {
    const s = ind.series.find((x) => x.iso3 === iso3 && x.indicator === 'gdp_per_capita_usd')
    return s ? [{ iso3, points: new Map(s.points.map((p) => [p[0], p[1]])) }] : []
  })
  const years = [...new Set(series.flatMap((s) => [...s.points.keys()]))].sort((a, b) => a - b)
  if (years.length === 0) return null
  const meta = ind.indicators.find((i) => i.id === 'gdp_per_capita_usd')
  return {
    kind: 'line',
    stacked: false,
    title: input.words.gdpTitle,
    unit: local(meta?.unit, input.lang),
    labels: years.map(String),
    series: series.map((s) => ({ name: name(s.iso3), values: years.map((y) => s.points.get(y) ?? null) })),
    log: slide.view.scale === 'log',
  }
}

/**
 * Japan's ODA as the panel shows it: the report's 2015 composition by recipient (gross: grants,
 * technical cooperation, loans disbursed; net adds repayments, negative), and the OECD series of
 * the chosen flow since 2009.
 */
export function odaCharts(slide: Slide, input: DeckChartInput): DeckChart[] {
  const oda = input.oda
  if (!oda) return []
  const name = countryNames(input)
  const rows = oda.report2015.rows
    .filter((r) => r.id !== 'ASEAN')
    .sort((a, b) => (b.grossTotal ?? 0) - (a.grossTotal ?? 0))
  const parts =
    slide.view.odaView === 'gross'
      ? (['grantAid', 'technicalCooperation', 'loansDisbursed'] as const)
      : (['grantAid', 'technicalCooperation', 'loansDisbursed', 'loansRepaid'] as const)
  const report: DeckChart = {
    kind: 'bar',
    stacked: true,
    title: input.words.odaReportTitle,
    unit: local(oda.report2015.unit, input.lang),
    labels: rows.map((r) => name(r.id)),
    series: parts.map((p) => ({ name: input.words.odaParts[p] ?? p, values: rows.map((r) => r[p]) })),
    log: false,
  }
  const flow = oda.oecd.series.filter((s) => s.flow === slide.view.odaView && !NOT_ODA_RECIPIENTS.has(s.iso3))
  const years = [...new Set(flow.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b)
  const oecd: DeckChart = {
    kind: 'line',
    stacked: false,
    title: slide.view.odaView === 'gross' ? input.words.odaOecdTitle : input.words.odaOecdNetTitle,
    unit: local(oda.oecd.unit, input.lang),
    labels: years.map(String),
    series: flow.map((s) => {
      const at = new Map(s.points.map((p) => [p[0], p[1]]))
      return { name: name(s.iso3), values: years.map((y) => at.get(y) ?? null) }
    }),
    log: false,
  }
  return [report, oecd]
}

/** The links the slide's filters leave, counted by ASEAN country: what the links diagram groups. */
export function linksChart(slide: Slide, input: DeckChartInput): DeckChart | null {
  const network = input.network
  if (!network) return null
  const name = countryNames(input)
  const counts = new Map<string, number>()
  for (const link of selectVisibleLinks(network, { ...slide.view.filters, origin: 'all' })) {
    const iso3 = network.countryOfLink.get(link.id)
    if (iso3) counts.set(iso3, (counts.get(iso3) ?? 0) + 1)
  }
  const order = members(input).filter((iso3) => counts.has(iso3))
  return {
    kind: 'bar',
    stacked: false,
    title: input.words.linksTitle,
    unit: input.words.linksUnit,
    labels: order.map(name),
    series: [{ name: input.words.linksUnit, values: order.map((iso3) => counts.get(iso3) ?? 0) }],
    log: false,
  }
}

/** The native charts of a slide (none for the map and the compare table). */
export function chartsOfSlide(slide: Slide, input: DeckChartInput): DeckChart[] {
  switch (slide.view.show) {
    case 'gdp':
      return [gdpChart(slide, input)].filter((c): c is DeckChart => c !== null)
    case 'oda':
      return odaCharts(slide, input)
    case 'links':
      return [linksChart(slide, input)].filter((c): c is DeckChart => c !== null)
    default:
      return []
  }
}
