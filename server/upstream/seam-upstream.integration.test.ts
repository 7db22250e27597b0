// The SDK wrapper against the real fake behind the Seam-like pager: each call keeps its own
// Retry-After and says which call it was, however the calls overlap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from '../testing/seam-like-paging'
import { FAKE_API_KEY, startTestFake, type TestFake } from '../testing/start-test-fake'
import { describeUpstreamError } from './describe-upstream-error'
import { createSeamUpstream, UpstreamCallError, type UpstreamClient } from './seam-upstream'

let fake: TestFake
let layer: PagingLayer
let upstream: UpstreamClient

beforeEach(async () => {
  fake = await startTestFake()
  layer = await startPagingLayer({ target: fake.url })
  upstream = createSeamUpstream({ apiKey: FAKE_API_KEY, endpoint: layer.url, timeoutMs: 5_000 })
})

afterEach(async () => {
  await layer.close()
  await fake.close()
})

async function failureOf(call: Promise<unknown>): Promise<UpstreamCallError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof UpstreamCallError))
    throw new Error(`Expected UpstreamCallError, got ${String(error)}`)
  return error
}

describe('concurrent calls', () => {
  it('keep the Retry-After with the call that got it, not the one that failed after it', async () => {
    layer.failNext('/devices/list', 429, 1, { 'retry-after': '7' })
    // Fails later, without a Retry-After and outside HTTP: 200 without the list.
    layer.delayNext('/connected_accounts/list', 200)
    layer.failNext('/connected_accounts/list', 200)
    const [devices, accounts] = await Promise.all([
      failureOf(upstream.listDevices()),
      failureOf(upstream.listConnectedAccounts()),
    ])
    expect(devices.retryAfter).toBe('7')
    expect(accounts.retryAfter).toBeUndefined()
    const now = Date.now()
    expect(describeUpstreamError(devices, now).retryAfterMs).toBe(7_000)
    expect(describeUpstreamError(accounts, now).retryAfterMs).toBeUndefined()
  })

  it('each keep their own Retry-After when both are rate-limited, beside an events call', async () => {
    layer.delayNext('/devices/list', 150)
    layer.failNext('/devices/list', 429, 1, { 'retry-after': '7' })
    layer.failNext('/connected_accounts/list', 429, 1, { 'retry-after': '3' })
    layer.delayNext('/events/list', 75)
    layer.failNext('/events/list', 503)
    const [devices, accounts, events] = await Promise.all([
      failureOf(upstream.listDevices()),
      failureOf(upstream.listConnectedAccounts()),
      failureOf(upstream.listEvents({ since: new Date(0).toISOString(), limit: 10, offset: 0 })),
    ])
    expect([devices.retryAfter, accounts.retryAfter, events.retryAfter]).toEqual([
      '7',
      '3',
      undefined,
    ])
  })
})

describe('error messages', () => {
  it('name the call Seam answered with an error', async () => {
    layer.failNext('/devices/list', 400)
    layer.failNext('/connected_accounts/list', 400)
    layer.failNext('/events/list', 400)
    const now = Date.now()
    const failures = await Promise.all([
      failureOf(upstream.listDevices()),
      failureOf(upstream.listConnectedAccounts()),
      failureOf(upstream.listEvents({ since: new Date(0).toISOString(), limit: 10, offset: 0 })),
    ])
    expect(failures.map((failure) => failure.request)).toEqual([
      'devices',
      'connected accounts',
      'events',
    ])
    const messages = failures.map((failure) => describeUpstreamError(failure, now).message)
    expect(messages).toEqual([
      'Seam answered 400 (simulated) to the device list request.',
      'Seam answered 400 (simulated) to the connected account list request.',
      'Seam answered 400 (simulated) to the events request.',
    ])
  })
})
