import { DATA_DIR, loadDir, VALID_FIXTURE_DIR, validFixture } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { FIELD_IDS } from './schema'
import { DATA_FILE_NAMES, DATA_FILES } from './schema-files'
import { type DataProblem, validateFile } from './validate'

function problemsOf(name: string, json: unknown): DataProblem[] {
  const result = validateFile(name, json)
  return result.ok ? [] : result.problems
}

describe('DATA_FILES registry', () => {
  it('has one schema per data file', () => {
    expect(DATA_FILE_NAMES).toEqual([
      'countries.json',
      'indicators.json',
      'oda.json',
      'places.json',
      'links.json',
      'projects.json',
      'schemes.json',
      'events.json',
      'sources.json',
    ])
    for (const name of DATA_FILE_NAMES) expect(DATA_FILES[name]).toBeDefined()
  })

  it('exports the 13 field ids', () => {
    expect(FIELD_IDS).toHaveLength(13)
  })

  it('rejects an unknown file name', () => {
    const [p] = problemsOf('cities.json', {})
    expect(p).toMatchObject({ file: 'cities.json', record: '(file)' })
  })
})

describe('real data/ and the valid fixture', () => {
  for (const [label, dir] of [
    ['data/', DATA_DIR],
    ['fixtures/valid', VALID_FIXTURE_DIR],
  ] as const) {
    it(`every file of ${label} passes its schema`, () => {
      const files = loadDir(dir)
      for (const name of DATA_FILE_NAMES) {
        expect(name in files, `${label}${name} exists`).toBe(true)
        expect(problemsOf(name, files[name]), `${label}${name}`).toEqual([])
      }
    })
  }
})

describe('schema problems name the file, the record and the field', () => {
  it('wrong type', () => {
    const f = validFixture()
    f['links.json'].links[0].year = '2016'
    expect(problemsOf('links.json', f['links.json'])).toEqual([
      {
        file: 'links.json',
        record: 'kitakyushu-phnom-penh',
        field: 'year',
        found: "'2016'",
        expected: 'a number',
      },
    ])
  })

  it('missing id (the record is then named by its index)', () => {
    const f = validFixture()
    delete f['places.json'].places[1].id
    expect(problemsOf('places.json', f['places.json'])).toEqual([
      { file: 'places.json', record: 'places[1]', field: 'id', found: 'nothing', expected: 'a string' },
    ])
  })

  it('out-of-range year', () => {
    const f = validFixture()
    f['projects.json'].projects[0].outcomes[0].points[0].year = 1893
    const [p, ...rest] = problemsOf('projects.json', f['projects.json'])
    expect(rest).toEqual([])
    expect(p).toMatchObject({
      file: 'projects.json',
      record: 'kitakyushu-phnom-penh-water-hrd-phase-1',
      field: 'outcomes[0].points[0].year',
      found: '1893',
      expected: 'a number ≥ 1900',
    })
  })

  it('out-of-range coordinate', () => {
    const f = validFixture()
    f['places.json'].places[1].lon = 204.91601
    expect(problemsOf('places.json', f['places.json'])).toEqual([
      {
        file: 'places.json',
        record: 'kh-phnom-penh',
        field: 'lon',
        found: '204.91601',
        expected: 'a number ≤ 180',
      },
    ])
  })

  it('missing source', () => {
    const f = validFixture()
    delete f['schemes.json'].schemes[0].source
    expect(problemsOf('schemes.json', f['schemes.json'])).toEqual([
      {
        file: 'schemes.json',
        record: 'jica-grant-aid',
        field: 'source',
        found: 'nothing',
        expected: 'a object',
      },
    ])
  })

  it('http URL in a source', () => {
    const f = validFixture()
    f['links.json'].links[0].source.url = 'http://www.mofa.go.jp/mofaj/s_sa/sea1/kh/page3_001631.html'
    const [p] = problemsOf('links.json', f['links.json'])
    expect(p).toMatchObject({
      record: 'kitakyushu-phnom-penh',
      field: 'source.url',
      expected: 'an https URL',
    })
  })

  it('malformed id', () => {
    const f = validFixture()
    f['links.json'].links[0].id = 'Kitakyushu_Phnom_Penh'
    const [p] = problemsOf('links.json', f['links.json'])
    expect(p).toMatchObject({
      record: 'Kitakyushu_Phnom_Penh',
      field: 'id',
      expected: 'a kebab-case id (a-z, 0-9, -)',
    })
  })

  it('unknown field id and misspelt key', () => {
    const f = validFixture()
    f['links.json'].links[0].fields = ['water', 'fishing']
    f['links.json'].links[0].sorce = {}
    const problems = problemsOf('links.json', f['links.json'])
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'kitakyushu-phnom-penh', field: 'fields[1]', found: "'fishing'" }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'kitakyushu-phnom-penh',
        field: 'sorce',
        found: "an unknown key 'sorce'",
      }),
    )
  })

  it('a value in a nested series is located by country and flow', () => {
    const f = validFixture()
    f['oda.json'].oecd.series[0].points[2][0] = 2300
    const [p] = problemsOf('oda.json', f['oda.json'])
    expect(p).toMatchObject({
      file: 'oda.json',
      record: 'oecd.series[KHM/gross]',
      field: 'points[2][0]',
      found: '2300',
    })
  })

  it('a report row is located by its id', () => {
    const f = validFixture()
    f['oda.json'].report2015.rows[0].loansRepaid = 4.33
    const [p] = problemsOf('oda.json', f['oda.json'])
    expect(p).toMatchObject({
      record: 'report2015.rows[KHM]',
      field: 'loansRepaid',
      expected: 'a number ≤ 0',
    })
  })

  it('series years must ascend', () => {
    const f = validFixture()
    f['indicators.json'].series[0].points.reverse()
    const [p] = problemsOf('indicators.json', f['indicators.json'])
    expect(p).toMatchObject({ record: 'series[KHM/gdp_per_capita_usd]', field: 'points' })
  })

  it('a link date must fall in its year', () => {
    const f = validFixture()
    f['links.json'].links[0].date = '2015-03-29'
    const [p] = problemsOf('links.json', f['links.json'])
    expect(p).toMatchObject({ record: 'kitakyushu-phnom-penh', field: 'date' })
  })

  it('ASEAN membership and accession year go together', () => {
    const f = validFixture()
    f['countries.json'].countries[0].accessionYear = null
    const [p] = problemsOf('countries.json', f['countries.json'])
    expect(p).toMatchObject({ record: 'KHM', field: 'accessionYear' })
  })

  it('empty Japanese text', () => {
    const f = validFixture()
    f['events.json'].events[0].title.ja = ' '
    const [p] = problemsOf('events.json', f['events.json'])
    expect(p).toMatchObject({
      record: 'nagasaki-st-paul-sister-cities',
      field: 'title.ja',
      expected: 'a non-empty string',
    })
  })
})
