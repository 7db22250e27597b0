// The store's hottest reads use their indexes, on both engines (EXPLAIN on a table of real size).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { prepareEvent } from '../poller/prepare-event'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import { writePoll } from './event-rows'
import {
  eventPageQuery,
  NO_EVENT_FILTER,
  type EventPageFilter,
} from '../events-api/event-page-query'
import { queryRows } from './query-rows'

const T0 = Date.parse('2026-12-01T12:00:00Z')
const ENGINES = await storeEngines()

/** 20,000 events over 500 devices and 50 accounts, one every 10 s back from T0 (about 2 days). */
function fleetEvents() {
  return Array.from({ length: 20_000 }, (_, index) =>
    prepareEvent(
      {
        event_id: `event_${index}`,
        // Noise is rare (one in 200): a page of it is worth an index of its own.
        event_type:
          index % 200 === 1
            ? 'noise_sensor.noise_threshold_triggered'
            : index % 3 === 0
              ? 'lock.unlocked'
              : 'device.connected',
        workspace_id: 'ws',
        device_id: `device_${index % 500}`,
        connected_account_id: `account_${index % 50}`,
        created_at: new Date(T0 - index * 10_000).toISOString(),
      },
      T0,
    ),
  )
}

/** The plan of the explorer's page query for `filter`, after a cursor half-way back. */
function planOfPage(database: TestDatabase, filter: Partial<EventPageFilter>): Promise<string> {
  const halfWay = { sortAt: T0 - 10_000 * 10_000, eventId: 'event_10000' }
  return plan(database, eventPageQuery({ ...NO_EVENT_FILTER, ...filter }, halfWay, 100))
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

  // The explorer's hottest reads (server/events-api/event-page-query.ts): a page of everything,
  // one device's page, one type's and one category's page, each newest first after a cursor.
  it.skipIf(skip !== undefined)('the newest page of every event walks the sort index', async () => {
    expect(await planOfPage(database, {})).toMatch(/Index Scan Backward using events_sort on/)
  })

  it.skipIf(skip !== undefined)('one device’s page uses the device index', async () => {
    // 20 rows after the cursor: a bitmap of them and a sort is the cheaper use of the index.
    expect(await planOfPage(database, { deviceIds: ['device_7'] })).toMatch(/events_device_sort/)
  })

  it.skipIf(skip !== undefined)('one type’s page uses the type index', async () => {
    expect(await planOfPage(database, { types: ['lock.unlocked'] })).toMatch(
      /Index Scan Backward using events_(type_)?sort on/,
    )
    expect(
      await planOfPage(database, { types: ['noise_sensor.noise_threshold_triggered'] }),
    ).toMatch(/events_type_sort/)
  })

  it.skipIf(skip !== undefined)('a rare category’s page uses the category index', async () => {
    expect(await planOfPage(database, { categories: ['noise'] })).toMatch(/events_category_sort/)
  })

  it.skipIf(skip !== undefined)('a poll’s known ids are found by the unique index', async () => {
    expect(await plan(database, sql`select seq from events where event_id = 'event_123'`)).toMatch(
      /Index Scan .* events_event_id_unique/,
    )
  })
})
