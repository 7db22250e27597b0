// The store's hottest reads use their indexes, on both engines (EXPLAIN on a table of real size).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { prepareEvent } from '../poller/prepare-event'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import { writePoll } from './event-rows'
import { queryRows } from './query-rows'

const T0 = Date.parse('2026-12-01T12:00:00Z')
const ENGINES = await storeEngines()

/** 20,000 events over 500 devices and 50 accounts, one every 10 s back from T0 (about 2 days). */
function fleetEvents() {
  return Array.from({ length: 20_000 }, (_, index) =>
    prepareEvent(
      {
        event_id: `event_${index}`,
        event_type: index % 3 === 0 ? 'lock.unlocked' : 'device.connected',
        workspace_id: 'ws',
        device_id: `device_${index % 500}`,
        connected_account_id: `account_${index % 50}`,
        created_at: new Date(T0 - index * 10_000).toISOString(),
      },
      T0,
    ),
  )
}

async function plan(database: TestDatabase, query: ReturnType<typeof sql>): Promise<string> {
  const rows = queryRows<{ 'QUERY PLAN': string }>(await database.db.execute(sql`explain ${query}`))
  return rows.map((row) => row['QUERY PLAN']).join('\n')
}

describe.each(ENGINES)('query plans on $engine', ({ engine, skip }) => {
  let database: TestDatabase
  beforeAll(async () => {
    if (skip !== undefined) return
    database = await openTestDatabase(engine)
    await writePoll(database.db, fleetEvents(), { cursor: T0, longestPageServed: 0 })
    await database.db.execute(sql`analyze events`)
  }, 120_000)
  afterAll(async () => {
    await database?.drop()
  })

  it.skipIf(skip !== undefined)('retention finds expired events by created_at', async () => {
    const cutoff = new Date(T0 - 19_900 * 10_000).toISOString()
    expect(
      await plan(
        database,
        sql`select seq from events where created_at < ${cutoff}::timestamptz limit 5000`,
      ),
    ).toMatch(/Index (Only )?Scan .* events_created_at/)
  })

  it.skipIf(skip !== undefined)(
    'one device’s events in a time range use the device index',
    async () => {
      const from = new Date(T0 - 86_400_000).toISOString()
      expect(
        await plan(
          database,
          sql`select payload from events where device_id = 'device_7' and created_at >= ${from}::timestamptz order by created_at desc`,
        ),
      ).toMatch(/Index Scan .* events_device_created|Bitmap Index Scan on events_device_created/)
    },
  )

  it.skipIf(skip !== undefined)(
    'an account’s events in a time range use the account index',
    async () => {
      const from = new Date(T0 - 86_400_000).toISOString()
      expect(
        await plan(
          database,
          sql`select payload from events where connected_account_id = 'account_3' and created_at >= ${from}::timestamptz order by created_at desc`,
        ),
      ).toMatch(/events_account_created/)
    },
  )

  it.skipIf(skip !== undefined)('a poll’s known ids are found by the unique index', async () => {
    expect(await plan(database, sql`select seq from events where event_id = 'event_123'`)).toMatch(
      /Index Scan .* events_event_id_unique/,
    )
  })
})
