import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { REPO_ROOT } from '@test/data-files'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The layer rules live in biome.json (noRestrictedImports per folder, noImportCycles). This lints a
// small tree of files placed as src/ would hold them, with the project's own biome.json, and expects
// each wrong import to fail `npm run lint` under the right rule, and the right imports to pass.

const GOOD: Record<string, string> = {
  'src/i18n/lang.ts': `export const lang = 'ja'\n`,
  'src/data/schema.ts': `export const id = 1\n`,
  'src/state/store.ts': `import { id } from '@/data/schema'\nimport { lang } from '@/i18n/lang'\nexport const store = { id, lang }\n`,
  'src/domain/rule.ts': `import { store } from '@/state/store'\nexport const rule = () => store.id\n`,
  'src/shared/view.ts': `import { rule } from '@/domain/rule'\nexport const view = () => rule()\n`,
  'src/features/map/a.ts': `import { view } from '@/shared/view'\nimport { b } from './b'\nexport const a = () => view() + b\n`,
  'src/features/map/b.ts': `export const b = 2\n`,
  'src/features/map/sub/c.ts': `import { a } from '../a'\nexport const c = () => a()\n`,
  'src/features/list/l.ts': `export const l = 3\n`,
  'src/app/app.ts': `import { a } from '@/features/map/a'\nimport { l } from '@/features/list/l'\nexport const app = () => a() + l\n`,
}

/** Each wrong file, the rule it breaks and why it is wrong. */
const BAD: [file: string, text: string, rule: string][] = [
  ['src/features/list/cross.ts', `export { a } from '@/features/map/a'\n`, 'noRestrictedImports'],
  ['src/features/list/escape.ts', `export { b } from '../map/b'\n`, 'noRestrictedImports'],
  ['src/features/map/sub/escape.ts', `export { l } from '../../list/l'\n`, 'noRestrictedImports'],
  ['src/features/map/up.ts', `export { app } from '@/app/app'\n`, 'noRestrictedImports'],
  ['src/shared/up.ts', `export { a } from '@/features/map/a'\n`, 'noRestrictedImports'],
  ['src/domain/up.ts', `export { view } from '@/shared/view'\n`, 'noRestrictedImports'],
  ['src/state/up.ts', `export { rule } from '@/domain/rule'\n`, 'noRestrictedImports'],
  ['src/data/up.ts', `export { store } from '@/state/store'\n`, 'noRestrictedImports'],
  ['src/i18n/up.ts', `export { store } from '@/state/store'\n`, 'noRestrictedImports'],
  ['src/i18n/escape.ts', `export { id } from '../data/schema'\n`, 'noRestrictedImports'],
  ['src/domain/cycle-a.ts', `import { b } from './cycle-b'\nexport const a = () => b()\n`, 'noImportCycles'],
  ['src/domain/cycle-b.ts', `import { a } from './cycle-a'\nexport const b = () => a()\n`, 'noImportCycles'],
]

let dir = ''

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
}

/** `rule file` for every diagnostic Biome reports on the tree. */
function lint(): string[] {
  const biome = join(REPO_ROOT, 'node_modules', '.bin', 'biome')
  const run = spawnSync(biome, ['lint', '--reporter=github', '--max-diagnostics=none', 'src'], {
    cwd: dir,
    encoding: 'utf8',
  })
  return [...run.stdout.matchAll(/title=lint\/\w+\/(\w+),file=(?:[^,]*\/)?(src\/[^,]+),/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  )
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layers-'))
  // The project's rules as they are, outside git (no ignore file to read there).
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'biome.json'), 'utf8'))
  delete config.vcs
  delete config.$schema
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config))
  cpSync(join(REPO_ROOT, 'scripts/lint'), join(dir, 'scripts/lint'), { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'layers', private: true }))
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { moduleResolution: 'bundler', paths: { '@/*': ['./src/*'] } } }),
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('layer rules in biome.json', () => {
  it('pass imports that go down the layers, and relative imports within a folder', () => {
    write(GOOD)
    expect(lint()).toEqual([])
  }, 20_000)

  it('fail a cross-feature import, an upward import, a relative path out of its folder and a cycle', () => {
    write(GOOD)
    write(Object.fromEntries(BAD.map(([file, text]) => [file, text])))
    const found = lint()
    for (const [file, , rule] of BAD) expect(found, file).toContain(`${rule} ${file}`)
    // Nothing else: the good files stay clean beside the bad ones.
    expect(found.filter((d) => !BAD.some(([file]) => d.endsWith(` ${file}`)))).toEqual([])
  }, 20_000)
})
