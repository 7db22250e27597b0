// DATABASE_URL=…?options=-c search_path=NAME keeps a Doorboard's tables in schema NAME: two
// Doorboards in two schemas of one PostgreSQL database each get, and keep, their own tables.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { runServerProcess, type ServerProcess } from './testing/run-server-process'
import { FAKE_API_KEY } from './testing/start-test-fake'
import { storeEngines, TEST_DATABASE_URL } from './testing/test-database'

const ENGINES = await storeEngines()
const postgres = ENGINES.find((engine) => engine.engine === 'postgres')!

const database = `doorboard_test_${process.pid}_${randomBytes(4).toString('hex')}`
let server: ServerProcess | undefined

async function run(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

afterEach(async () => {
  await server?.kill()
  server = undefined
  await run(TEST_DATABASE_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
})

describe('two Doorboards sharing one PostgreSQL database', () => {
  it.skipIf(postgres.skip !== undefined)(
    'each start with its own schema through search_path in DATABASE_URL',
    async () => {
      // A database of its own, so whatever the starts create is dropped with it.
      await run(TEST_DATABASE_URL, `CREATE DATABASE "${database}"`)
      const url = new URL(TEST_DATABASE_URL)
      url.pathname = `/${database}`
      for (const schema of ['first', 'second']) {
        await run(url.toString(), `CREATE SCHEMA ${schema}`)
        server = await runServerProcess({
          SEAM_API_KEY: FAKE_API_KEY,
          SEAM_ENDPOINT: 'http://127.0.0.1:9',
          LOG_LEVEL: 'warn',
          DATABASE_URL: `${url.toString()}?options=-c%20search_path%3D${schema}`,
        })
        const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
          database: string
        }
        expect(health.database).toBe('postgres')
        await server.stop()
        server = undefined
      }
      const tables = await run(
        url.toString(),
        `select table_schema, count(*)::int as tables from information_schema.tables
         where table_name in ('events', 'meta', 'inventory', 'alert_acknowledgements',
                              'alert_snoozes', 'alert_history')
         group by table_schema order by table_schema`,
      )
      expect(tables.rows).toEqual([
        { table_schema: 'first', tables: 6 },
        { table_schema: 'second', tables: 6 },
      ])
    },
    60_000,
  )
})
