/** True in the test build only (vite.config.ts): see shared/debug-handles.ts. */
declare const __DEBUG_HANDLES__: boolean
/**
 * The fingerprint (data/fingerprint.ts) of each data file the build validated, by file name
 * (vite.config.ts); a fetched file with the same fingerprint skips the run-time schema validation.
 */
declare const __DATA_FINGERPRINTS__: Readonly<Record<string, string>>
