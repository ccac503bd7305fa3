import { readData } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import type { CountriesFile, Country } from '@/data/schema-files'
import { aseanMembersIn, isMemberIn } from './asean-membership'

const country = (iso3: string, accessionYear: number | null): Country => ({
  iso3,
  iso2: iso3.slice(0, 2),
  isoNumeric: '000',
  name: { ja: iso3, en: iso3 },
  capital: { ja: '-', en: '-' },
  asean: accessionYear !== null,
  accessionYear,
  source: { ref: 'x' },
})

describe('ASEAN membership by year', () => {
  const list = [country('IDN', 1967), country('KHM', 1999), country('TLS', 2025), country('JPN', null)]

  it('counts a member from its accession year on, and never a non-member', () => {
    expect(aseanMembersIn(list, 1998).map((c) => c.iso3)).toEqual(['IDN'])
    expect(aseanMembersIn(list, 1999).map((c) => c.iso3)).toEqual(['IDN', 'KHM'])
    expect(aseanMembersIn(list, 2024).map((c) => c.iso3)).toEqual(['IDN', 'KHM'])
    expect(aseanMembersIn(list, 2025).map((c) => c.iso3)).toEqual(['IDN', 'KHM', 'TLS'])
    expect(isMemberIn(list[3], 2025)).toBe(false)
    expect(isMemberIn(undefined, 2025)).toBe(false)
  })

  it('on the real data: Timor-Leste is a member in 2025 and not in 2015', () => {
    const { countries } = readData<CountriesFile>('countries.json')
    const tls = countries.find((c) => c.iso3 === 'TLS')
    expect(isMemberIn(tls, 2025)).toBe(true)
    expect(isMemberIn(tls, 2015)).toBe(false)
    expect(aseanMembersIn(countries, 2015).length).toBe(aseanMembersIn(countries, 2025).length - 1)
  })
})
