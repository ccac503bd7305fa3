// Years as Japanese offices write them: 2016, ２０１６年, 2016年度, FY2016, a date (2016/4/1), or an
// era year (平成28年, H28, 令和元年, R2.4.1). Pure: no DOM.

/** Each era: the Gregorian year before its first year, and its last year (none for the current era). */
const ERAS: Record<string, { base: number; last: number | null }> = {
  明治: { base: 1867, last: 45 },
  大正: { base: 1911, last: 15 },
  昭和: { base: 1925, last: 64 },
  平成: { base: 1988, last: 31 },
  令和: { base: 2018, last: null },
}

/** The one-letter abbreviations (R2, H28), upper or lower case, as forms and spreadsheets use them. */
const ERA_LETTERS: Record<string, string> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' }

// After the year: nothing, 年 or 年度 (fiscal year), or a month and day (2016/4/1, 2016年4月1日, H28.4.1).
const REST = String.raw`(?:年度?)?(?:(?:[-/.]|年)\d{1,2}(?:月)?(?:(?:[-/.]|月)\d{1,2}日?)?)?`
const GREGORIAN = new RegExp(String.raw`^(?:fy)?(\d{4})${REST}$`, 'i')
const ERA = new RegExp(String.raw`^(明治|大正|昭和|平成|令和|[mtshr])\.?\s*(元|\d{1,2})${REST}$`, 'i')

/**
 * The Gregorian year a cell means, or null when it is not a year in a form above (an era year past
 * its era's end, 平成40年, is not one). Width does not matter: full-width digits and letters are read
 * as their ASCII forms.
 */
export function parseYearText(text: string): number | null {
  const s = text.normalize('NFKC').trim().replace(/\s+/g, '')
  if (!s) return null
  const g = GREGORIAN.exec(s)
  if (g) return Number(g[1])
  const e = ERA.exec(s)
  if (!e) return null
  const name = (e[1] as string).length === 1 ? ERA_LETTERS[(e[1] as string).toUpperCase()] : e[1]
  const era = name ? ERAS[name] : undefined
  if (!era) return null
  const n = e[2] === '元' ? 1 : Number(e[2])
  if (n < 1 || (era.last !== null && n > era.last)) return null
  return era.base + n
}
