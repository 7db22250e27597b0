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
    'loses nothing and stores nothing twice when killed after page 1, half-way, and inside the write',
    async () => {
      const store = await makeStoreTarget(engine)
      target = store
      const pageCount = Math.ceil(fake.eventIds().length / PAGE)

      await startAndKill(store, (pages) => pages.length >= 1, 'the first page')
      addArrivals()
      await startAndKill(store, (pages) => pages.length >= pageCount / 2, 'half of the pages')
      addArrivals()

      // The poll writes everything it read in one transaction after its last (short) page.
      const mark = layer.calls.length
      server = await runServerProcess(serverEnvironment(store, layer.url))
      const running = server
      await waitFor(
        () => pagesSince(mark),
        (pages) => pages.some((returned) => returned < PAGE),
        'the last page',
        20_000,
      )
      if (engine === 'postgres') {
        // Seen on the server itself: the INSERT of the poll's rows is executing when we kill.
        await waitFor(() => insertRunning(store), Boolean, 'the insert of the poll', 5_000)
      } else {
        // PGlite keeps the transaction's WAL in memory until commit, so no file shows the write
        // under way; but PGlite runs in the server's own thread, which answers nothing until the
        // transaction ends (writing 10,000 rows takes most of a second here; parsing the last
        // page, milliseconds). A health request left unanswered when the kill comes, and a store
        // that holds none of the poll's rows afterwards: the kill landed inside the transaction.
        let answered = false
        void fetch(`${running.url}/api/health`).then(
          () => (answered = true),
          () => undefined,
        )
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(answered, 'the server was not busy writing').toBe(false)
      }
      await running.kill()
      server = undefined
      const committed = await store.query<{ count: string | number }>(
        'select count(*) as count from events',
      )
      expect(Number(committed[0]?.count), 'the kill came after the commit').toBe(0)
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
