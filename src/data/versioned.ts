// Everything the app saves or shares names the version of its format: the URL (`v=`), a story
// (`version`), the imported records kept in this browser (their store's version). Reading an older
// one runs, in order, every migration written since: one function per format change, each taking
// the format of the version before it to its own, so an old link or file keeps its meaning.

/** One format change: what turns a value of version `to - 1` into one of version `to`. */
export interface Migration<T> {
  to: number
  migrate: (value: T) => T
}

export type VersionCheck = { ok: true; version: number } | { ok: false; reason: 'newer' | 'invalid' }

/**
 * Whether `version` can be read by code at version `current`: a whole number from 1 to `current`
 * (a format newer than this code, or not a version at all, cannot be migrated).
 */
export function checkVersion(version: unknown, current: number): VersionCheck {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid' }
  return version > current ? { ok: false, reason: 'newer' } : { ok: true, version }
}

/** `value`, written at version `from`, upgraded by every later migration in order. */
export function migrate<T>(value: T, from: number, migrations: readonly Migration<T>[]): T {
  let out = value
  for (const m of [...migrations].sort((a, b) => a.to - b.to)) if (m.to > from) out = m.migrate(out)
  return out
}
