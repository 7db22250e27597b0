// kill -9 while Doorboard ingests a large backlog, three times at different moments, then a
// restart on the same store: every event of the fake served and stored once, on both engines.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from './testing/seam-like-paging'
import { runServerProcess, type ServerProcess } from './testing/run-server-process'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { storeEngines } from './testing/test-database'
import { waitFor } from './testing/wait-for'
import {
  addEventsInBulk,
  makeStoreTarget,
  quietLargeAnswerWarnings,
  readHealth,
  SAME_SET,
  serverEnvironment,
  servedIds,
  setDifference,
  type StoreTarget,
  storedIds,
  anotherSessionIs,
  arrivingNow,
} from './testing/store-target'

const ENGINES = await storeEngines()

/** Seam's page size, which the layer serves and the server asks for by default. */
const PAGE = 500
/** Not a multiple of PAGE: the last page is short, so the poll knows it is the last. */
const BACKLOG = 10_240
/** Events that arrive between the crashes. */
const ARRIVALS = 25

let fake: TestFake
let layer: PagingLayer
let target: StoreTarget | undefined
let server: ServerProcess | undefined
let loud: () => void

beforeAll(() => {
  loud = quietLargeAnswerWarnings()
})
afterAll(() => loud())

beforeEach(async () => {
  fake = await startTestFake()
  // Spread over the last half hour, well inside the default retention of 168 hours.
  const start = Date.now() - 30 * 60_000
  addEventsInBulk(
    fake,
    Array.from({ length: BACKLOG }, (_, index) => start + index * 100),
  )
  layer = await startPagingLayer({ target: fake.url, defaultLimit: PAGE })
})

afterEach(async () => {
  await server?.kill()
  server = undefined
  await layer.close()
  await fake.close()
  await target?.drop()
  target = undefined
})

/** How many events each /events/list answer since call number `mark` carried. */
function pagesSince(mark: number): number[] {
  return layer.calls
    .slice(mark)
    .filter((call) => call.path === '/events/list' && call.returned > 0)
    .map((call) => call.returned)
}

/** Starts the server, waits until `killWhen` holds for the pages of this run, then kills it. */
async function startAndKill(
  store: StoreTarget,
  killWhen: (pages: number[]) => boolean,
  what: string,
): Promise<void> {
  const mark = layer.calls.length
  server = await runServerProcess(serverEnvironment(store, layer.url))
  await waitFor(() => pagesSince(mark), killWhen, what, 20_000)
  await server.kill()
  server = undefined
}

function addArrivals(): void {
  addEventsInBulk(fake, arrivingNow(ARRIVALS))
}

/** PostgreSQL: a statement inserting into events is running on the server's connection now. */
async function insertRunning(store: StoreTarget): Promise<boolean> {
  return anotherSessionIs(store, `state = 'active' and query ilike '%insert into events%'`)
}

describe.each(ENGINES)('a store on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'loses nothing and stores nothing twice when killed after page 1, half-way, and inside a page’s write',
    async () => {
      const store = await makeStoreTarget(engine)
      target = store
      const pageCount = Math.ceil(fake.eventIds().length / PAGE)

      await startAndKill(store, (pages) => pages.length >= 1, 'the first page')
      addArrivals()
      await startAndKill(store, (pages) => pages.length >= pageCount / 2, 'half of the pages')
      addArrivals()

      // Pages are written one transaction each while the next is read, and the cursor only with
      // the last one: a kill inside a page's write must leave that page out, whole.
      const mark = layer.calls.length
      if (engine === 'postgres') {
        // Deterministic: another session holds the table, so a page's INSERT waits, in flight.
        await store.session(async (query) => {
          await query('begin')
          await query('lock table events in exclusive mode')
          server = await runServerProcess(serverEnvironment(store, layer.url))
          await waitFor(() => insertRunning(store), Boolean, 'a page being written', 20_000)
          await server.kill()
          server = undefined
          await query('rollback')
        })
      } else {
        // PGlite runs in the server's own thread: kill it while it reads and writes pages, at
        // a moment that varies with the machine; whatever it hit, the next start must repair it.
        await startAndKill(store, (pages) => pages.length >= (pageCount * 3) / 4, 'most pages')
      }
      const progress = await store.query<{ key: string }>(
        "select key from meta where key = 'events_cursor'",
      )
      expect(progress, 'no killed poll may store a cursor').toEqual([])
      expect(pagesSince(mark).length).toBeGreaterThan(0)
      addArrivals()

      server = await runServerProcess(serverEnvironment(store, layer.url))
      const last = server
      const expected = fake.eventIds()
      await waitFor(
        () => readHealth(last.url),
        (health) => health.event_count >= expected.length,
        'the restarted server to catch up',
        20_000,
      )
      expect(setDifference(await servedIds(last.url), expected)).toEqual(SAME_SET)
      await last.stop()
      server = undefined
      expect(setDifference(await storedIds(store), expected)).toEqual(SAME_SET)
    },
    120_000,
  )
})
