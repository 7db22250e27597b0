import { describe, expect, it } from 'vitest'
import {
  formatAgo,
  formatClockTime,
  formatDuration,
  formatSince,
  formatTimestamp,
} from './format-time'

const at = (iso: string) => Date.parse(iso)

describe('formatDuration', () => {
  it('uses seconds under a minute, flooring', () => {
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(3_999)).toBe('3 s')
    expect(formatDuration(59_999)).toBe('59 s')
  })
  it('uses minutes under an hour', () => {
    expect(formatDuration(60_000)).toBe('1 min')
    expect(formatDuration(125_000)).toBe('2 min')
  })
  it('adds minutes to hours under ten hours only', () => {
    expect(formatDuration(3_600_000)).toBe('1 h')
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min')
    expect(formatDuration(14 * 3_600_000 + 5 * 60_000)).toBe('14 h')
  })
  it('uses days from two days', () => {
    expect(formatDuration(47 * 3_600_000)).toBe('47 h')
    expect(formatDuration(3 * 86_400_000 + 1)).toBe('3 d')
  })
  it('treats negative spans (clock skew) as zero', () => {
    expect(formatDuration(-5_000)).toBe('0 s')
  })
})

describe('formatAgo', () => {
  it('says just now under a second', () => {
    expect(formatAgo(999)).toBe('just now')
    expect(formatAgo(-20)).toBe('just now')
  })
  it('appends ago', () => {
    expect(formatAgo(120_000)).toBe('2 min ago')
  })
})

describe('clock times', () => {
  it('formats 24-hour HH:MM in the given zone', () => {
    expect(formatClockTime(at('2025-11-03T14:02:59Z'), 'UTC')).toBe('14:02')
    expect(formatClockTime(at('2025-11-03T00:07:00Z'), 'UTC')).toBe('00:07')
    expect(formatClockTime(at('2025-11-03T14:02:00Z'), 'Europe/Paris')).toBe('15:02')
  })
  it('adds the date when not the same day', () => {
    const now = at('2025-11-03T18:00:00Z')
    expect(formatSince(at('2025-11-03T14:02:00Z'), now, 'UTC')).toBe('14:02')
    expect(formatSince(at('2025-11-02T23:59:00Z'), now, 'UTC')).toBe('2 Nov 23:59')
    expect(formatSince(at('2024-11-03T14:02:00Z'), now, 'UTC')).toBe('3 Nov 14:02')
  })
  it('formats a full timestamp', () => {
    expect(formatTimestamp(at('2025-01-09T04:05:06Z'), 'UTC')).toBe('2025-01-09 04:05:06')
    // In the browser's own zone too (as every row's tooltip asks), the same ISO shape.
    expect(formatTimestamp(at('2025-11-03T14:02:07Z'))).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
    )
  })
})
