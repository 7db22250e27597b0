import { describe, expect, it } from 'vitest'
import type { Health } from '../../api/get-health'
import { ProxyHttpError, ProxyUnreachableError } from '../../api/proxy-error'
import { wallFreshness, type WallFreshnessInput } from './wall-staleness'

const SERVER_NOW = Date.parse('2026-03-02T09:00:00Z')
// The browser's clock runs an hour ahead of the server's: only differences may matter.
const SKEW = 3_600_000
const NOW = SERVER_NOW + SKEW

function health(overrides: Partial<Health> = {}): Health {
  return {
    status: 'ok',
    upstream: 'embedded',
    server_time: SERVER_NOW,
    last_success_at: SERVER_NOW - 500,
    lag_ms: 500,
    poll_interval_ms: 5_000,
    status_since: SERVER_NOW - 60_000,
    event_count: 10,
    device_count: 40,
    connected_account_count: 5,
    invalid_event_count: 0,
    unknown_event_count: 0,
    last_error: null,
    last_error_at: null,
    ...overrides,
  }
}

function input(overrides: Partial<WallFreshnessInput> = {}): WallFreshnessInput {
  return {
    health: health(),
    healthReceivedAt: NOW,
    healthError: null,
    healthRefreshMs: 3_000,
    streamError: null,
    streamFetchedAt: NOW,
    now: NOW,
    ...overrides,
  }
}

describe('wallFreshness', () => {
  it('is fresh while the last poll is within two intervals, whatever the clock skew', () => {
    expect(wallFreshness(input())).toEqual({ state: 'fresh', ageMs: 500 })
    const atLimit = input({ health: health({ last_success_at: SERVER_NOW - 10_000 }) })
    expect(wallFreshness(atLimit)).toEqual({ state: 'fresh', ageMs: 10_000 })
  })

  it('adds the time since the answer arrived to the age shown', () => {
    expect(wallFreshness(input({ now: NOW + 2_000 }))).toEqual({ state: 'fresh', ageMs: 2_500 })
  })

  it('turns stale when the last good poll is older than two poll intervals', () => {
    const result = wallFreshness(
      input({
        health: health({
          status: 'degraded',
          last_success_at: SERVER_NOW - 10_001,
          last_error: 'Seam is failing (HTTP 503); Doorboard keeps retrying with backoff.',
        }),
      }),
    )
    expect(result).toEqual({
      state: 'stale',
      reason: 'upstream_stale',
      ageMs: 10_001,
      lastDataAt: NOW - 10_001,
      title: 'No fresh data from the embedded fake Seam',
      detail: 'Seam is failing (HTTP 503); Doorboard keeps retrying with backoff.',
    })
  })

  it('follows the poll interval the proxy reports', () => {
    const fast = health({ poll_interval_ms: 1_000, last_success_at: SERVER_NOW - 2_500 })
    expect(wallFreshness(input({ health: fast })).state).toBe('stale')
    const slow = health({ poll_interval_ms: 60_000, last_success_at: SERVER_NOW - 90_000 })
    expect(wallFreshness(input({ health: slow })).state).toBe('fresh')
  })

  it('is stale when the proxy says Seam is down, even with a recent success', () => {
    const down = health({ status: 'down', last_error: 'Seam rejected the API key (401).' })
    expect(wallFreshness(input({ health: down }))).toMatchObject({
      state: 'stale',
      reason: 'upstream_down',
      detail: 'Seam rejected the API key (401).',
    })
  })

  it('keeps showing the data through one failed health request', () => {
    const blip = input({
      healthError: new ProxyUnreachableError('/health'),
      healthReceivedAt: NOW - 3_000,
    })
    expect(wallFreshness(blip)).toEqual({ state: 'fresh', ageMs: 3_500 })
  })

  it('is stale once the proxy has failed for longer than two poll intervals', () => {
    const gone = input({
      healthError: new ProxyUnreachableError('/health'),
      healthReceivedAt: NOW - 10_001,
    })
    expect(wallFreshness(gone)).toMatchObject({
      state: 'stale',
      reason: 'proxy_unreachable',
      title: 'Cannot reach the Doorboard proxy',
      ageMs: 10_501,
      lastDataAt: NOW - 10_501,
    })
    const broken = input({
      healthError: new ProxyHttpError('/health', 500, undefined),
      healthReceivedAt: NOW - 20_000,
    })
    expect(wallFreshness(broken)).toMatchObject({
      reason: 'proxy_unreachable',
      title: 'The Doorboard proxy is not answering properly',
    })
  })

  it('is stale when health answers stop coming without an error (a hung request)', () => {
    const hung = input({ healthReceivedAt: NOW - 13_001 })
    expect(wallFreshness(hung)).toMatchObject({ state: 'stale', reason: 'proxy_unreachable' })
    expect(wallFreshness(input({ healthReceivedAt: NOW - 12_999 })).state).toBe('fresh')
  })

  it('is stale at once when the proxy never answered and the request failed', () => {
    const never = input({
      health: undefined,
      healthReceivedAt: 0,
      healthError: new ProxyUnreachableError('/health'),
    })
    expect(wallFreshness(never)).toMatchObject({
      state: 'stale',
      reason: 'proxy_unreachable',
      ageMs: undefined,
      lastDataAt: undefined,
    })
  })

  it('waits, without claiming staleness, before the first answer and the first poll', () => {
    expect(wallFreshness(input({ health: undefined, healthReceivedAt: 0 })).state).toBe('waiting')
    const starting = health({ status: 'starting', last_success_at: null })
    expect(wallFreshness(input({ health: starting })).state).toBe('waiting')
  })

  it('is stale when this screen stops receiving events while the proxy is fine', () => {
    const error = new ProxyHttpError('/events', 500, undefined)
    expect(wallFreshness(input({ streamError: error, streamFetchedAt: NOW - 4_000 })).state).toBe(
      'fresh',
    )
    expect(
      wallFreshness(input({ streamError: error, streamFetchedAt: NOW - 10_001 })),
    ).toMatchObject({ state: 'stale', reason: 'events_unreachable', ageMs: 10_001 })
  })

  it('recovers as soon as a fresh answer arrives', () => {
    const stale = input({ health: health({ last_success_at: SERVER_NOW - 60_000 }) })
    expect(wallFreshness(stale).state).toBe('stale')
    expect(wallFreshness({ ...stale, health: health() }).state).toBe('fresh')
  })
})
