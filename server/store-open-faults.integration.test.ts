// Starts that must stop with a message: a database from a newer Doorboard (both engines), and a
// DATABASE_URL that reaches no database.
import { createServer } from 'node:net'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './store/open-database'
import { runServerToExit } from './testing/run-server-process'
import { FAKE_API_KEY } from './testing/start-test-fake'
import { storeEngines, TEST_DATABASE_URL } from './testing/test-database'
import { makeStoreTarget, type StoreTarget } from './testing/store-target'

const ENGINES = await storeEngines()

/** Nothing answers here: the server is never contacted, the start stops before. */
const START = { SEAM_API_KEY: FAKE_API_KEY, SEAM_ENDPOINT: 'http://127.0.0.1:9', LOG_LEVEL: 'warn' }
/** 2100-01-01: a schema no Doorboard of today knows. */
const FAR_FUTURE_MS = 4_102_444_800_000

let target: StoreTarget | undefined

afterEach(async () => {
  await target?.drop()
  target = undefined
})

/** A port on 127.0.0.1 that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe.each(ENGINES)('a store on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'from a newer Doorboard stops the start with exit 1, naming where it is',
    async () => {
      const store = await makeStoreTarget(engine)
      target = store
      if (store.databaseUrl !== undefined) {
        // A database this version has migrated, as a newer one would have found it.
        await (
          await openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir })
        ).close()
      }
      const marked = await store.session(async (query) => {
        // Wherever the migrations table lives (the `drizzle` schema, or the store's own).
        const [table] = await query<{ table_schema: string }>(
          `select table_schema from information_schema.tables
           where table_name = '__drizzle_migrations'`,
        )
        const journal = `"${table!.table_schema}".__drizzle_migrations`
        await query(
          `insert into ${journal} (hash, created_at) values ('from-a-newer-doorboard', ${FAR_FUTURE_MS})`,
        )
        return journal
      })

      const finished = await runServerToExit({ ...START, ...store.environment })
      expect(finished.code, finished.output).toBe(1)
      const location =
        engine === 'pglite'
          ? `${store.dataDir}/pglite`
          : `PostgreSQL at 127.0.0.1:5432${new URL(store.databaseUrl!).pathname}`
      expect(finished.output).toContain(
        `Doorboard cannot start: The database at ${location} was written by a newer Doorboard (schema of 2100-01-01T00:00:00.000Z;`,
      )
      expect(finished.output).toContain(
        `Start the newer Doorboard, or point ${engine === 'pglite' ? 'DATA_DIR' : 'DATABASE_URL'} at another database.`,
      )
      expect(finished.output).not.toContain('Doorboard is running')
      // Refused before migrating anything: the newer journal is as it was.
      const journal = await store.query<{ hash: string }>(
        `select hash from ${marked} order by created_at desc limit 1`,
      )
      expect(journal[0]?.hash).toBe('from-a-newer-doorboard')
    },
    60_000,
  )

  it.skipIf(skip !== undefined)(
    'that fails while the start reads it stops the start with the reason, not a stack trace',
    async () => {
      const store = await makeStoreTarget(engine)
      target = store
      // A migrated store that has lost a table the start reads.
      await (
        await openDatabase({
          ...(store.databaseUrl === undefined ? {} : { databaseUrl: store.databaseUrl }),
          dataDir: store.dataDir,
        })
      ).close()
      await store.query('drop table meta')
      const finished = await runServerToExit({ ...START, ...store.environment })
      expect(finished.code, finished.output).toBe(1)
      expect(finished.output).toMatch(
        /Doorboard cannot start: Cannot read what the database at .+ keeps: PostgreSQL error 42P01: relation "meta" does not exist\./,
      )
      expect(finished.output).not.toMatch(/DrizzleQueryError|at async/)
    },
    60_000,
  )
})

describe('a DATABASE_URL that reaches no database', () => {
  it('stops the start with exit 1, naming the server and DATABASE_URL, never the password', async () => {
    const port = await closedPort()
    const closed = runServerToExit({
      ...START,
      DATABASE_URL: `postgres://doorboard:hunter2-secret@127.0.0.1:${port}/doorboard`,
    })
    const missing = `doorboard_missing_${randomBytes(4).toString('hex')}`
    const missingUrl = new URL(TEST_DATABASE_URL)
    missingUrl.pathname = `/${missing}`
    // On the machine's PostgreSQL (when it is there): a database that does not exist.
    const absent = ENGINES.some(
      (engine) => engine.engine === 'postgres' && engine.skip === undefined,
    )
      ? runServerToExit({ ...START, DATABASE_URL: missingUrl.toString() })
      : undefined

    const refused = await closed
    expect(refused.code, refused.output).toBe(1)
    expect(refused.output).toContain(
      `Doorboard cannot start: Cannot reach PostgreSQL at 127.0.0.1:${port}/doorboard: nothing is listening at that address (connection refused). Check DATABASE_URL, or unset it to use the embedded database.`,
    )
    expect(refused.output).not.toContain('hunter2-secret')
    expect(refused.output).not.toContain('Doorboard is running')

    if (absent !== undefined) {
      const notThere = await absent
      expect(notThere.code, notThere.output).toBe(1)
      expect(notThere.output).toContain(
        `Doorboard cannot start: Cannot reach PostgreSQL at ${missingUrl.hostname}:${missingUrl.port || '5432'}/${missing}: the database does not exist. Check DATABASE_URL`,
      )
    }
  }, 60_000)
})
