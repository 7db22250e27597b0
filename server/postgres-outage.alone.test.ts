// The machine's PostgreSQL stops while events arrive and comes back: health names the database
// problem, ingest resumes, nothing is lost. It stops the server every other PostgreSQL test uses,
// so vitest.config.ts leaves it out and `npm run test:alone` runs it after the others.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from './testing/seam-like-paging'
import { runServerProcess, type ServerProcess } from './testing/run-server-process'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { postgresProblem, TEST_DATABASE_URL } from './testing/test-database'
import { waitFor } from './testing/wait-for'
import {
  addEventsInBulk,
  makeStoreTarget,
  readHealth,
  SAME_SET,
  serverEnvironment,
  servedIds,
  setDifference,
  type StoreTarget,
  storedIds,
  arrivingNow,
} from './testing/store-target'

/** Why this machine's PostgreSQL cannot be stopped and started here; undefined when it can. */
async function clusterProblem(): Promise<string | undefined> {
  const problem = await postgresProblem()
  if (problem !== undefined) return problem
  const url = new URL(TEST_DATABASE_URL)
  if (!['127.0.0.1', 'localhost'].includes(url.hostname) || (url.port || '5432') !== '5432') {
    return `TEST_DATABASE_URL is not the local cluster at 127.0.0.1:5432`
  }
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/pg_ctlcluster')) {
    return 'stopping the local cluster needs root and pg_ctlcluster'
  }
  return undefined
}

const problem = await clusterProblem()
if (problem !== undefined) {
  if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    throw new Error(`${problem}. CI must run the PostgreSQL outage test.`)
  }
  console.error(`\n!!! SKIPPING the PostgreSQL outage test: ${problem}. !!!\n`)
}

function cluster(action: 'stop' | 'start'): void {
  const version = readdirSync('/etc/postgresql')[0]!
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], {
    stdio: 'ignore',
  })
}

async function clusterAnswers(): Promise<boolean> {
  return (await postgresProblem()) === undefined
}

let fake: TestFake | undefined
let layer: PagingLayer | undefined
let target: StoreTarget | undefined
let server: ServerProcess | undefined

afterEach(async () => {
  await server?.kill()
  server = undefined
  await layer?.close()
  await fake?.close()
  await target?.drop()
  layer = undefined
  fake = undefined
  target = undefined
})

describe.skipIf(problem !== undefined)('a PostgreSQL store whose server goes away', () => {
  it('says so in health, keeps what it has, and stores everything once the server is back', async () => {
    fake = await startTestFake()
    layer = await startPagingLayer({ target: fake.url })
    const store = await makeStoreTarget('postgres')
    target = store
    server = await runServerProcess(serverEnvironment(store, layer.url))
    const running = server
    const before = fake.eventIds()
    await waitFor(
      () => readHealth(running.url),
      (health) => health.status === 'ok' && health.event_count === before.length,
      'the first poll',
    )

    const location = `PostgreSQL at 127.0.0.1:5432${new URL(store.databaseUrl!).pathname}`
    try {
      cluster('stop')
      addEventsInBulk(fake, arrivingNow(40))
      const down = await waitFor(
        () => readHealth(running.url),
        (health) => health.last_error !== null,
        'health to report the database',
      )
      expect(down.status).not.toBe('ok')
      // Refused outright, or cut off as the server shut down, depending on the moment.
      expect(down.last_error).toMatch(
        new RegExp(
          `^Cannot write events to the database at ${location}: (nothing is listening at that address \\(connection refused\\)|the server closed the connection \\(it may be restarting\\))\\. Nothing is lost`,
        ),
      )
      // Shown only once written: nothing new is served while the database is away.
      expect(setDifference(await servedIds(running.url), before)).toEqual(SAME_SET)
      addEventsInBulk(
        fake,
        Array.from({ length: 40 }, (_, index) => Date.now() - 500 + index),
      )
    } finally {
      try {
        cluster('start')
      } catch {
        // Already running (it never stopped): the wait below says whether it answers.
      }
      await waitFor(clusterAnswers, Boolean, 'PostgreSQL to answer again', 20_000)
    }

    const after = fake.eventIds()
    await waitFor(
      () => readHealth(running.url),
      (health) => health.status === 'ok' && health.event_count === after.length,
      'ingest to resume',
      20_000,
    )
    expect(setDifference(await servedIds(running.url), after)).toEqual(SAME_SET)
    expect(setDifference(await storedIds(store), after)).toEqual(SAME_SET)
  }, 60_000)
})
