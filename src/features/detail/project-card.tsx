import { useTranslation } from 'react-i18next'
import type { Project } from '@/data/schema-files'
import { useSchemes } from '@/data/use-dataset'
import { formatNumber } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { SeeAlso } from './see-also'

type T = ReturnType<typeof useTranslation>['t']

/** A project's years as its sources give them: a missing start or end is said, never guessed. */
export function projectYears(project: Pick<Project, 'startYear' | 'endYear'>, t: T): string {
  const { startYear: start, endYear: end } = project
  if (start !== null && end !== null)
    return start === end ? String(start) : t('detail.years.both', { start, end })
  if (start !== null) return t('detail.years.startOnly', { start })
  if (end !== null) return t('detail.years.endOnly', { end })
  return t('detail.years.none')
}

/** One project: years, scheme, organisations, summary, outcome figures with units, source. */
export function ProjectCard({ project }: { project: Project }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const scheme = useSchemes().data?.schemes.find((s) => s.id === project.scheme)
  return (
    <article className="project-card" data-testid="project-card">
      <h4>{text(project.title)}</h4>
      <p className="muted">
        {projectYears(project, t)} · {t(`fields.${project.field}`)}
        {scheme ? ` · ${text(scheme.name)}` : ''}
      </p>
      <p>{text(project.summary)}</p>
      {project.jpOrgs.length > 0 && (
        <p>
          <strong>{t('detail.jpOrgs')}</strong> {project.jpOrgs.map((o) => text(o)).join('、')}
        </p>
      )}
      {project.partnerOrgs.length > 0 && (
        <p>
          <strong>{t('detail.partnerOrgs')}</strong> {project.partnerOrgs.map((o) => text(o)).join('、')}
        </p>
      )}
      {project.outcomes.length > 0 && (
        <ul className="outcomes" data-testid="outcomes">
          {project.outcomes.map((o) => (
            <li key={o.id}>
              <strong>{text(o.metric)}</strong>:{' '}
              {o.points
                .map((p) => `${formatNumber(p.value, lang, 2)}${text(o.unit)} (${p.year})`)
                .join(' → ')}
              {o.note ? <span className="muted"> — {text(o.note)}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <SourceLine source={project.source} />
      <SeeAlso sources={project.see} />
    </article>
  )
}
