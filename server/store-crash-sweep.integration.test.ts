// kill -9 during the retention sweep that runs at start: the restart serves and keeps exactly the
// events inside retention, and the store holds no expired ones, on both engines.
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from './testing/seam-like-paging'
import {
  runServerProcess,
  startServerProcess,
  type StartingServer,
} from './testing/run-server-process'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { storeEngines } from './testing/test-database'
import { waitFor } from './testing/wait-for'
import {
  addEventsInBulk,
  fakeIdsCreatedAfter,
  makeStoreTarget,
  quietLargeAnswerWarnings,
  readHealth,
  SAME_SET,
  serverEnvironment,
  servedIds,
  setDifference,
  type RunQuery,
  type StoreTarget,
  waitClosely,
  walMarkAhead,
  walReached,
  storedIds,
  anotherSessionIs,
} from './testing/store-target'

const ENGINES = await storeEngines()

const HOUR_MS = 3_600_000
/** The sweep's batch (server/store/event-rows.ts). */
const BATCH = 5_000
/** Expired after the restart: three batches of the sweep. */
const EXPIRED = 3 * BATCH
const RECENT = 200

let fake: TestFake
let layer: PagingLayer
let target: StoreTarget | undefined
let server: StartingServer | undefined
let loud: () => void
let blocker: pg.Client | undefined

beforeAll(() => {
  loud = quietLargeAnswerWarnings()
})
afterAll(() => loud())

afterEach(async () => {
  await blocker?.end()
  blocker = undefined
  await server?.kill()
  server = undefined
  await layer.close()
  await fake.close()
  await target?.drop()
  target = undefined
})

const EXPIRED_SQL = `select count(*) as count from events where created_at < now() - interval '1 hour'`

async function expiredInStore(query: RunQuery): Promise<number> {
  return Number((await query<{ count: string | number }>(EXPIRED_SQL))[0]?.count)
}

/**
 * PostgreSQL: locks the newest expired rows, the sweep's last batch (its unordered batches take
 * rows in table order, here the order of insertion, oldest first), so the sweep commits the
 * batches before it and then waits. Should a plan take them earlier, the sweep waits at once and
 * the "mid-sweep" check below fails rather than passing by luck.
 */
async function holdLastBatch(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('begin')
  await client.query(
    `select seq from events where created_at < now() - interval '1 hour'
     order by created_at desc limit ${BATCH} for update`,
  )
  return client
}

/** PostgreSQL: the sweep's DELETE is running and waiting for a row lock. */
async function deleteWaiting(store: StoreTarget): Promise<boolean> {
  return anotherSessionIs(store, `wait_event_type = 'Lock' and query ilike '%delete from events%'`)
}

describe.each(ENGINES)('a store on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'keeps exactly the events inside retention after a kill in the middle of the sweep',
    async () => {
      fake = await startTestFake()
      const now = Date.now()
      // Two to three hours old: kept with RETENTION_HOURS=168, expired with RETENTION_HOURS=1.
      addEventsInBulk(
        fake,
        Array.from({ length: EXPIRED }, (_, index) => now - 3 * HOUR_MS + index * 100),
      )
      addEventsInBulk(
        fake,
        Array.from({ length: RECENT }, (_, index) => now - 10 * 60_000 + index * 1_000),
      )
      layer = await startPagingLayer({ target: fake.url })
      const store = await makeStoreTarget(engine)
      target = store
      const environment = (hours: string) =>
        serverEnvironment(store, layer.url, {
          RETENTION_HOURS: hours,
          // Large pages: this test is about the sweep, not about paging.
          UPSTREAM_PAGE_LIMIT: '10000',
        })

      const first = await runServerProcess(environment('168'))
      const everything = fake.eventIds().length
      await waitFor(
        () => readHealth(first.url),
        (health) => health.event_count === everything,
        'every event to be ingested',
        30_000,
      )
      await first.stop()
      // Settled as a long-running store would be: the first read of freshly inserted rows sets
      // their hint bits, which would write WAL at the next start alongside the sweep's.
      // On PGlite nothing but the sweep's deletes then writes megabytes of WAL at start, about
      // 2.6 MB per batch, flushed as the batch commits. Past 4 MiB the first batch is committed
      // and the second is being committed. (A mark inside the first batch's WAL kills it
      // mid-flush, before its commit record is on disk: nothing deleted, not mid-sweep.)
      const secondBatch = await store.session(async (query) => {
        await query('vacuum events')
        await query('checkpoint')
        expect(await expiredInStore(query)).toBe(EXPIRED)
        return engine === 'pglite' ? walMarkAhead(query, 4 * 1_048_576) : undefined
      })
      if (engine === 'postgres') blocker = await holdLastBatch(store.databaseUrl!)

      // The sweep starts as the server starts (on PGlite it is over before the server listens).
      const sweeping = startServerProcess(environment('1'))
      server = sweeping
      if (secondBatch === undefined) {
        // Seen on the server itself: the last batch's DELETE waits for our lock, so the kill
        // lands inside its statement, with the batches before it committed.
        await waitFor(() => deleteWaiting(store), Boolean, 'the sweep to wait', 30_000)
      } else {
        await waitClosely(() => walReached(store, secondBatch), 'the second batch', 30_000)
      }
      await sweeping.kill()
      server = undefined
      await blocker?.query('rollback')
      const leftBehind = await store.session(expiredInStore)
      expect(leftBehind, 'the kill landed mid-sweep').toBeGreaterThan(0)
      expect(leftBehind, 'the kill landed mid-sweep').toBeLessThan(EXPIRED)

      const restarted = startServerProcess(environment('1'))
      server = restarted
      const last = await restarted.running
      const inside = fakeIdsCreatedAfter(fake, Date.now() - HOUR_MS)
      expect(inside.length).toBeGreaterThanOrEqual(RECENT)
      await waitFor(
        () => readHealth(last.url),
        (health) => health.status === 'ok' && health.event_count === inside.length,
        'the restarted server to poll',
        20_000,
      )
      expect(setDifference(await servedIds(last.url), inside)).toEqual(SAME_SET)
      if (engine === 'postgres') {
        await waitFor(
          () => store.session(expiredInStore),
          (expired) => expired === 0,
          'the sweep',
        )
      }
      await last.stop()
      server = undefined
      expect(await store.session(expiredInStore)).toBe(0)
      expect(setDifference(await storedIds(store), inside)).toEqual(SAME_SET)
    },
    120_000,
  )
})
