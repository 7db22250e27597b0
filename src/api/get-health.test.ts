import { describe, expect, it } from 'vitest'
import { fetchHealth } from './get-health'
import { ProxyResponseError } from './proxy-error'

const body = {
  status: 'degraded',
  upstream: 'embedded',
  server_time: '2025-06-01T12:00:05.000Z',
  last_success_at: '2025-06-01T12:00:00.000Z',
  lag_ms: 5000,
  poll_interval_ms: 5000,
  status_since: '2025-06-01T11:59:00.000Z',
  event_count: 10,
  device_count: 3,
  connected_account_count: 1,
  invalid_event_count: 0,
  unknown_event_count: 2,
  last_error: 'Seam timed out',
  last_error_at: '2025-06-01T12:00:04.000Z',
  redacted_pin_count: 4,
}

const serve = (value: unknown) => () => Promise.resolve(Response.json(value))

describe('fetchHealth', () => {
  it('reads the times into epoch milliseconds and keeps fields it does not know', async () => {
    const health = await fetchHealth({ fetch: serve(body) })
    expect(health.server_time).toBe(Date.parse('2025-06-01T12:00:05.000Z'))
    expect(health.last_success_at).toBe(Date.parse('2025-06-01T12:00:00.000Z'))
    expect(health.status).toBe('degraded')
    expect(health).toMatchObject({ redacted_pin_count: 4 })
  })

  it('accepts null times before the first success', async () => {
    const health = await fetchHealth({
      fetch: serve({ ...body, status: 'starting', last_success_at: null, lag_ms: null }),
    })
    expect(health.last_success_at).toBeNull()
  })

  it('rejects an unknown status and an unreadable time, naming them', async () => {
    await expect(fetchHealth({ fetch: serve({ ...body, status: 'fine' }) })).rejects.toThrow(
      /status "fine" is not one of starting, ok, degraded, down/,
    )
    await expect(
      fetchHealth({ fetch: serve({ ...body, server_time: 'yesterday' }) }),
    ).rejects.toBeInstanceOf(ProxyResponseError)
  })
})
