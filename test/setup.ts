import { MESSAGE_LOADERS } from '@/app/message-loaders'
import { setMessageLoaders } from '@/i18n/i18n'

// What main.tsx does before the first render: tests that start i18next get the app's messages.
setMessageLoaders(MESSAGE_LOADERS)
