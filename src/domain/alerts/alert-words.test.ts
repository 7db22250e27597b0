import { describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './alert-config'
import { accessCodeWords, formatDuration, percent, plural, timesSuffix } from './alert-words'

describe('alert words', () => {
  it('formats durations the way a person says them', () => {
    expect(formatDuration(30_000)).toBe('under a minute')
    expect(formatDuration(25 * MINUTE_MS + 59_000)).toBe('25 min')
    expect(formatDuration(2 * HOUR_MS)).toBe('2 h')
    expect(formatDuration(2 * HOUR_MS + 5 * MINUTE_MS)).toBe('2 h 5 min')
    expect(formatDuration(DAY_MS)).toBe('1 day')
    expect(formatDuration(3 * DAY_MS + 4 * HOUR_MS)).toBe('3 days 4 h')
  })

  it('formats levels, counts and repeats', () => {
    expect(percent(0.183)).toBe('18 %')
    expect([plural(1, 'lock'), plural(6, 'lock')]).toEqual(['1 lock', '6 locks'])
    expect([timesSuffix(1), timesSuffix(3)]).toEqual(['', ' (3 times)'])
  })
})

describe('accessCodeWords', () => {
  it('shortens UUIDs to their tail, keeps short ids, and words a missing one', () => {
    expect(accessCodeWords('fa241a2a-0fc8-4bd5-a843-ccc83ea52685')).toBe('access code …a52685')
    expect(accessCodeWords('front_desk')).toBe('access code front_desk')
    expect(accessCodeWords(undefined)).toBe('an access code')
  })
})
