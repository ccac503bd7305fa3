import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATA_DIR, REPO_ROOT, VALID_FIXTURE_DIR, validFixture, writeTempDir } from '../../test/data-files'
import { checkDirectory, formatProblemLine, parseJson } from './check-directory'

const tempDirs: string[] = []
function temp(files: Record<string, unknown>): string {
  const dir = writeTempDir(files)
  tempDirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('checkDirectory', () => {
  it('finds no problem in the real data', () => {
    expect(checkDirectory(DATA_DIR).problems).toEqual([])
  })

  it('reports truncated JSON with the file and position', () => {
    const f = validFixture()
    const text = readFileSync(join(VALID_FIXTURE_DIR, 'links.json'), 'utf8')
    const dir = temp({ ...f, 'links.json': text.slice(0, 200) })
    const { problems } = checkDirectory(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'links.json', record: '(file)', field: '(json)' })
    expect(problems[0]?.found).toMatch(/^truncated JSON at line \d+, column \d+ \(character 200 of 200\)/)
  })

  it('reports invalid JSON in the middle of a file', () => {
    expect(parseJson('x.json', '{\n  "a": 1,\n  "b": ]\n}')).toMatchObject({
      ok: false,
      problem: { file: 'x.json', found: expect.stringMatching(/^invalid JSON at line 3, column 8/) },
    })
  })

  it('formats one line per problem', () => {
    const line = formatProblemLine('data/', {
      file: 'links.json',
      record: 'kitakyushu-phnom-penh',
      field: 'asean',
      found: "'kh-pnom-penh'",
      expected: 'an id in places.json',
    })
    expect(line).toBe(
      "data/links.json › kitakyushu-phnom-penh › asean: found 'kh-pnom-penh', expected an id in places.json",
    )
  })

  it('counts records per file', () => {
    const { counts } = checkDirectory(VALID_FIXTURE_DIR)
    expect(counts['links.json']).toEqual({ links: 1 })
    expect(counts['oda.json']).toMatchObject({ 'report2015.rows': 1, 'oecd.series': 2 })
  })
})

describe('scripts/check-data.ts', () => {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
  const run = (dir: string) =>
    spawnSync(tsx, [join(REPO_ROOT, 'scripts', 'check-data.ts'), dir], { cwd: REPO_ROOT, encoding: 'utf8' })

  it('exits 0 with a summary on valid data', () => {
    const result = run(VALID_FIXTURE_DIR)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^OK: 9 files/)
  }, 20_000)

  it('exits 1 with one line per problem', () => {
    const f = validFixture()
    f['links.json'].links[0].asean = 'kh-pnom-penh'
    const dir = temp(f)
    const result = run(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      "/links.json › kitakyushu-phnom-penh › asean: found 'kh-pnom-penh', expected an id in places.json",
    )
    expect(result.stderr).toMatch(/2 problem\(s\) in 2 file\(s\)/)
  }, 20_000)
})
