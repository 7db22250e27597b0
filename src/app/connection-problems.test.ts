import { describe, expect, it } from 'vitest'
import type { Health } from '../api/get-health'
import { ProxyHttpError, ProxyUnreachableError } from '../api/proxy-error'
import { connectionProblems } from './connection-problems'

const at = (iso: string) => Date.parse(iso)

const health: Health = {
  status: 'ok',
  upstream: 'embedded',
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

const base = {
  health,
  healthError: null,
  healthReceivedAt: at('2025-06-01T14:30:01Z'),
  retryEveryMs: 3000,
  timeZone: 'UTC',
}

describe('connectionProblems', () => {
  it('is empty when everything works', () => {
    expect(connectionProblems(base)).toEqual([])
  })

  it('says the proxy is unreachable, what to do and since when data is old', () => {
    const problems = connectionProblems({
      ...base,
      healthError: new ProxyUnreachableError('/api/health'),
      health: { ...health, status: 'down', last_error: 'old news' },
    })
    expect(problems).toEqual([
      {
        key: 'proxy',
        tone: 'critical',
        title: 'Cannot reach the Doorboard proxy',
        message:
          'Cannot reach the Doorboard proxy at /api. Is `npm start` running? Showing the data received up to 14:30. Retrying every 3 s.',
      },
    ])
  })

  it('does not claim old data is shown when none ever arrived', () => {
    const [problem] = connectionProblems({
      ...base,
      health: undefined,
      healthReceivedAt: 0,
      healthError: new ProxyHttpError('/api/health', 500, undefined),
    })
    expect(problem?.title).toBe('The Doorboard proxy is not answering properly')
    expect(problem?.message).toBe(
      'The Doorboard proxy failed on /api/health (500). Its console log says more. Retrying every 3 s.',
    )
  })

  it('passes on the upstream problem in words', () => {
    const problems = connectionProblems({
      ...base,
      health: { ...health, status: 'degraded', last_error: 'Seam answered 503.' },
    })
    expect(problems.map((p) => [p.key, p.tone, p.title])).toEqual([
      ['upstream', 'warning', 'Seam is not answering reliably'],
    ])
    expect(problems[0]?.message).toContain('since 14:02: Seam answered 503.')
    const down = connectionProblems({ ...base, health: { ...health, status: 'down' } })
    expect(down.map((p) => [p.tone, p.title])).toEqual([['critical', 'No data from Seam']])
  })
})
