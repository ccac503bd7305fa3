#!/usr/bin/env node
// npm run mutate: mutation testing of src/domain and src/state with StrykerJS and its Vitest runner
// (stryker.config.json). Not part of npm test: it runs the related unit tests once per mutant.
// npm run mutate -- src/domain/great-circle.ts …: only those files.
//
// StrykerJS 10's command line refuses Node 20 outright (a version guard in its CLI module, which the
// package's main entry also loads), though its mutation run works on it; the machines here have
// Node 20, so the run is started through its Stryker class, loaded from the file that holds it.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const core = dirname(require.resolve('@stryker-mutator/core/package.json'))
const { Stryker } = await import(pathToFileURL(join(core, 'dist/src/stryker.js')).href)
const files = process.argv.slice(2)
const options = { configFile: 'stryker.config.json', ...(files.length ? { mutate: files } : {}) }
const results = await new Stryker(options).runMutationTest()
const killed = results.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length
const counted = results.filter((m) => !['Ignored', 'CompileError', 'RuntimeError'].includes(m.status)).length
console.log(
  `mutation score: ${((100 * killed) / Math.max(1, counted)).toFixed(1)}% (${killed} of ${counted} mutants killed)`,
)
