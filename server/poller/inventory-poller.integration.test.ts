// The inventory poller against the real fake behind the Seam-like pager: requested refreshes,
// backoff, Retry-After and the rate limit it shares with the event poller.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSeamUpstream, type UpstreamClient } from '../upstream/seam-upstream'
import { RateLimitGate } from '../upstream/rate-limit-gate'
import { startPagingLayer, type PagingLayer } from '../testing/seam-like-paging'
import { FAKE_API_KEY, startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'
import { waitFor } from '../testing/wait-for'
import { InventoryPoller } from './inventory-poller'

/** One device-list call as the poller made it (each refresh makes exactly one). */
interface DeviceListCall {
  startedAt: number
  endedAt: number | undefined
}

let fake: TestFake
let layer: PagingLayer
let poller: InventoryPoller | undefined
let proxy: TestProxy | undefined
const warnings: string[] = []

beforeEach(async () => {
  fake = await startTestFake()
  layer = await startPagingLayer({ target: fake.url })
})

afterEach(async () => {
  await poller?.stop()
  poller = undefined
  await proxy?.close()
  proxy = undefined
  warnings.length = 0
  await layer.close()
  await fake.close()
})

/**
 * The real SDK client, watched: when each device-list call starts and ends, and the most that
 * ran at once. `onDeviceListStart` runs as a call starts (to ask for a refresh while one runs).
 */
function watchedUpstream(onDeviceListStart?: (call: number) => void) {
  const upstream = createSeamUpstream({
    apiKey: FAKE_API_KEY,
    endpoint: layer.url,
    timeoutMs: 10_000,
  })
  const calls: DeviceListCall[] = []
  let running = 0
  const watched = {
    calls,
    mostAtOnce: 0,
    upstream: {
      listEvents: (request) => upstream.listEvents(request),
      listConnectedAccounts: () => upstream.listConnectedAccounts(),
      listDevices: async () => {
        const call: DeviceListCall = { startedAt: Date.now(), endedAt: undefined }
        calls.push(call)
        running += 1
        watched.mostAtOnce = Math.max(watched.mostAtOnce, running)
        onDeviceListStart?.(calls.length)
        try {
          return await upstream.listDevices()
        } finally {
          running -= 1
          call.endedAt = Date.now()
        }
      },
    } satisfies UpstreamClient,
  }
  return watched
}

function startPoller(
  upstream: UpstreamClient,
  options: { intervalMs: number; gate?: RateLimitGate; random?: () => number },
): InventoryPoller {
  poller = new InventoryPoller({
    upstream,
    intervalMs: options.intervalMs,
    now: Date.now,
    random: options.random ?? (() => 0.5),
    logger: { info: () => undefined, warn: (message) => warnings.push(message) },
    ...(options.gate === undefined ? {} : { gate: options.gate }),
  })
  poller.start()
  return poller
}

async function waitForCalls(calls: DeviceListCall[], count: number, timeoutMs = 10_000) {
  await waitFor(
    () => calls.filter((call) => call.endedAt !== undefined).length,
    (ended) => ended >= count,
    `${count} finished device-list calls`,
    timeoutMs,
  )
  return calls
}

/** From the end of one device-list call to the start of the next. */
const gapAfter = (calls: DeviceListCall[], index: number) =>
  calls[index + 1]!.startedAt - calls[index]!.endedAt!

describe('a refresh requested while one runs', () => {
  it('runs about a second after the request once the running one ends, not at the next interval', async () => {
    let requestedAt = 0
    const watched = watchedUpstream((call) => {
      if (call !== 2) return
      requestedAt = Date.now()
      poller!.requestRefresh()
    })
    startPoller(watched.upstream, { intervalMs: 60_000 })
    await waitForCalls(watched.calls, 1)
    // The second refresh is slow, but ends well before the requested one is due.
    layer.delayNext('/devices/list', 400)
    poller!.requestRefresh()
    const calls = await waitForCalls(watched.calls, 3)
    const third = calls[2]!
    expect(third.startedAt - requestedAt).toBeGreaterThanOrEqual(990)
    // Before the fix this waited for the 60 s interval.
    expect(third.startedAt - requestedAt).toBeLessThan(6_000)
    expect(third.startedAt).toBeGreaterThanOrEqual(calls[1]!.endedAt!)
    expect(watched.mostAtOnce).toBe(1)
  })

  it('follows a long refresh once it ends, never alongside it, and a burst makes one refresh', async () => {
    let requestedAt = 0
    const watched = watchedUpstream((call) => {
      if (call !== 2) return
      requestedAt = Date.now()
      for (let index = 0; index < 5; index++) poller!.requestRefresh()
    })
    startPoller(watched.upstream, { intervalMs: 60_000 })
    await waitForCalls(watched.calls, 1)
    // The second refresh outlasts the second the requested one waits.
    layer.delayNext('/devices/list', 2_500)
    poller!.requestRefresh()
    const calls = await waitForCalls(watched.calls, 3)
    expect(watched.mostAtOnce).toBe(1)
    expect(calls[2]!.startedAt).toBeGreaterThanOrEqual(calls[1]!.endedAt!)
    expect(calls[2]!.startedAt - requestedAt).toBeLessThan(8_000)
    // Five requests, one refresh: nothing else comes before the 60 s interval.
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(calls).toHaveLength(3)
  })
})

describe('failed refreshes', () => {
  it('back off like the event poller while Seam fails, and start over after a success', async () => {
    const watched = watchedUpstream()
    // Three failures, one success, then one more failure.
    layer.failNext('/devices/list', 503, 3)
    layer.failNext('/devices/list', 503, 1, {}, 1)
    // The highest jitter: the n-th failure in a row waits (almost) 500 ms × 2ⁿ⁻¹.
    startPoller(watched.upstream, { intervalMs: 500, random: () => 0.999 })
    const calls = await waitForCalls(watched.calls, 6, 15_000)
    expect(gapAfter(calls, 0)).toBeGreaterThanOrEqual(495)
    expect(gapAfter(calls, 1)).toBeGreaterThanOrEqual(990)
    expect(gapAfter(calls, 2)).toBeGreaterThanOrEqual(1_980)
    // After the success, the interval again; the next failure is a first one (500 ms, not ~4 s).
    expect(gapAfter(calls, 3)).toBeLessThan(2_500)
    expect(gapAfter(calls, 4)).toBeLessThan(2_500)
    expect(warnings).toEqual([
      'Refreshing devices and accounts failed: Seam answered 503 (simulated) to the device list request.',
      'Refreshing devices and accounts failed: Seam answered 503 (simulated) to the device list request.',
    ])
  })

  it('waits as long as Retry-After asks, and holds the shared gate for the event poller too', async () => {
    const watched = watchedUpstream()
    const gate = new RateLimitGate()
    layer.failNext('/devices/list', 429, 1, { 'retry-after': '2' })
    startPoller(watched.upstream, { intervalMs: 500, gate })
    await waitForCalls(watched.calls, 1)
    await waitFor(
      () => poller!.snapshot.lastError,
      (error) => error !== null,
      'the failure',
    )
    const heldForMs = gate.waitMs(Date.now())
    const calls = await waitForCalls(watched.calls, 2)
    expect(gapAfter(calls, 0)).toBeGreaterThanOrEqual(1_990)
    expect(heldForMs).toBeGreaterThan(1_000)
    expect(poller!.snapshot.lastError).toBeNull()
    expect(warnings).toEqual([
      'Refreshing devices and accounts failed: Seam is rate-limiting Doorboard (429); polling slows down until it allows more.',
    ])
  })

  it('honours a Retry-After sent to the account list even when the device list failed too', async () => {
    const watched = watchedUpstream()
    const gate = new RateLimitGate()
    layer.failNext('/devices/list', 503)
    layer.delayNext('/connected_accounts/list', 200)
    layer.failNext('/connected_accounts/list', 429, 1, { 'retry-after': '2' })
    startPoller(watched.upstream, { intervalMs: 500, gate })
    const calls = await waitForCalls(watched.calls, 2)
    expect(gapAfter(calls, 0)).toBeGreaterThanOrEqual(1_990)
    // The device list's error is the one a person reads; the wait is the account list's.
    expect(warnings).toEqual([
      'Refreshing devices and accounts failed: Seam answered 503 (simulated) to the device list request.',
    ])
  })

  it('waits out a Retry-After longer than a timer can hold instead of retrying at once', async () => {
    const watched = watchedUpstream()
    // 40 days: past setTimeout's limit, which would otherwise fire at once, again and again.
    layer.failNext('/devices/list', 429, 1, { 'retry-after': String(40 * 24 * 3_600) })
    startPoller(watched.upstream, { intervalMs: 500 })
    await waitForCalls(watched.calls, 1)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(watched.calls).toHaveLength(1)
  })

  it('names the call that failed', async () => {
    const watched = watchedUpstream()
    layer.failNext('/connected_accounts/list', 400)
    startPoller(watched.upstream, { intervalMs: 60_000 })
    await waitFor(
      () => poller!.snapshot.lastError,
      (error) => error !== null,
      'the failure',
    )
    expect(poller!.snapshot.lastError).toBe(
      'Seam answered 400 (simulated) to the connected account list request.',
    )
  })
})

describe('the rate limit shared with the event poller', () => {
  it('does not call Seam while the gate holds, even when a refresh is asked for', async () => {
    const watched = watchedUpstream()
    const gate = new RateLimitGate()
    const heldUntil = Date.now() + 2_000
    gate.holdUntil(heldUntil)
    startPoller(watched.upstream, { intervalMs: 500, gate })
    poller!.requestRefresh()
    const calls = await waitForCalls(watched.calls, 1)
    expect(calls[0]!.startedAt).toBeGreaterThanOrEqual(heldUntil)
  })

  it('waits for a hold that began after the next refresh was scheduled', async () => {
    const watched = watchedUpstream()
    const gate = new RateLimitGate()
    startPoller(watched.upstream, { intervalMs: 1_000, gate })
    await waitForCalls(watched.calls, 1)
    // As the event poller will after a 429: the refresh due in about a second must wait.
    const heldUntil = Date.now() + 2_500
    gate.holdUntil(heldUntil)
    const calls = await waitForCalls(watched.calls, 2)
    expect(calls[1]!.startedAt).toBeGreaterThanOrEqual(heldUntil)
  })

  it('is one gate per app, the one its inventory poller obeys', async () => {
    proxy = await startTestProxy({ target: fake.url })
    const deviceCalls = () => proxy!.layer.calls.filter((call) => call.path === '/devices/list')
    const heldUntil = Date.now() + 1_500
    proxy.gate.holdUntil(heldUntil)
    proxy.inventory.start()
    proxy.inventory.requestRefresh()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(deviceCalls()).toHaveLength(0)
    await waitFor(deviceCalls, (calls) => calls.length === 1, 'the refresh after the hold')
    expect(Date.now()).toBeGreaterThanOrEqual(heldUntil)
  })
})
