import { describe, expect, it } from 'vitest'
import { formatListParam, parseListParam } from './use-search-param'

describe('list params', () => {
  it('round-trips a list and drops empty items', () => {
    expect(parseListParam('a,,b')).toEqual(['a', 'b'])
    expect(parseListParam('')).toEqual([])
    expect(parseListParam(formatListParam(['lock.locked', 'lock.unlocked']))).toEqual([
      'lock.locked',
      'lock.unlocked',
    ])
  })
})
