import type { MessageLoaders } from '@/i18n/i18n'

/** Each language's messages in a chunk of its own (see i18n.ts): the shell's and every feature's. */
export const MESSAGE_LOADERS: MessageLoaders = {
  en: () => import('./messages-en'),
  ja: () => import('./messages-ja'),
}
