import { queryOptions } from '@tanstack/react-query'
import { fingerprint } from './fingerprint'
import type { DataProblem } from './validate'

/** Why a data file could not be used; the message names the file so a data editor can act on it. */
export class DataFileError extends Error {
  readonly file: string
  readonly kind: 'http' | 'missing' | 'unreadable' | 'invalid'
  readonly detail: string
  readonly problems: DataProblem[]
  constructor(file: string, kind: DataFileError['kind'], detail: string, problems: DataProblem[] = []) {
    super(`data/${file}: ${detail}`)
    this.name = 'DataFileError'
    this.file = file
    this.kind = kind
    this.detail = detail
    this.problems = problems
  }
}

function formatProblem(p: DataProblem): string {
  return `${p.record} › ${p.field}: found ${p.found}, expected ${p.expected}`
}

/** Where the app reads its data: same origin, under the app's base path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`
}

async function fetchDataFile(file: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(dataUrl(file), { signal })
  if (!res.ok) throw new DataFileError(file, 'http', String(res.status))
  const text = await res.text()
  // Static servers often answer a missing file with the app's index.html and status 200.
  if (/^\s*</.test(text))
    throw new DataFileError(file, 'missing', 'missing: the server sent a web page instead of the file')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new DataFileError(file, 'unreadable', e instanceof Error ? e.message : String(e))
  }
  // The very file check:data validated when the app was built: nothing to check again, and the
  // schemas' code is not even loaded (it stays out of the first screen's bundle).
  if (__DATA_FINGERPRINTS__[file] === fingerprint(text)) return json
  const { validateFile } = await import('./validate')
  const result = validateFile(file, json)
  if (!result.ok) {
    const first = result.problems[0]
    throw new DataFileError(file, 'invalid', first ? formatProblem(first) : 'invalid', result.problems)
  }
  return result.data
}

/** One query per file, so a broken file only takes down what needs it. */
export function dataFileQuery<T>(file: string) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }) => fetchDataFile(file, signal) as Promise<T>,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    // A malformed file will not fix itself on retry.
    retry: (count, error) => !(error instanceof DataFileError && error.kind !== 'http') && count < 1,
  })
}
