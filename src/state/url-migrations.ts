import type { Migration } from '@/data/versioned'

/** The version of the URL format this code writes (`v=2`). An old link is migrated, never guessed at. */
export const URL_VERSION = 2

/**
 * What each format version changed, oldest first. Version 1 is every link written before the URL
 * named its version.
 */
export const URL_MIGRATIONS: readonly Migration<URLSearchParams>[] = [
  {
    // Version 1 left the year out when it was the default, 2025 then: such a link would show
    // another year once the default moves with the data. Version 2 always writes the year, and a
    // version 1 link gets the year it was made for.
    to: 2,
    migrate: (params) => {
      const next = new URLSearchParams(params)
      if (!next.has('y')) next.set('y', '2025')
      return next
    },
  },
]
