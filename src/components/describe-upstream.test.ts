import { describe, expect, it } from 'vitest'
import type { Health } from '../api/get-health'
import { describeUpstream } from './describe-upstream'

const at = (iso: string) => Date.parse(iso)

const health: Health = {
  status: 'ok',
  upstream: 'seam',
  server_time: at('2025-06-01T14:30:00Z'),
  last_success_at: at('2025-06-01T14:29:58Z'),
  lag_ms: 2000,
  poll_interval_ms: 5000,
  status_since: at('2025-06-01T14:02:00Z'),
  event_count: 1,
  device_count: 1,
  connected_account_count: 1,
  invalid_event_count: 0,
  unknown_event_count: 0,
  last_error: null,
  last_error_at: null,
}

describe('describeUpstream', () => {
  it('is green with no problem when ok', () => {
    expect(describeUpstream(health, 'UTC')).toEqual({ tone: 'good', label: 'Seam: connected' })
  })

  it('names the embedded fake so nobody mistakes it for production', () => {
    expect(describeUpstream({ ...health, upstream: 'embedded' }, 'UTC').label).toBe(
      'Embedded fake Seam: connected',
    )
    expect(
      describeUpstream({ ...health, upstream: 'embedded', status: 'down', last_error: 'x.' }, 'UTC')
        .problem,
    ).toBe('No data from the embedded fake Seam since 14:02: x. The data shown is out of date.')
  })

  it('is amber when degraded, with since and the error in words', () => {
    const words = describeUpstream(
      {
        ...health,
        status: 'degraded',
        last_error: 'Seam did not answer within 15 s.',
      },
      'UTC',
    )
    expect(words.tone).toBe('warning')
    expect(words.label).toBe('Seam: degraded since 14:02')
    expect(words.problem).toBe(
      'Polling Seam has been failing since 14:02: Seam did not answer within 15 s. The proxy keeps retrying; the data shown may be behind.',
    )
  })

  it('is red when down, adding the date when the outage began on an earlier day', () => {
    const words = describeUpstream(
      {
        ...health,
        status: 'down',
        status_since: at('2025-05-31T22:10:00Z'),
        last_error: 'Seam rejected the API key (401). Check SEAM_API_KEY.',
      },
      'UTC',
    )
    expect(words.tone).toBe('critical')
    expect(words.label).toBe('Seam: down since 31 May 22:10')
    expect(words.problem).toContain('Seam rejected the API key (401). Check SEAM_API_KEY.')
  })

  it('ends an error without a full stop with one before going on', () => {
    const words = describeUpstream(
      { ...health, status: 'down', last_error: 'socket hang up' },
      'UTC',
    )
    expect(words.problem).toBe(
      'No data from Seam since 14:02: socket hang up. The data shown is out of date.',
    )
  })

  it('is neutral while starting', () => {
    expect(describeUpstream({ ...health, status: 'starting' }, 'UTC')).toEqual({
      tone: 'neutral',
      label: 'Seam: connecting…',
    })
  })
})
