import Papa from 'papaparse'

/**
 * The cells of a CSV that a spreadsheet would run as a formula: text beginning with =, +, -, @, a
 * tab or a carriage return (OWASP's CSV injection). A number (-8.5, +81) is a number, not a formula.
 */
export function liveFormulas(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data
  return rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)))
}

/** Text that would run as a formula if written unescaped, in every form the rule covers. */
export const HOSTILE = [
  '=HYPERLINK("https://evil.example","x")',
  '+cmd|/c calc',
  '-2+3',
  '@SUM(1,1)',
  '\t=1',
  '\r=1',
]
