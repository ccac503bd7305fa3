import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { OdaFile } from '@/data/schema'
import type { Country } from '@/data/schema-files'
import { useCountries } from '@/data/use-dataset'
import { formatNumber } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { formatRanges, type LinkCoverage, type OdaCoverage } from './about-model'

/** One dataset: its name, file, what it covers and its gaps, and its sources. */
export function Dataset({
  title,
  file,
  sources,
  children,
  testId,
}: {
  title: string
  file?: string
  sources?: { ref: string; locator?: string }[]
  children: React.ReactNode
  testId?: string
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="about-dataset" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      {file && <p className="muted about-file">{t('about.file', { file })}</p>}
      {children}
      {sources && sources.length > 0 && (
        <p className="about-sources">
          {sources.map((s) => (
            <SourceLine key={`${s.ref}|${s.locator ?? ''}`} source={s} />
          ))}
        </p>
      )}
    </section>
  )
}

/** Numbers, country names and lists as the About texts write them, in the reader's language. */
export function useAboutWords() {
  const lang = useLang()
  const text = useLocalText()
  const countries = useCountries().data
  const byIso3 = new Map<string, Country>(countries?.countries.map((c) => [c.iso3, c]) ?? [])
  return {
    text,
    n: (x: number) => formatNumber(x, lang),
    name: (iso3: string) => text(byIso3.get(iso3)?.name) || iso3,
    list: (items: string[]) => items.join(lang === 'ja' ? '、' : ', '),
  }
}

/** The links: how many, between how many places, per country and per relation. */
export function LinkCoverageText({ coverage: lc }: { coverage: LinkCoverage }) {
  const { t } = useTranslation()
  const { n, name, list } = useAboutWords()
  return (
    <>
      <p>
        <span data-testid="about-links-total" data-count={lc.total}>
          {t('about.links.coverage', {
            total: n(lc.total),
            jp: n(lc.jpPlaces),
            asean: n(lc.aseanPlaces),
          })}
        </span>{' '}
        {t('about.links.byCountry', {
          list: list(lc.byCountry.map((c) => `${name(c.iso3)} ${n(c.count)}`)),
        })}{' '}
        {lc.none.length > 0 && t('about.links.none', { list: list(lc.none.map(name)) })}
      </p>
      <p>
        {t('about.links.byRelation', {
          list: list(lc.byRelation.map((r) => `${t(`relations.${r.relation}`)} ${n(r.count)}`)),
        })}{' '}
        {t('about.links.low', { count: lc.lowConfidence })}
      </p>
    </>
  )
}

/** Japan's ODA: which countries the report's table and the OECD series cover, and their gaps. */
export function OdaCoverageText({ coverage: oc, oda }: { coverage: OdaCoverage; oda: OdaFile }) {
  const { t } = useTranslation()
  const { n, name, list, text } = useAboutWords()
  return (
    <>
      <p>
        {t('about.oda.report', {
          count: oc.reportCountries.length,
          list: list(oc.reportCountries.map(name)),
        })}{' '}
        {oc.reportMissing.length > 0 &&
          t('about.oda.reportMissing', { list: list(oc.reportMissing.map(name)) })}{' '}
        {oc.reportBlank.length > 0 &&
          t('about.oda.reportBlank', {
            list: list(
              oc.reportBlank.map((b) =>
                t('about.oda.blankField', {
                  country: b.iso3 === 'ASEAN' ? 'ASEAN' : name(b.iso3),
                  field: t(`about.oda.fields.${b.field}`, { defaultValue: b.field }),
                }),
              ),
            ),
          })}
      </p>
      <p data-testid="about-oecd">
        {t('about.oda.oecd', {
          count: oc.oecdCountries.length,
          from: oc.oecdFrom,
          to: oc.oecdTo,
        })}{' '}
        {oc.oecdMissing.length > 0 && t('about.oda.oecdMissing', { list: list(oc.oecdMissing.map(name)) })}
      </p>
      <p className="about-gap">
        {t('about.oda.oecdNulls', {
          net: n(oc.oecdNulls.find((x) => x.flow === 'net')?.count ?? 0),
          loansNet: n(oc.oecdNulls.find((x) => x.flow === 'loans_net')?.count ?? 0),
        })}
      </p>
      <ul data-testid="about-oecd-gaps">
        {oc.oecdGaps.map((f) => (
          <li key={f.flow}>
            {t('about.oda.flowGaps', {
              flow: text(oda.oecd.flows.find((x) => x.id === f.flow)?.name),
              list: list(f.gaps.map((g) => `${name(g.iso3)} ${formatRanges(g.years)}`)),
            })}
          </li>
        ))}
      </ul>
    </>
  )
}
