import { describe, expect, it } from 'vitest'
import { initialPollRecord, recordFailure, recordSuccess, upstreamStatus } from './poll-health'

const INTERVAL = 5_000

describe('upstreamStatus', () => {
  it('is starting before the first poll and ok after a success', () => {
    const record = initialPollRecord(0)
    expect(upstreamStatus(record, 1_000, INTERVAL)).toBe('starting')
    expect(upstreamStatus(recordSuccess(record, 1_000), 2_000, INTERVAL)).toBe('ok')
  })

  it('is degraded after a failure while data is fresh, then down after three intervals', () => {
    const failed = recordFailure(
      recordSuccess(initialPollRecord(0), 1_000),
      6_000,
      'Seam is failing',
      false,
    )
    expect(upstreamStatus(failed, 7_000, INTERVAL)).toBe('degraded')
    expect(upstreamStatus(failed, 1_000 + 3 * INTERVAL + 1, INTERVAL)).toBe('down')
    expect(failed.streakStartedAt).toBe(6_000)
  })

  it('is down at once on a fatal error, and its streak restarts on recovery', () => {
    const fatal = recordFailure(initialPollRecord(0), 500, 'Seam rejected the API key (401).', true)
    expect(upstreamStatus(fatal, 600, INTERVAL)).toBe('down')
    const recovered = recordSuccess(fatal, 9_000)
    expect(upstreamStatus(recovered, 9_100, INTERVAL)).toBe('ok')
    expect(recovered.streakStartedAt).toBe(9_000)
  })
})
