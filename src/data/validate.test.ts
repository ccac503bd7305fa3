import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkDirectory, formatProblemLine, parseJson } from './check-directory'
import { DATA_DIR, REPO_ROOT, VALID_FIXTURE_DIR, validFixture, writeTempDir } from './fixtures/test-helpers'
import { locate, validateAll, validateDataset } from './validate'

const tempDirs: string[] = []
function temp(files: Record<string, unknown>): string {
  const dir = writeTempDir(files)
  tempDirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('validateDataset: cross-file rules', () => {
  it('accepts the valid fixture and the real data', () => {
    expect(validateAll(validFixture())).toEqual([])
    expect(checkDirectory(DATA_DIR).problems).toEqual([])
  })

  it('dangling link → place reference', () => {
    const f = validFixture()
    f['links.json'].links[0].asean = 'kh-pnom-penh'
    const problems = validateDataset(f)
    expect(problems).toContainEqual({
      file: 'links.json',
      record: 'kitakyushu-phnom-penh',
      field: 'asean',
      found: "'kh-pnom-penh'",
      expected: 'an id in places.json',
    })
    // Phnom Penh is then used by no link.
    expect(problems).toContainEqual(expect.objectContaining({ file: 'places.json', record: 'kh-phnom-penh' }))
  })

  it('link sides in the wrong countries', () => {
    const f = validFixture()
    const link = f['links.json'].links[0]
    ;[link.jp, link.asean] = [link.asean, link.jp]
    const problems = validateDataset(f)
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'kitakyushu-phnom-penh', field: 'jp', expected: 'a place in JPN' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'kitakyushu-phnom-penh',
        field: 'asean',
        expected: 'a place in an ASEAN member country',
      }),
    )
  })

  it('dangling project → link, scheme and outcome place references', () => {
    const f = validFixture()
    const project = f['projects.json'].projects[0]
    project.links.push('kitakyushu-phnompenh')
    project.scheme = 'jica-grant'
    project.outcomes[0].place = 'kh-siem-reap'
    const problems = validateDataset(f)
    const record = 'kitakyushu-phnom-penh-water-hrd-phase-1'
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'projects.json',
        record,
        field: 'links[1]',
        expected: 'an id in links.json',
      }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'projects.json', record, field: 'scheme' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'projects.json', record, field: 'outcomes[0].place' }),
    )
  })

  it('series and report rows must name a country of countries.json', () => {
    const f = validFixture()
    f['indicators.json'].series[0].iso3 = 'KHN'
    f['oda.json'].report2015.rows[0].id = 'KHN'
    const problems = validateDataset(f)
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'indicators.json',
        record: 'series[KHN/gdp_per_capita_usd]',
        field: 'iso3',
      }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'oda.json', record: 'report2015.rows[KHN]' }),
    )
  })

  it('every Source.ref resolves to sources.json', () => {
    const f = validFixture()
    f['places.json'].places[0].source.ref = 'localgov'
    f['oda.json'].oecd.series[1].source.ref = 'oecd'
    const problems = validateDataset(f)
    expect(problems).toContainEqual({
      file: 'places.json',
      record: 'jp-kitakyushu',
      field: 'source.ref',
      found: "'localgov'",
      expected: 'an id in sources.json',
    })
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'oda.json', record: 'oecd.series[KHM/net]', field: 'source.ref' }),
    )
  })

  it('duplicate ids', () => {
    const f = validFixture()
    f['events.json'].events[1].id = f['events.json'].events[0].id
    f['countries.json'].countries.push(structuredClone(f['countries.json'].countries[0]))
    const problems = validateDataset(f)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'events.json', record: 'nagasaki-st-paul-sister-cities', field: 'id' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'countries.json', record: 'KHM', field: 'iso3' }),
    )
  })

  it('a file that fails its schema is skipped, not cascaded', () => {
    const f = validFixture()
    f['places.json'].places[0].lat = 'north'
    // Only the schema problem; no "unknown place" for every link.
    expect(validateDataset(f)).toEqual([])
    expect(validateAll(f)).toHaveLength(1)
  })

  it('a missing file', () => {
    const f = validFixture()
    delete f['schemes.json']
    expect(validateDataset(f)).toEqual([
      {
        file: 'schemes.json',
        record: '(file)',
        field: '(file)',
        found: 'nothing',
        expected: 'the file to exist',
      },
    ])
  })
})

describe('locate', () => {
  it('names records by id, nested lists with their path, and files without records', () => {
    const json = { links: [{ id: 'a-b' }], oecd: { series: [{ iso3: 'VNM', flow: 'net' }] } }
    expect(locate(json, ['links', 0, 'source', 'ref'])).toEqual({ record: 'a-b', field: 'source.ref' })
    expect(locate(json, ['oecd', 'series', 0, 'points', 3, 1])).toEqual({
      record: 'oecd.series[VNM/net]',
      field: 'points[3][1]',
    })
    expect(locate(json, ['oecd', 'unit'])).toEqual({ record: '(file)', field: 'oecd.unit' })
  })
})

describe('checkDirectory', () => {
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
  })

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
