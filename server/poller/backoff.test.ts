import { describe, expect, it } from 'vitest'
import { nextPollDelay } from './backoff'

describe('nextPollDelay', () => {
  const base = { intervalMs: 5_000, retryAfterMs: undefined, random: 0.5 }

  it('polls at the interval when healthy and after a single failure', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 0 })).toBe(5_000)
    expect(nextPollDelay({ ...base, consecutiveFailures: 1 })).toBe(5_000)
  })

  it('backs off exponentially with jitter, capped at a minute', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 3, random: 0 })).toBe(10_000)
    expect(nextPollDelay({ ...base, consecutiveFailures: 3, random: 0.999 })).toBeCloseTo(19_990, 0)
    expect(nextPollDelay({ ...base, consecutiveFailures: 30, random: 0.999 })).toBeLessThanOrEqual(
      60_000,
    )
  })

  it('waits at least as long as Retry-After asks', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 1, retryAfterMs: 42_000 })).toBe(42_000)
  })
})
