import { DATA_DIR, loadDir } from '@test/data-files'
import { describe, expect, it } from 'vitest'
import { localLocator } from './locator'

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/

function locatorsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) locatorsIn(v, out)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'locator' && typeof v === 'string') out.add(v)
      else locatorsIn(v, out)
    }
  return out
}

describe('localLocator', () => {
  it('puts the report structure into English', () => {
    expect(localLocator('第2章 第1節 ケース1', 'en')).toBe('Ch. 2 Sec. 1 Case 1')
    expect(localLocator('第1章 第2節 2, 表3 順位4', 'en')).toBe('Ch. 1 Sec. 2 2, Table 3 rank 4')
    expect(localLocator('第1章 第2節 2（設立時の加盟国）', 'en')).toBe('Ch. 1 Sec. 2 2 (founding members)')
  })
  it('leaves Japanese, and locators that are not Japanese, as written', () => {
    expect(localLocator('第2章 第1節 ケース1', 'ja')).toBe('第2章 第1節 ケース1')
    expect(localLocator('NY.GDP.PCAP.CD', 'en')).toBe('NY.GDP.PCAP.CD')
  })
  it('leaves no Japanese in any English locator of the embedded data', () => {
    const all = new Set<string>()
    locatorsIn(loadDir(DATA_DIR), all)
    locatorsIn(loadDir(`${DATA_DIR}/stories`), all)
    expect(all.size).toBeGreaterThan(20)
    expect([...all].map((l) => localLocator(l, 'en')).filter((l) => CJK.test(l))).toEqual([])
  })
})
