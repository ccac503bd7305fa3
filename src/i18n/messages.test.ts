import { describe, expect, it } from 'vitest'
import { messages as en } from './messages-en'
import { messages as ja } from './messages-ja'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('message files', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort())
  })
  it('have no empty strings', () => {
    const values = (obj: object): string[] =>
      Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [String(v)]))
    expect([...values(en), ...values(ja)].filter((v) => v.trim() === '')).toEqual([])
  })
})
