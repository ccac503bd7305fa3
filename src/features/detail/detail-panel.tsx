import { useTranslation } from 'react-i18next'
import { isUserRecord } from '@/data/origin'
import { useNetwork } from '@/data/use-dataset'
import { curatedTwin } from '@/domain/curated-twin'
import { linkFields } from '@/domain/link-facts'
import { joinItems } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectSelection } from '@/state/selectors'
import { useStore } from '@/state/store'
import { CountryDetail } from './country-detail'
import { ProjectCard } from './project-card'
import { SeeAlso } from './see-also'

/** Follows the selection: a link, a place, a project or a country. */
export function DetailPanel() {
  const { t } = useTranslation()
  const text = useLocalText()
  const lang = useLang()
  const selection = useStore(selectSelection)
  const select = useStore((s) => s.select)
  const clearSelection = useStore((s) => s.clearSelection)
  const { network } = useNetwork()
  if (!selection || !network) return null

  let body: React.ReactNode = null
  if (selection.kind === 'link') {
    const link = network.linkById.get(selection.id)
    const jp = link && network.placeById.get(link.jp)
    const asean = link && network.placeById.get(link.asean)
    if (link && jp && asean) {
      const projects = network.projectsByLink.get(link.id) ?? []
      const twin = curatedTwin(network, link)
      body = (
        <>
          <h3 className="detail-title">
            {text(jp.name)} → {text(asean.name)}
          </h3>
          <dl className="detail-facts">
            <dt>{t('detail.relation')}</dt>
            <dd>
              {t(`relations.${link.relation}`)}
              {link.relationNote ? ` (${text(link.relationNote)})` : ''}
            </dd>
            <dt>{t('detail.since')}</dt>
            <dd>{link.date ?? link.year ?? t('detail.yearUnknown')}</dd>
            <dt>{t('detail.fields')}</dt>
            <dd>
              {joinItems(
                linkFields(network, link).map((f) => t(`fields.${f}`)),
                lang,
              )}
            </dd>
            <dt>{t('detail.confidence')}</dt>
            <dd>{t(`confidence.${isUserRecord(link) ? 'mine' : link.confidence}`)}</dd>
          </dl>
          {twin && (
            <p data-testid="curated-twin">
              {t('detail.curatedTwin')}{' '}
              <button
                type="button"
                className="text-button"
                onClick={() => select({ kind: 'link', id: twin.id })}
              >
                {text(network.placeById.get(twin.jp)?.name)} → {text(network.placeById.get(twin.asean)?.name)}{' '}
                · {t(`relations.${twin.relation}`)}
                {twin.year ? ` · ${twin.year}` : ''}
              </button>
            </p>
          )}
          {link.note && <p className="muted">{text(link.note)}</p>}
          <SourceLine source={link.source} />
          <SeeAlso sources={link.see} />
          {projects.length > 0 && (
            <>
              <h4 className="detail-subtitle">{t('detail.projects', { count: projects.length })}</h4>
              {projects.map((p) => (
                <ProjectCard key={p.id} project={p} />
              ))}
            </>
          )}
        </>
      )
    }
  } else if (selection.kind === 'place') {
    const place = network.placeById.get(selection.id)
    if (place) {
      const links = network.linksByPlace.get(place.id) ?? []
      body = (
        <>
          <h3 className="detail-title">{text(place.name)}</h3>
          <p className="muted">
            {text(network.countryByIso3.get(place.country)?.name)}
            {place.prefecture ? ` · ${text(place.prefecture)}` : ''}
            {place.admin ? ` · ${text(place.admin)}` : ''} · {t(`levels.${place.level}`)}
          </p>
          {place.today && (
            <p data-testid="place-today">
              {t(`detail.today.${place.today.kind}`, {
                units: joinItems(
                  place.today.units.map((u) => text(u)),
                  lang,
                ),
                since: place.today.since,
              })}{' '}
              <SourceLine source={place.today.source} />
            </p>
          )}
          <h4 className="detail-subtitle">{t('detail.links', { count: links.length })}</h4>
          <ul className="detail-links">
            {links.map((l) => {
              const other = network.placeById.get(l.jp === place.id ? l.asean : l.jp)
              return (
                <li key={l.id}>
                  <button
                    type="button"
                    className="text-button"
                    onClick={() => select({ kind: 'link', id: l.id })}
                  >
                    {text(other?.name)} · {t(`relations.${l.relation}`)}
                    {l.year ? ` · ${l.year}` : ''}
                  </button>
                </li>
              )
            })}
          </ul>
          <SourceLine source={place.source} label={t('detail.coordinatesSource')} />
        </>
      )
    }
  } else if (selection.kind === 'project') {
    const project = network.projectById.get(selection.id)
    if (project) body = <ProjectCard project={project} />
  } else {
    body = <CountryDetail iso3={selection.id} />
  }
  if (!body) return null
  return (
    <section className="detail-panel" aria-label={t('detail.label')} data-testid="detail-panel">
      <button type="button" className="detail-close" onClick={clearSelection} aria-label={t('detail.close')}>
        ×
      </button>
      {body}
    </section>
  )
}
