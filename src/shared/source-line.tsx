import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRef } from '../data/schema'
import { useLocalText } from '../i18n/use-lang'
import { useCitation } from './use-sources'

/**
 * "Source: …" in one short line; one click opens the full citation (publisher, title, year,
 * licence, locator, address). Built from text nodes only.
 */
export function SourceLine({ source, label }: { source: SourceRef | undefined; label?: string }) {
  const { t } = useTranslation()
  const text = useLocalText()
  const citation = useCitation(source?.ref)
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  if (!source) return null
  // The user's own imported rows have no entry in sources.json: say whose they are.
  const short = citation
    ? text(citation.publisher)
    : source.ref === 'user-import'
      ? t('source.userImport')
      : source.ref
  return (
    <span className="source-line">
      <span className="source-label">{label ?? t('source.label')}</span>{' '}
      <button type="button" className="source-button" onClick={() => dialog.current?.showModal()}>
        {short}
        {source.locator ? ` · ${source.locator}` : ''}
      </button>
      <dialog ref={dialog} className="citation" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('source.citation')}</h2>
        {citation ? (
          <dl>
            <dt>{t('source.publisher')}</dt>
            <dd>{text(citation.publisher)}</dd>
            <dt>{t('source.title')}</dt>
            <dd>{text(citation.title)}</dd>
            <dt>{t('source.year')}</dt>
            <dd>{citation.year ?? t('source.noYear')}</dd>
            <dt>{t('source.licence')}</dt>
            <dd>{citation.licence}</dd>
            {source.locator && (
              <>
                <dt>{t('source.locator')}</dt>
                <dd>{source.locator}</dd>
              </>
            )}
            {(source.url ?? citation.url) && (
              <>
                <dt>{t('source.url')}</dt>
                <dd className="source-url">{source.url ?? citation.url}</dd>
              </>
            )}
            {citation.note && (
              <>
                <dt>{t('source.note')}</dt>
                <dd>{text(citation.note)}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{source.ref}</p>
        )}
        <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </dialog>
    </span>
  )
}
