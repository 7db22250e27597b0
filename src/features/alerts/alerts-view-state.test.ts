import { describe, expect, it } from 'vitest'
import { emptyListWords, parseListParam } from './alerts-view-state'

describe('alerts view state', () => {
  it('reads the list from the URL, open when missing or unknown', () => {
    expect(parseListParam('resolved')).toBe('resolved')
    expect(parseListParam('')).toBe('open')
    expect(parseListParam('everything')).toBe('open')
  })

  it('says why a list is empty, for the whole fleet or one subject', () => {
    expect(emptyListWords('open', false)).toMatch(/Nothing needs attention/)
    expect(emptyListWords('snoozed', true)).toBe('No snoozed alert about this.')
  })
})
