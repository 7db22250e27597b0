// A restart resumes: the proxy serves what it had at once and asks Seam only from its stored cursor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy'
import { openTestDatabase, storeEngines, type TestDatabase } from './testing/test-database'

const ENGINES = await storeEngines()
const PAGE_LIMIT = 100
const OVERLAP_MS = 5_000

let fake: TestFake
const cleanups: (() => Promise<void>)[] = []

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  await fake.close()
})

async function startProxy(database: TestDatabase): Promise<TestProxy> {
  const proxy = await startTestProxy({
    target: fake.url,
    newestFirst: true,
    database,
    environment: { UPSTREAM_PAGE_LIMIT: String(PAGE_LIMIT), POLL_OVERLAP_MS: String(OVERLAP_MS) },
  })
  return proxy
}

async function getJson<T>(proxy: TestProxy, url: string): Promise<T> {
  return (await proxy.app.inject({ method: 'GET', url })).json<T>()
}

interface EventsBody {
  events: { event_id: string }[]
  cursor: string
  reset?: boolean
}

describe.each(ENGINES)('a restart on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'serves the stored history at once and asks Seam only since its cursor',
    async () => {
      for (let index = 0; index < 450; index += 1) {
        fake.addEvent({
          event_type: index % 2 === 0 ? 'lock.locked' : 'lock.unlocked',
          device_id: 'august_device_1',
          created_at: new Date(Date.now() - 3_600_000 + index * 5_000).toISOString(),
        })
      }
      let database = await openTestDatabase(engine)
      cleanups.push(() => database.drop())
      const before = await startProxy(database)
      await before.poller.pollOnce()
      await before.inventory.refresh()
      const acknowledged = await before.app.inject({
        method: 'POST',
        url: '/api/alert_state/acknowledgements',
        payload: { alert_id: 'rule:device:august_device_1:event1', by: 'Dana', note: 'on it' },
      })
      expect(acknowledged.statusCode).toBe(201)
      const served = await getJson<EventsBody>(before, '/api/event_log')
      const devices = (await before.app.inject({ method: 'GET', url: '/api/devices' })).body
      expect(served.events).toHaveLength(fake.eventIds().length)
      const firstPollCalls = before.layer.calls.filter((call) => call.path === '/events/list')
      expect(firstPollCalls.length).toBeGreaterThanOrEqual(5)

      const newestBeforeRestart = Math.max(
        ...fake.fake.database.events.map((event) => Date.parse(event.created_at)),
      )

      // The restart: the process ends, the store is closed and opened again.
      await before.close()
      await database.close()
      database = await database.reopen()
      const after = await startProxy(database)
      cleanups.push(() => after.close())

      // Before any poll: the same events, lists and acknowledgement as before the restart.
      const resumed = await getJson<EventsBody>(after, '/api/event_log')
      expect(resumed.events.map((event) => event.event_id).sort()).toEqual(
        served.events.map((event) => event.event_id).sort(),
      )
      expect(
        JSON.parse((await after.app.inject({ method: 'GET', url: '/api/devices' })).body),
      ).toEqual(JSON.parse(devices))
      const state = await getJson<{ acknowledgements: { alert_id: string; by: string }[] }>(
        after,
        '/api/alert_state',
      )
      expect(state.acknowledgements).toMatchObject([
        { alert_id: 'rule:device:august_device_1:event1', by: 'Dana' },
      ])
      // A browser's cursor from before the restart still means the same place: nothing to fetch.
      const sinceCursor = await getJson<EventsBody>(
        after,
        `/api/event_log?after=${encodeURIComponent(served.cursor)}`,
      )
      expect(sinceCursor).toMatchObject({ events: [] })
      expect(sinceCursor.reset).toBeUndefined()

      // One new event; the first poll after the restart reads from the stored cursor: one page.
      const newest = fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1' })
      await after.poller.pollOnce()
      const calls = after.layer.calls.filter((call) => call.path === '/events/list')
      expect(calls.length).toBeLessThanOrEqual(2)
      const since = Date.parse(String(calls[0]!.body.since))
      expect(since).toBe(newestBeforeRestart - OVERLAP_MS)
      const all = await getJson<EventsBody>(after, '/api/event_log')
      expect(all.events.map((event) => event.event_id).sort()).toEqual([...fake.eventIds()].sort())
      expect(
        (
          await getJson<EventsBody>(after, `/api/event_log?after=${encodeURIComponent(served.cursor)}`)
        ).events.map((event) => event.event_id),
      ).toEqual([newest.event_id])
    },
  )
})
