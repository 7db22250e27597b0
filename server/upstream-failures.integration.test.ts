// Upstream trouble as the proxy meets it: slow, refused, revoked key, outage; in words, with nothing lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPagingLayer } from './testing/seam-like-paging'
import {
  FAKE_API_KEY,
  FAKE_WORKSPACE_ID,
  startTestFake,
  type TestFake,
} from './testing/start-test-fake'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy'
import { waitFor } from './testing/wait-for'

interface Health {
  status: string
  status_since: string
  last_error: string | null
  last_error_at: string | null
  next_poll_at: string | null
  event_count: number
  conflicting_duplicate_count: number
}

let fake: TestFake
let proxy: TestProxy | undefined
const cleanups: (() => Promise<void>)[] = []

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await fake.close()
})

/** The fake's store is a zustand store; its setState is there at run time but not in the types. */
function setApiKeys(keys: TestFake['fake']['database']['api_keys']): void {
  const database = fake.fake.database as unknown as { setState(patch: object): void }
  database.setState({ api_keys: keys })
}

async function health(): Promise<Health> {
  return (await proxy!.app.inject({ method: 'GET', url: '/api/health' })).json<Health>()
}

/** The proxy's served event ids, checked for duplicates. */
async function servedIds(): Promise<string[]> {
  const response = await proxy!.app.inject({ method: 'GET', url: '/api/event_log' })
  const ids = response.json<{ events: { event_id: string }[] }>().events.map((e) => e.event_id)
  expect(new Set(ids).size, 'duplicated event ids in /api/event_log').toBe(ids.length)
  return ids
}

async function expectSameEventsAsFake(): Promise<void> {
  const ids = await servedIds()
  expect([...ids].sort()).toEqual([...fake.eventIds()].sort())
}

function addLockEvents(count: number, msAgo = 0): string[] {
  return Array.from({ length: count }, (_, index) => {
    const event = fake.addEvent({
      event_type: index % 2 === 0 ? 'lock.locked' : 'lock.unlocked',
      device_id: 'august_device_1',
      method: 'manual',
      created_at: new Date(Date.now() - msAgo - index).toISOString(),
    })
    return String(event.event_id)
  })
}

