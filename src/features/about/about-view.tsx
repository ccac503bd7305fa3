import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useImportedStore } from '@/data/imported-store'
import {
  countriesQuery,
  eventsQuery,
  indicatorsQuery,
  linksQuery,
  odaQuery,
  placesQuery,
  projectsQuery,
  schemesQuery,
} from '@/data/use-dataset'
import { useLocalText } from '@/shared/use-lang'
import {
  formatRanges,
  indicatorCoverage,
  linkCoverage,
  odaCoverage,
  placeCoverage,
  projectCoverage,
} from './about-model'
import { Dataset, LinkCoverageText, OdaCoverageText, useAboutWords } from './about-sections'
import { CoverageTable, SourcesByPublisher } from './register-sections'

/** "About the data": every dataset with coverage computed from the loaded files, and known gaps. */
export function AboutView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const text = useLocalText()
  const countries = useQuery(countriesQuery).data
  const places = useQuery(placesQuery).data
  const links = useQuery(linksQuery).data
  const projects = useQuery(projectsQuery).data
  const indicators = useQuery(indicatorsQuery).data
  const oda = useQuery(odaQuery).data
  const schemes = useQuery(schemesQuery).data
  const events = useQuery(eventsQuery).data
  const importedLinks = useImportedStore((s) => s.links)
  const importedFile = useImportedStore((s) => s.fileName)
  const { n, name, list } = useAboutWords()
  const unavailable = <p className="muted">{t('about.unavailable')}</p>

  const lc = countries && places && links ? linkCoverage(countries, places, links) : null
  const pc = projects ? projectCoverage(projects) : null
  const ic = countries && indicators ? indicatorCoverage(countries, indicators) : null
  const members = countries?.countries.filter((c) => c.asean).length ?? 0
  const indicatorName = (id: string) => text(indicators?.indicators.find((i) => i.id === id)?.name) || id
  const oc = countries && oda ? odaCoverage(countries, oda) : null
  const plc = places ? placeCoverage(places) : null

  return (
    <div className="about-view">
      <div className="about-head">
        <h2 id="about-title">{t('about.title')}</h2>
        <button type="button" className="dialog-close" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
      <p>{t('about.intro')}</p>
      <CoverageTable />

      <Dataset
        title={t('about.links.title')}
        file="links.json"
        testId="about-links"
        sources={[{ ref: 'clair-shimai' }, { ref: 'clair-report' }]}
      >
        {lc ? <LinkCoverageText coverage={lc} /> : unavailable}
        <p className="about-gap">{t('about.links.gap')}</p>
      </Dataset>

      <Dataset
        title={t('about.projects.title')}
        file="projects.json"
        sources={[{ ref: 'clair-report' }, { ref: 'jica-web' }]}
      >
        {pc ? (
          <p data-testid="about-projects-total" data-count={pc.total}>
            {t('about.projects.coverage', {
              total: n(pc.total),
              from: pc.from,
              to: pc.to,
              outcomes: n(pc.withOutcomes),
            })}
          </p>
        ) : (
          unavailable
        )}
        <p className="about-gap">{t('about.projects.gap')}</p>
      </Dataset>

      <Dataset
        title={t('about.indicators.title')}
        file="indicators.json"
        sources={indicators?.indicators
          .map((i) => i.source)
          .filter((s, i, all) => all.findIndex((x) => x.ref === s.ref) === i)}
      >
        {ic ? (
          <ul>
            {ic.map((c) => (
              <li key={c.id}>
                {c.from === c.to
                  ? t('about.indicators.single', { name: indicatorName(c.id), year: c.from })
                  : t('about.indicators.range', { name: indicatorName(c.id), from: c.from, to: c.to })}
                {' — '}
                {c.gaps.length === 0
                  ? t(c.from === c.to ? 'about.indicators.completeSingle' : 'about.indicators.complete', {
                      count: members,
                    })
                  : t('about.indicators.gapsFor', {
                      list: list(c.gaps.map((g) => `${name(g.iso3)} ${formatRanges(g.years)}`)),
                    })}
              </li>
            ))}
          </ul>
        ) : (
          unavailable
        )}
        <p className="about-gap">{t('about.indicators.gap')}</p>
      </Dataset>

      <Dataset
        title={t('about.oda.title')}
        file="oda.json"
        sources={oda ? [oda.report2015.source, oda.oecd.source] : undefined}
      >
        {oc && oda ? <OdaCoverageText coverage={oc} oda={oda} /> : unavailable}
      </Dataset>

      <Dataset title={t('about.map.title')} sources={[{ ref: 'natural-earth' }]} testId="about-map">
        <p>{t('about.map.coverage')}</p>
        <p className="about-gap">{t('about.map.disputed')}</p>
      </Dataset>

      <Dataset
        title={t('about.places.title')}
        file="places.json"
        sources={[{ ref: 'localgovjp' }, { ref: 'geonames' }]}
      >
        {plc ? (
          <p>
            {t('about.places.coverage', { jp: n(plc.jp), asean: n(plc.asean) })}{' '}
            {t('about.places.borrowed', { count: plc.borrowed })}
          </p>
        ) : (
          unavailable
        )}
      </Dataset>

      <Dataset
        title={t('about.gazetteer.title')}
        file="gazetteer/gazetteer.json"
        sources={[{ ref: 'localgovjp' }, { ref: 'geonames' }]}
      >
        <p>{t('about.gazetteer.text')}</p>
      </Dataset>

      <Dataset
        title={t('about.other.title')}
        file="schemes.json, events.json"
        sources={[{ ref: 'clair-report' }]}
      >
        {schemes && events ? (
          <p>
            {t('about.other.coverage', {
              schemes: n(schemes.schemes.length),
              events: n(events.events.length),
            })}
          </p>
        ) : (
          unavailable
        )}
      </Dataset>

      <SourcesByPublisher />

      <Dataset title={t('about.yours.title')}>
        <p data-testid="about-yours">
          {importedLinks.length
            ? t('about.yours.some', { links: n(importedLinks.length), file: importedFile ?? '—' })
            : t('about.yours.none')}
        </p>
      </Dataset>
    </div>
  )
}
