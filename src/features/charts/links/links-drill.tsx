import { useTranslation } from 'react-i18next'
import type { Drill, LinksLevel } from './links-level'
import { NO_DRILL } from './links-level'

/**
 * Where the links diagram is: all links, or drilled into a prefecture and/or a country, with the way
 * back; at a grouped level, how to look inside a group.
 */
export function LinksDrill({
  drill,
  level,
  into,
  shown,
  total,
  prefName,
  onDrill,
}: {
  drill: Drill
  level: LinksLevel
  /** The drill in words ("Fukuoka Prefecture → Cambodia"), '' for none. */
  into: string
  shown: number
  total: number
  prefName: (pref: string) => string
  onDrill: (drill: Drill) => void
}) {
  const { t } = useTranslation()
  const drilled = drill.pref !== null || drill.country !== null
  if (!drilled && level === 'places') return null
  return (
    <nav className="links-drill" aria-label={t('charts.links.drillLabel')} data-testid="links-drill">
      {drilled ? (
        <>
          <button type="button" className="text-button" onClick={() => onDrill(NO_DRILL)}>
            {t('charts.links.drillAll')}
          </button>
          {drill.pref !== null && drill.country !== null && (
            <>
              {' › '}
              <button
                type="button"
                className="text-button"
                onClick={() => onDrill({ pref: drill.pref, country: null })}
              >
                {prefName(drill.pref)}
              </button>
            </>
          )}
          {' › '}
          <span aria-current="location">{into}</span>{' '}
          <span className="muted">{t('charts.links.drillShown', { count: shown, total })}</span>
        </>
      ) : null}
      {level !== 'places' && (
        <span className="muted small links-drill-hint">{t('charts.links.drillHint')}</span>
      )}
    </nav>
  )
}
