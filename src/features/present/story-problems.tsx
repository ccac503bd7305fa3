import { useTranslation } from 'react-i18next'
import type { StoryProblem } from './story-validate'

const SHOWN = 8

/** Import problems in the reader's language: which slide, which field, what is wrong. */
export function StoryProblems({ problems }: { problems: readonly StoryProblem[] }) {
  const { t } = useTranslation()
  return (
    <ul className="story-problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        // Problems have no id of their own and the list never reorders.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>
          {t('present.problem.line', {
            where: p.slide === null ? t('present.problem.story') : t('present.problem.slide', { n: p.slide }),
            field: p.field,
            reason: t(`present.problem.reasons.${p.reason}`),
            found: p.found,
          })}
        </li>
      ))}
      {problems.length > SHOWN && <li>{t('present.problem.more', { count: problems.length - SHOWN })}</li>}
    </ul>
  )
}
