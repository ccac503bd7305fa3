// Checks the curated dataset: every data/*.json against its schema, then the cross-file rules.
// Usage: tsx scripts/check-data.ts [dir]   (dir defaults to 'data'; tests point it at fixtures)
// Exit code: 0 when clean, 1 on any problem (one line per problem on stderr).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gazetteerProblems } from '@/features/import/gazetteer'
import { registerProblems } from './check-register'
import { checkDirectory, formatProblemLine } from './data-check/check-directory'
import { checkStories } from './data-check/check-stories'

const dir = process.argv[2] ?? 'data'
const { problems, counts } = checkDirectory(dir)
// Points inside their countries, one link per tie, one record per project.
problems.push(...registerProblems(dir))
// Briefing stories (data/stories/*.json) are checked against the files above.
const stories = checkStories(dir)
problems.push(...stories.problems)
for (const [file, slides] of Object.entries(stories.counts)) counts[file] = { slides }
// The import gazetteer (data/gazetteer/, built by scripts/curate/gazetteer.ts) is not part of the
// dataset: only its shape is checked, when it is there.
const gazetteerFile = join(dir, 'gazetteer/gazetteer.json')
if (existsSync(gazetteerFile)) {
  const gazetteer = JSON.parse(readFileSync(gazetteerFile, 'utf8')) as { jp?: unknown[]; asean?: unknown[] }
  for (const p of gazetteerProblems(gazetteer)) problems.push({ file: 'gazetteer/gazetteer.json', ...p })
  counts['gazetteer/gazetteer.json'] = { jp: gazetteer.jp?.length ?? 0, asean: gazetteer.asean?.length ?? 0 }
}

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblemLine(dir, p))
  const files = new Set(problems.map((p) => p.file)).size
  console.error(`\n${problems.length} problem(s) in ${files} file(s) under ${dir}/`)
  process.exit(1)
}

const summary = Object.entries(counts)
  .map(([file, lists]) => {
    const parts = Object.entries(lists).map(([list, n]) => `${n} ${list}`)
    return `  ${file.padEnd(16)} ${parts.join(', ')}`
  })
  .join('\n')
console.log(`OK: ${Object.keys(counts).length} files under ${dir}/ passed all checks\n${summary}`)
