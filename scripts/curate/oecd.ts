// Rebuilds the `oecd` part of data/oda.json (Japan → the 9 ASEAN ODA recipients, 2009–2022,
// constant 2022 US$ million) from the reference DAC2A extract. The hand-transcribed report2015 and
// byRegion2015 parts of oda.json are kept as they are.
// Run: npx tsx scripts/curate/oecd.ts
import type { OdaFile } from '../../src/data/schema'
import { readDataJson, readReferenceCsv, round, writeDataJson } from './lib'

// The ODA recipients among today's ASEAN members (Brunei and Singapore are not recipients).
// Timor-Leste (member since 2025-10-26) has no ISO3 in the extract's ASEAN column: it is matched
// by the DAC recipient name.
const RECIPIENTS = ['KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'THA', 'TLS', 'VNM'] as const
const RECIPIENT_NAMES: Partial<Record<(typeof RECIPIENTS)[number], string>> = { TLS: 'Timor-Leste' }
const FIRST_YEAR = 2009
const LAST_YEAR = 2022

// The extract drops every value ≤ 0 (PROVENANCE §3). For gross flows that only hides true zeros;
// for net flows a missing year means repayments exceeded disbursements.
const GROSS_MISSING = {
  ja: 'ゼロまたは計上なし（この抽出データは0以下の値を含まない）',
  en: 'zero or not reported (the extract holds no values of zero or below)',
}
const NET_MISSING = {
  ja: 'マイナスまたはゼロ（回収額が支出額を上回った年。この抽出データでは公表値なし）。0として扱わないこと',
  en: 'negative or zero (repayments exceeded disbursements); not published in this extract. Never read as 0',
}

const FLOWS: OdaFile['oecd']['flows'] = [
  {
    id: 'gross',
    name: { ja: 'ODA総額（支出総額）', en: 'ODA, gross disbursements' },
    dacLabel: 'Memo: ODA Total, Gross disbursements',
    missingMeans: GROSS_MISSING,
  },
  {
    id: 'net',
    name: { ja: 'ODA総額（支出純額）', en: 'ODA, net disbursements' },
    dacLabel: 'ODA: Total Net',
    missingMeans: NET_MISSING,
  },
  {
    id: 'grants',
    name: { ja: '贈与（無償資金協力・技術協力等）', en: 'Grants, total' },
    dacLabel: 'Grants, Total',
    missingMeans: GROSS_MISSING,
  },
  {
    id: 'technical_cooperation',
    name: { ja: '技術協力', en: 'Technical cooperation' },
    dacLabel: 'Technical Cooperation',
    missingMeans: GROSS_MISSING,
  },
  {
    id: 'loans_gross',
    name: { ja: '政府貸付（貸付実行額）', en: 'ODA loans, gross' },
    dacLabel: 'ODA Gross Loans',
    missingMeans: GROSS_MISSING,
  },
  {
    id: 'loans_net',
    name: { ja: '政府貸付（純額）', en: 'ODA loans, net' },
    dacLabel: 'ODA Loans: Total Net',
    missingMeans: NET_MISSING,
  },
]

const rows = readReferenceCsv('oecd_dac2a_japan_to_all_recipients_2009_2022_const2022usd.csv', [
  'donor',
  'recipient',
  'recipient_iso3_if_asean',
  'aid_type',
  'amount_type',
  'year',
  'value_usd_million',
])
const series: OdaFile['oecd']['series'] = []
for (const iso3 of RECIPIENTS) {
  for (const flow of FLOWS) {
    const byYear = new Map<number, number>()
    for (const r of rows) {
      const recipient = RECIPIENT_NAMES[iso3]
      const matches = recipient ? r.recipient === recipient : r.recipient_iso3_if_asean === iso3
      if (r.donor !== 'Japan' || !matches || r.aid_type !== flow.dacLabel) continue
      if (r.amount_type !== 'Constant Prices (2022 USD millions)')
        throw new Error(`unexpected ${r.amount_type}`)
      const year = Number(r.year)
      if (byYear.has(year)) throw new Error(`duplicate ${iso3} ${flow.id} ${year}`)
      byYear.set(year, round(Number(r.value_usd_million), 2))
    }
    const points: [number, number | null][] = []
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) points.push([year, byYear.get(year) ?? null])
    series.push({
      iso3,
      flow: flow.id,
      points,
      source: { ref: 'oecd-dac2a', locator: `Japan → ${iso3}, ${flow.dacLabel}` },
    })
  }
}

const oda = readDataJson<OdaFile>('oda.json')
oda.oecd = {
  unit: { ja: '百万米ドル（2022年固定価格）', en: 'US$ million, constant 2022 prices' },
  source: { ref: 'oecd-dac2a', locator: 'Japan → ASEAN recipients, 2009–2022' },
  flows: FLOWS,
  series,
}
writeDataJson('oda.json', oda)
const nulls = series.reduce((n, s) => n + s.points.filter((p) => p[1] === null).length, 0)
console.log(
  `oda.json oecd: ${series.length} series × ${LAST_YEAR - FIRST_YEAR + 1} years, ${nulls} null points`,
)
