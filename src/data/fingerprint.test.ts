import { describe, expect, it } from 'vitest'
import { fingerprint } from './fingerprint'

describe('data file fingerprint', () => {
  it('is the same for the same text and changes with any character', () => {
    const text = '{"links":[{"id":"kitakyushu-phnom-penh","year":2016}]}'
    expect(fingerprint(text)).toBe(fingerprint(text))
    expect(fingerprint(text)).not.toBe(fingerprint(text.replace('2016', '2015')))
    expect(fingerprint(text)).not.toBe(fingerprint(`${text} `))
    expect(fingerprint('北九州市')).not.toBe(fingerprint('北九州巿'))
  })
})
