import { existsSync } from 'node:fs'

// Debian's Chromium where present (Playwright cannot download its own browser on these machines).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined

/** Software WebGL (SwiftShader) and no background traffic: the machine has no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
