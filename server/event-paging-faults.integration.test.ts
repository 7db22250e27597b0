// No event lost, whatever order Seam pages in and whatever fails mid-poll: the real fake Seam behind
// a layer that pages like Seam, a backlog of more than three pages, a fault on page 2 or the last.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FAKE_WORKSPACE_ID, startTestFake, type TestFake } from './testing/start-test-fake'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy'
import { openTestDatabase, type TestDatabase } from './testing/test-database'

const PAGE_LIMIT = 20
/** 75 backlog events + the one the first poll read: 76 in the window, pages of 20, 20, 20, 16. */
const BACKLOG = 75
const LAST_PAGE = 4

type Fault = 'outage' | 'rate limit' | 'timeout'
type Phase = 'first poll after start' | 'later poll' | 'first poll after a restart'

const ORDERS = [
  { order: 'oldest first (as the fake lists)', newestFirst: false },
  { order: 'newest first (as Seam pages)', newestFirst: true },
]
const FAULTS: Fault[] = ['outage', 'rate limit', 'timeout']
const PHASES: Phase[] = ['first poll after start', 'later poll', 'first poll after a restart']
const PAGES = [2, LAST_PAGE]

let fake: TestFake
const proxies: TestProxy[] = []
const databases: TestDatabase[] = []

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event is dated now; the cursor must sit well before the backlog instead.
  fake.clearEvents()
  fake.addEvent({
    event_type: 'lock.locked',
    device_id: 'august_device_1',
    created_at: ago(200_000),
  })
})

afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close()
  for (const database of databases.splice(0)) await database.drop()
  await fake.close()
})

function ago(ms: number): string {
  return new Date(Date.now() - ms).toISOString()
}

/** Events one second apart over the last 100 s: far wider than the 5 s overlap. */
function addBacklog(): string[] {
  return Array.from({ length: BACKLOG }, (_, index) => {
    const event = fake.addEvent({
      event_type: index % 3 === 0 ? 'lock.unlocked' : 'lock.locked',
      device_id: 'august_device_1',
      method: 'keycode',
      created_at: ago(100_000 - index * 1_000),
    })
    return String(event.event_id)
  })
}

async function startProxy(newestFirst: boolean, database?: TestDatabase) {
  const proxy = await startTestProxy({
    target: fake.url,
    newestFirst,
    timeoutMs: 600,
    environment: { UPSTREAM_PAGE_LIMIT: String(PAGE_LIMIT), POLL_OVERLAP_MS: '5000' },
    ...(database === undefined ? {} : { database }),
  })
  proxies.push(proxy)
  return proxy
}

/** Arms one fault for page `page` of the next poll (the pages before it are answered). */
function injectFault(proxy: TestProxy, fault: Fault, page: number): void {
  const skip = page - 1
  if (fault === 'outage') proxy.layer.failNext('/events/list', 503, 1, {}, skip)
  if (fault === 'rate limit') {
    proxy.layer.failNext('/events/list', 429, 1, { 'retry-after': '1' }, skip)
  }
  if (fault === 'timeout') proxy.layer.delayNext('/events/list', 2_000, 1, skip)
}

/** Every event id the proxy serves, exactly once each, against the fake's: nothing missing, nothing twice. */
async function expectExactlyTheFakesEvents(proxy: TestProxy): Promise<void> {
  const response = await proxy.app.inject({ method: 'GET', url: '/api/event_log' })
  const served = response.json<{ events: { event_id: string }[] }>().events.map((e) => e.event_id)
  const expected = fake.eventIds()
  const missing = expected.filter((id) => !served.includes(id))
  expect(missing, `${missing.length} of ${expected.length} events missing`).toEqual([])
  expect([...served].sort()).toEqual([...expected].sort())
}

/** The poller's current error; null once a poll has succeeded again. */
function lastError(proxy: TestProxy): string | null {
  const { record } = proxy.poller
  return record.consecutiveFailures === 0 ? null : record.lastError
}

describe.each(ORDERS)('Seam listing $order', ({ newestFirst }) => {
  describe.each(FAULTS)('a %s', (fault) => {
    describe.each(PHASES)('during the %s', (phase) => {
      it.each(PAGES)('on page %i loses nothing and repeats nothing', async (page) => {
        // A restart keeps its store: the same database, closed and opened again.
        let database =
          phase === 'first poll after a restart' ? await openTestDatabase('pglite') : undefined
        if (database !== undefined) databases.push(database)
        let proxy = await startProxy(newestFirst, database)
        if (phase !== 'first poll after start') {
          await proxy.poller.pollOnce()
          expect(lastError(proxy)).toBeNull()
        }
        addBacklog()
        if (phase === 'first poll after a restart') {
          // The process stops with a poll cut short; a new one starts on the same store.
          injectFault(proxy, fault, page)
          await proxy.poller.pollOnce()
          await proxy.close()
          proxies.splice(proxies.indexOf(proxy), 1)
          await database!.close()
          database = await database!.reopen()
          databases.push(database)
          proxy = await startProxy(newestFirst, database)
        }
        injectFault(proxy, fault, page)
        await proxy.poller.pollOnce()
        expect(proxy.poller.record.consecutiveFailures).toBe(1)
        expect(lastError(proxy)).toMatch(
          fault === 'outage' ? /503/ : fault === 'rate limit' ? /\(429\)/ : /timeout/,
        )
        await proxy.poller.pollOnce()
        expect(lastError(proxy)).toBeNull()
        await expectExactlyTheFakesEvents(proxy)
      })
    })
  })

  it('a whole-workspace outage mid-backlog loses nothing', async () => {
    const proxy = await startProxy(newestFirst)
    await proxy.poller.pollOnce()
    addBacklog()
    fake.fake.database.simulateWorkspaceOutage(FAKE_WORKSPACE_ID, { routes: ['/events/list'] })
    await proxy.poller.pollOnce()
    expect(lastError(proxy)).toMatch(/HTTP 503/)
    fake.fake.database.simulateWorkspaceOutageRecovery(FAKE_WORKSPACE_ID)
    await proxy.poller.pollOnce()
    expect(lastError(proxy)).toBeNull()
    await expectExactlyTheFakesEvents(proxy)
  })

  it('a Seam that serves fewer events than asked (its own cap on limit) loses nothing', async () => {
    const proxy = await startTestProxy({
      target: fake.url,
      newestFirst,
      maxLimit: 15,
      environment: { UPSTREAM_PAGE_LIMIT: String(PAGE_LIMIT), POLL_OVERLAP_MS: '5000' },
    })
    proxies.push(proxy)
    await proxy.poller.pollOnce()
    addBacklog()
    const calls = proxy.layer.calls.length
    await proxy.poller.pollOnce()
    await expectExactlyTheFakesEvents(proxy)
    // 76 events at 15 a page: 15 × 5, then 1, surely the last (shorter than a page Seam served).
    expect(proxy.layer.calls.slice(calls).map((call) => call.returned)).toEqual([
      15, 15, 15, 15, 15, 1,
    ])
  })
})
