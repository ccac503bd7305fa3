import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { LANGS } from '@/i18n/i18n'
import { useLang } from '@/shared/use-lang'
import { useStore } from '@/state/store'
import { USER_STORY_ID, useUserStory } from './present-store'
import { defaultStoryQuery } from './story-query'
import type { Story } from './story-schema'
import type { ExportKind, ExportStatus } from './use-deck-export'

/** The thin bar above the slide: story, editing, language, full screen, downloads, leave. */
export function PresentBar({
  story,
  fullscreen,
  onEdit,
  onLeave,
  exporter,
}: {
  story: Story | undefined
  fullscreen: { active: boolean; supported: boolean; toggle: () => void }
  onEdit: () => void
  onLeave: () => void
  exporter: { busy: boolean; status: ExportStatus; run: (kind: ExportKind) => Promise<void> }
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const storyId = useStore((s) => s.view.story)
  const shipped = useQuery(defaultStoryQuery).data
  const mine = useUserStory((s) => s.story.slides.length)
  const canExport = !exporter.busy && (story?.slides.length ?? 0) > 0
  return (
    <div className="present-bar">
      <h1 className="present-story-title">{story?.title[lang] ?? t('present.label')}</h1>
      <label className="present-story-pick">
        <span>{t('present.story')}</span>
        <select
          value={storyId === USER_STORY_ID ? USER_STORY_ID : ''}
          onChange={(e) =>
            useStore.getState().setStory(e.target.value === USER_STORY_ID ? USER_STORY_ID : null)
          }
        >
          <option value="">{shipped?.title[lang] ?? t('present.loading')}</option>
          <option value={USER_STORY_ID}>{t('present.storyMine', { count: mine })}</option>
        </select>
      </label>
      <button type="button" onClick={onEdit}>
        {t('present.edit')}
      </button>
      <button type="button" onClick={() => void exporter.run('pptx')} aria-disabled={!canExport || undefined}>
        {t('present.export.pptx')}
      </button>
      <button type="button" onClick={() => void exporter.run('pdf')} aria-disabled={!canExport || undefined}>
        {t('present.export.pdf')}
      </button>
      <button
        type="button"
        onClick={() => void exporter.run('handout')}
        aria-disabled={!canExport || undefined}
      >
        {t('present.export.handout')}
      </button>
      <span className="present-status" role="status">
        {exporter.status ? t(exporter.status.key, exporter.status.params ?? {}) : ''}
      </span>
      <fieldset className="present-lang">
        <legend className="visually-hidden">{t('header.language')}</legend>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={lang === l}
            onClick={() => useStore.getState().setLanguage(l)}
          >
            {t(`lang.${l}`)}
          </button>
        ))}
      </fieldset>
      {fullscreen.supported && (
        <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
          {t('present.fullscreen')}
        </button>
      )}
      <button type="button" className="present-leave" onClick={onLeave}>
        {t('present.exit')} <kbd>Esc</kbd>
      </button>
    </div>
  )
}
