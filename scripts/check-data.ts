// Checks the curated dataset: every data/*.json against its schema, then the cross-file rules.
// Usage: tsx scripts/check-data.ts [dir]   (dir defaults to 'data'; tests point it at fixtures)
// Exit code: 0 when clean, 1 on any problem (one line per problem on stderr).
import { checkDirectory, formatProblemLine } from '../src/data/check-directory'

const dir = process.argv[2] ?? 'data'
const { problems, counts } = checkDirectory(dir)

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
