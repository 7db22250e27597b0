// kill -9 while acknowledgements are being written: after the restart every acknowledgement that
// was answered 2xx is there, each with its one line in the alert history, on both engines.
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from './testing/seam-like-paging'
import { runServerProcess, type ServerProcess } from './testing/run-server-process'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { storeEngines } from './testing/test-database'
import { waitFor } from './testing/wait-for'
import {
  makeStoreTarget,
  serverEnvironment,
  type StoreTarget,
  anotherSessionIs,
} from './testing/store-target'

const ENGINES = await storeEngines()

/** Sent at once; the store writes them one after another, each in its own transaction. */
const ACKNOWLEDGEMENTS = 60

interface AlertState {
  acknowledgements: { alert_id: string; by: string; note: string }[]
}

interface AlertHistory {
  episodes: { alert_id: string; changes: { type: string; by?: string | null; note?: string }[] }[]
}

let fake: TestFake | undefined
let layer: PagingLayer | undefined
let target: StoreTarget | undefined
let server: ServerProcess | undefined
let blocker: pg.Client | undefined

afterEach(async () => {
  await blocker?.end()
  blocker = undefined
  await server?.kill()
  server = undefined
  await layer?.close()
  await fake?.close()
  await target?.drop()
  layer = undefined
  fake = undefined
  target = undefined
})

const alertId = (index: number) => `device_offline:device:august_device_1:crash_${index}`
const noteOf = (index: number) => `request ${index}`

/** One acknowledgement as a browser on this machine sends it; resolves with the status, or 0. */
async function acknowledge(url: string, index: number): Promise<number> {
  try {
    const response = await fetch(`${url}/api/alert_state/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ alert_id: alertId(index), by: 'Crash Test', note: noteOf(index) }),
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    // The connection died with the server: no answer.
    return 0
  }
}

/**
 * PostgreSQL: takes the lock every writer of the alert history takes first (alert-history-rows.ts),
 * so the next acknowledgement stops inside its transaction: its row written, its history line not.
 */
async function holdHistoryLock(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('begin')
  await client.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.alert_history'))`)
  return client
}

/** PostgreSQL: a transaction that has written (it has an xid) waits for the history lock. */
async function acknowledgementWaiting(store: StoreTarget): Promise<boolean> {
  return anotherSessionIs(store, `wait_event = 'advisory' and backend_xid is not null`)
}

describe.each(ENGINES)('a store on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'keeps every answered acknowledgement, each with one history line, after a kill mid-way',
    async () => {
      fake = await startTestFake()
      layer = await startPagingLayer({ target: fake.url })
      const store = await makeStoreTarget(engine)
      target = store
      const environment = serverEnvironment(store, layer.url)
      const first = await runServerProcess(environment)
      server = first

      const statuses = new Map<number, number>()
      const requests = Array.from({ length: ACKNOWLEDGEMENTS }, (_, index) =>
        acknowledge(first.url, index).then((status) => statuses.set(index, status)),
      )
      // Mid-way: some answered, most still queued behind the write under way.
      await waitFor(
        () => [...statuses.values()].filter((status) => status === 201).length,
        (answered) => answered >= 5,
        'the first acknowledgements to be saved',
      )
      if (engine === 'postgres') {
        blocker = await holdHistoryLock(store.databaseUrl!)
        await waitFor(() => acknowledgementWaiting(store), Boolean, 'an acknowledgement to wait')
      }
      // PGlite runs in the server's thread, out of sight; the store writes the queued
      // acknowledgements back to back, so the kill most likely lands inside one.
      await first.kill()
      server = undefined
      await blocker?.query('rollback')
      await Promise.all(requests)
      const answered = [...statuses].filter(([, status]) => status === 201).map(([index]) => index)
      const unanswered = [...statuses].filter(([, status]) => status === 0)
      // Anything but 201 or a dead connection is a failure of its own (a 503, a 400).
      expect([...statuses.values()].filter((status) => status !== 201 && status !== 0)).toEqual([])
      expect(unanswered.length, 'the kill came after every answer').toBeGreaterThan(0)

      const second = await runServerProcess(environment)
      server = second
      const state = (await (await fetch(`${second.url}/api/alert_state`)).json()) as AlertState
      const history = (await (
        await fetch(`${second.url}/api/alert_history?limit=1000`)
      ).json()) as AlertHistory

      const present = new Map(state.acknowledgements.map((ack) => [ack.alert_id, ack]))
      expect(answered.filter((index) => !present.has(alertId(index)))).toEqual([])
      // Each present acknowledgement is what its request said (none from another request).
      for (const [id, ack] of present) {
        const index = Number(id.split('_').at(-1))
        expect(ack).toMatchObject({
          alert_id: alertId(index),
          by: 'Crash Test',
          note: noteOf(index),
        })
      }
      // The acknowledgement and its history line are written in one transaction: each present
      // acknowledgement has exactly one line, and no line exists without its acknowledgement.
      const lines = new Map<string, { note?: string }[]>()
      for (const episode of history.episodes) {
        for (const change of episode.changes) {
          if (change.type !== 'acknowledged') continue
          lines.set(episode.alert_id, [...(lines.get(episode.alert_id) ?? []), change])
        }
      }
      expect([...lines.keys()].sort()).toEqual([...present.keys()].sort())
      for (const [id, ack] of present) {
        expect(lines.get(id), id).toEqual([
          expect.objectContaining({ by: 'Crash Test', note: ack.note }),
        ])
      }
      // And the restarted server writes again.
      expect(await acknowledge(second.url, ACKNOWLEDGEMENTS)).toBe(201)
    },
    60_000,
  )
})
