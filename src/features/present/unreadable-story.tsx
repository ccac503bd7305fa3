import { useTranslation } from 'react-i18next'
import { KeptAsideNotice } from '@/shared/kept-aside-notice'
import { USER_STORY_STORE } from './present-store'
import { StoryProblems } from './story-problems'
import { parseStory } from './story-validate'

/** A story saved in this browser that could not be read back (see present-store.ts), and why. */
export function UnreadableStory() {
  const { t } = useTranslation()
  return (
    <KeptAsideNotice
      store={USER_STORY_STORE}
      fileName="my-story-unreadable.json"
      message={t('present.editor.unreadable')}
      downloadLabel={t('present.editor.unreadableDownload')}
      details={(kept) => {
        const result = parseStory(kept)
        return result.ok ? null : <StoryProblems problems={result.problems} />
      }}
    />
  )
}
