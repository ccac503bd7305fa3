import type { Country } from '@/data/schema-files'

/**
 * The ASEAN members in a given year: those that had joined by then (accession years are data, so a
 * view of 2015 counts ten members and one of 2025 eleven, Timor-Leste having joined on 2025-10-26).
 */
export function aseanMembersIn(countries: readonly Country[], year: number): Country[] {
  return countries.filter((c) => c.asean && c.accessionYear !== null && c.accessionYear <= year)
}

/** Whether a country was an ASEAN member in a given year. */
export function isMemberIn(country: Country | undefined, year: number): boolean {
  return country?.asean === true && country.accessionYear !== null && country.accessionYear <= year
}
