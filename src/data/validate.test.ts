import { DATA_DIR, loadDir, validFixture } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { locate } from './validate'
import { validateAll, validateDataset } from './validate-dataset'

describe('validateDataset: cross-file rules', () => {
  it('accepts the valid fixture and the real data', () => {
    expect(validateAll(validFixture())).toEqual([])
    expect(validateAll(loadDir(DATA_DIR))).toEqual([])
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
