/**
 * Whether this build carries the handles the e2e tests and the benchmark drive the page through
 * (window.__store, __map, __perf). Set by vite.config.ts: true in the test build (`--mode e2e`, or
 * any build with E2E_DIST set), false in the production build, where the minifier then drops every
 * use of the handles.
 */
export const DEBUG_HANDLES: boolean = __DEBUG_HANDLES__

/** Puts `value` on window as `name` in the test build only. */
export function exposeForTests(name: `__${string}`, value: unknown): void {
  if (DEBUG_HANDLES && typeof window !== 'undefined')
    (window as unknown as Record<string, unknown>)[name] = value
}
