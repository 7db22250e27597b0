import { describe, expect, it } from 'vitest'
import { rangeRequest } from './range-request'

const HOUR = 3_600_000
const NOW = Date.parse('2026-12-07T12:34:56.789Z')

describe('rangeRequest', () => {
  it('asks a custom range as it is', () => {
    expect(rangeRequest('d', { kind: 'custom', from: 1, to: 2 }, NOW)).toEqual({
      deviceId: 'd',
      from: 1,
      to: 2,
    })
  })

  it('asks a preset up to the server now, from a start that holds for a 60th of the span', () => {
    const asked = rangeRequest('d', { kind: 'preset', preset: '24h' }, NOW)
    expect(asked).not.toHaveProperty('to')
    expect(asked.from).toBeLessThanOrEqual(NOW - 24 * HOUR)
    expect(NOW - 24 * HOUR - asked.from).toBeLessThan(24 * 60_000)
    // Still the same a few clock ticks later, so the query is not asked again.
    expect(rangeRequest('d', { kind: 'preset', preset: '24h' }, NOW + 15_000).from).toBe(asked.from)
    expect(rangeRequest('d', { kind: 'preset', preset: '1h' }, NOW).from % 60_000).toBe(0)
  })
})
