// Re-formats every data/*.json in the house style (2-space indent, short flat objects and pairs on
// one line, key order as authored) so hand edits and script output diff cleanly.
// Run: npx tsx scripts/curate/format-data.ts
import { readdirSync } from 'node:fs'
import { DATA_DIR, readDataJson, writeDataJson } from './lib'

for (const name of readdirSync(DATA_DIR)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  writeDataJson(name, readDataJson(name))
  console.log(`formatted data/${name}`)
}
