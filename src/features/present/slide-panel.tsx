import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SourceLine } from '@/shared/source-line'
import { useLang } from '@/shared/use-lang'
import type { Slide, Story } from './story-schema'

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