// Every test runs in both page orders: oldest first, as the fake lists; newest first, as Seam pages.
describe.each([
  { order: 'oldest first', newestFirst: false },
  { order: 'newest first', newestFirst: true },
])('Seam listing $order', ({ newestFirst }) => {
  describe('a slow upstream', () => {
    it('times out, says so in words, then recovers with every event', async () => {
      proxy = await startTestProxy({ target: fake.url, newestFirst, timeoutMs: 600 })
      await proxy.poller.pollOnce()
      proxy.layer.delayNext('/events/list', 3_000)
      addLockEvents(3)
      await proxy.poller.pollOnce()
      const slow = await health()
      expect(slow.status).toBe('degraded')
      expect(slow.last_error).toMatch(
        /^Seam did not answer in time \(timeout\).*UPSTREAM_TIMEOUT_MS/,
      )

      await proxy.poller.pollOnce()
      expect(await health()).toMatchObject({ status: 'ok', last_error: null })
      await expectSameEventsAsFake()
    })
  })

  describe('a refused connection', () => {
    it('says nothing is listening, keeps "since" at the first failure, and catches up afterwards', async () => {
      proxy = await startTestProxy({ target: fake.url, newestFirst })
      await proxy.poller.pollOnce()
      const port = Number(new URL(proxy.layer.url).port)
      await proxy.layer.close()

      const before = Date.now()
      await proxy.poller.pollOnce()
      const first = await health()
      expect(first.status).toBe('degraded')
      // The kept-alive socket is cut first (ECONNRESET); new connections are then refused.
      expect(first.last_error).toMatch(/^Cannot reach Seam \(ECONN(RESET|REFUSED)\)/)
      expect(Date.parse(first.status_since)).toBeGreaterThanOrEqual(before)
      const missed = addLockEvents(4)
      await proxy.poller.pollOnce()
      const second = await health()
      expect(second.last_error).toBe(
        'Cannot reach Seam (ECONNREFUSED): nothing is listening at the address (connection refused). Check the network or SEAM_ENDPOINT.',
      )
      // "Since when" is the start of the outage, not the latest failed attempt.
      expect(second.status_since).toBe(first.status_since)
      expect(Date.parse(second.last_error_at!)).toBeGreaterThanOrEqual(
        Date.parse(first.last_error_at!),
      )

      const revived = await startPagingLayer({ target: fake.url, port, newestFirst })
      cleanups.push(() => revived.close())
      expect(revived.url.endsWith(`:${port}`)).toBe(true)
      await proxy.poller.pollOnce()
      expect(await health()).toMatchObject({ status: 'ok', last_error: null })
      expect(await servedIds()).toEqual(expect.arrayContaining(missed))
      await expectSameEventsAsFake()
    })
  })

  describe('a key revoked while running', () => {
    it('is down at once with the reason, without the key, and recovers when the key is back', async () => {
      proxy = await startTestProxy({ target: fake.url, newestFirst })
      addLockEvents(2)
      await proxy.poller.pollOnce()
      expect((await health()).status).toBe('ok')

      const keys = fake.fake.database.api_keys
      setApiKeys(keys.filter((key) => key.token !== FAKE_API_KEY))
      const missed = addLockEvents(3)
      await proxy.poller.pollOnce()
      const response = await proxy.app.inject({ method: 'GET', url: '/api/health' })
      expect(response.json<Health>()).toMatchObject({
        status: 'down',
        last_error: 'Seam rejected the API key (401). Check SEAM_API_KEY.',
      })
      expect(response.body).not.toContain(FAKE_API_KEY)

      setApiKeys(keys)
      await proxy.poller.pollOnce()
      expect((await health()).status).toBe('ok')
      expect(await servedIds()).toEqual(expect.arrayContaining(missed))
      await expectSameEventsAsFake()
    })
  })

  describe('backoff on a running poller', () => {
    const eventCalls = () =>
      proxy!.layer.calls.filter((call) => call.path === '/events/list').length
    const gapMs = (h: Health) =>
      Date.parse(h.next_poll_at ?? '') - Date.parse(h.last_error_at ?? '')

    it('waits as long as a 429 Retry-After asks, and says why', async () => {
      proxy = await startTestProxy({
        target: fake.url,
        newestFirst,
        environment: { POLL_INTERVAL_MS: '250' },
      })
      proxy.layer.failNext('/events/list', 429, 1, { 'retry-after': '30' })
      proxy.poller.start()
      const limited = await waitFor(health, (h) => gapMs(h) > 0, 'the rate-limited poll')
      expect(limited.last_error).toMatch(/rate-limiting Doorboard \(429\)/)
      expect(gapMs(limited)).toBeGreaterThanOrEqual(30_000)
      expect(eventCalls()).toBe(1)
    })

    it('spaces retries further apart the longer Seam keeps failing', async () => {
      proxy = await startTestProxy({
        target: fake.url,
        newestFirst,
        environment: { POLL_INTERVAL_MS: '250' },
      })
      proxy.layer.failNext('/events/list', 503, 100)
      proxy.poller.start()
      const later = await waitFor(
        health,
        // A positive gap means the retry after the latest failure is already scheduled.
        (h) => proxy!.poller.record.consecutiveFailures >= 4 && gapMs(h) > 0,
        'four failed polls',
      )
      // The fourth failure in a row waits at least 250 ms × 2³ × ½ (the lowest jitter).
      expect(gapMs(later)).toBeGreaterThanOrEqual(1_000)
      expect(later.status).not.toBe('ok')
    })
  })

  describe('a workspace outage on a running poller', () => {
    it('keeps retrying, reports it, and afterwards holds exactly the fake’s events, across pages', async () => {
      proxy = await startTestProxy({
        target: fake.url,
        environment: { UPSTREAM_PAGE_LIMIT: '20', POLL_INTERVAL_MS: '250' },
      })
      addLockEvents(30)
      proxy.poller.start()
      await waitFor(
        health,
        (h) => h.status === 'ok' && h.event_count === fake.eventIds().length,
        'first poll',
      )

      fake.fake.database.simulateWorkspaceOutage(FAKE_WORKSPACE_ID, { routes: ['/events/list'] })
      const outage = await waitFor(health, (h) => h.status !== 'ok', 'the outage to show')
      expect(outage.last_error).toMatch(/Seam is failing \(HTTP 503\)/)
      // During the outage: more than two pages of new events, some arriving late (created earlier).
      const during = [...addLockEvents(45), ...addLockEvents(10, 2_000)]
      const failedCalls = proxy.layer.calls.filter((call) => call.path === '/events/list').length
      await waitFor(
        () => proxy!.layer.calls.filter((call) => call.path === '/events/list').length,
        (count) => count >= failedCalls + 2,
        'retries during the outage',
      )

      fake.fake.database.simulateWorkspaceOutageRecovery(FAKE_WORKSPACE_ID)
      const recovered = await waitFor(
        health,
        (h) => h.status === 'ok' && h.event_count === fake.eventIds().length,
        'recovery',
      )
      expect(recovered.last_error).toBeNull()
      expect(recovered.conflicting_duplicate_count).toBe(0)
      expect(await servedIds()).toEqual(expect.arrayContaining(during))
      await expectSameEventsAsFake()
      // Paged as Seam pages: no call asked for more than the limit.
      const limits = proxy.layer.calls
        .filter((call) => call.path === '/events/list')
        .map((call) => call.body.limit)
      expect(limits.every((limit) => limit === 20)).toBe(true)
    })
  })
})
