import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useIndicators } from '@/data/use-dataset'
import { formatNumber, formatUsd } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { factValue } from './facts'
import type { Fact, Slide, Story } from './story-schema'

/** A slide's computed figure, as a sentence with the values it is made of. */
function FactLine({ fact }: { fact: Fact }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const indicators = useIndicators().data
  const countries = useCountries().data
  if (!indicators) return null
  const name = (iso3: string) => text(countries?.countries.find((c) => c.iso3 === iso3)?.name) || iso3
  const value = factValue(fact, indicators)
  const money = (v: number) =>
    fact.indicator === 'gdp_per_capita_usd' ? formatUsd(v, lang) : formatNumber(v, lang)
  return (
    <p className="present-fact" data-testid="slide-fact" data-ratio={value.ok ? value.ratio : undefined}>
      {value.ok
        ? t('present.fact.ratio', {
            indicator: t(`indicators.${fact.indicator}.name`),
            year: value.year,
            of: name(fact.of),
            to: name(fact.to),
            ofValue: money(value.of),
            toValue: money(value.to),
            ratio: formatNumber(value.ratio, lang, 1),
          })
        : t('present.fact.none', {
            indicator: t(`indicators.${fact.indicator}.name`),
            of: name(fact.of),
            to: name(fact.to),
            reason: t(`reasons.${value.reason}`),
          })}
    </p>
  )
}

/** The slide's words: title, short text in large type, speaker notes folded away, sources. */
export function SlidePanel({
  slide,
  story,
  error,
  loading,
}: {
  slide: Slide | undefined
  story: Story | undefined
  error: Error | null
  loading: boolean
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const titleId = useId()
  if (!slide) {
    return (
      <div className="present-panel">
        <p className="present-message" role={error ? 'alert' : undefined}>
          {error
            ? t('present.failed', { reason: error.message })
            : loading
              ? t('present.loading')
              : story
                ? t('present.emptyStory')
                : t('present.loading')}
        </p>
      </div>
    )
  }
  return (
    <article className="present-panel" aria-labelledby={titleId} data-testid="slide">
      <h2 id={titleId} className="present-title">
        {slide.title[lang]}
      </h2>
      <div className="present-text" data-testid="slide-text">
        {slide.text[lang].split('\n').map((line, i) => (
          // Lines of one text: fixed order, no ids.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={i}>{line}</p>
        ))}
        {slide.facts?.map((fact) => (
          <FactLine key={`${fact.of}/${fact.to}/${fact.indicator}/${fact.year}`} fact={fact} />
        ))}
      </div>
      {slide.notes && (
        <details className="present-notes">
          <summary>{t('present.notes')}</summary>
          <p>{slide.notes[lang]}</p>
        </details>
      )}
      {slide.sources.length > 0 && (
        <footer className="present-sources">
          {slide.sources.map((s) => (
            <SourceLine key={`${s.ref}:${s.locator ?? ''}`} source={s} />
          ))}
        </footer>
      )}
    </article>
  )
}
