/** True in the test build only (vite.config.ts): see shared/debug-handles.ts. */
declare const __DEBUG_HANDLES__: boolean
