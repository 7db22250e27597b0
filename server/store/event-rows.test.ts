// Events and cursor in the database, on both engines.
import { sql } from 'drizzle-orm'
import { queryRows } from './query-rows'
import { afterEach, describe, expect, it } from 'vitest'
import { prepareEvent } from '../poller/prepare-event'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import {
  countEvents,
  loadEvents,
  readPollProgress,
  readOrMakeEpoch,
  sweepEvents,
  writePoll,
} from './event-rows'

const T0 = Date.parse('2026-12-01T12:00:00Z')
const ENGINES = await storeEngines()

function event(id: string, createdAt: number, extra: Record<string, unknown> = {}) {
  return prepareEvent(
    {
      event_id: id,
      event_type: 'lock.unlocked',
      workspace_id: 'ws',
      device_id: 'device_1',
      connected_account_id: 'account_1',
      created_at: new Date(createdAt).toISOString(),
      occurred_at: new Date(createdAt - 500).toISOString(),
      method: 'keycode',
      ...extra,
    },
    T0,
  )
}

describe.each(ENGINES)('event rows on $engine', ({ engine, skip }) => {
  let database: TestDatabase | undefined
  afterEach(async () => {
    await database?.drop()
    database = undefined
  })

  it.skipIf(skip !== undefined)(
    'writes a poll in one go, ignores known ids, and reads it all back',
    async () => {
      database = await openTestDatabase(engine)
      const first = await writePoll(database.db, [event('a', T0 - 2_000), event('b', T0 - 1_000)], {
        cursor: T0 - 1_000,
        longestPageServed: 500,
      })
      expect(first.map((row) => row.id)).toEqual(['a', 'b'])
      expect(await readPollProgress(database.db)).toEqual({
        cursor: T0 - 1_000,
        longestPageServed: 500,
      })
      // A re-read overlap: 'b' again, plus a new one; a poll cut short leaves the cursor alone.
      const second = await writePoll(database.db, [event('b', T0 - 1_000), event('c', T0)], null)
      expect(second.map((row) => row.id)).toEqual(['c'])
      expect(second[0]!.seq).toBeGreaterThan(first[1]!.seq)
      expect(await readPollProgress(database.db)).toEqual({
        cursor: T0 - 1_000,
        longestPageServed: 500,
      })

      const loaded = await loadEvents(database.db)
      expect(loaded.map((row) => [row.id, row.createdAt])).toEqual([
        ['a', T0 - 2_000],
        ['b', T0 - 1_000],
        ['c', T0],
      ])
      expect(JSON.parse(loaded[0]!.json)).toEqual(JSON.parse(first[0]!.json))
    },
  )

  it.skipIf(skip !== undefined || engine !== 'pglite')(
    'keeps the embedded write-ahead log small (checkpoints every 64 MB, not 1 GB)',
    async () => {
      database = await openTestDatabase(engine)
      const rows = queryRows<{ max_wal_size: string }>(
        await database.db.execute(sql`show max_wal_size`),
      )
      expect(rows[0]?.max_wal_size).toBe('64MB')
    },
  )

  it.skipIf(skip !== undefined)('keeps its epoch across a reopen, and the events', async () => {
    database = await openTestDatabase(engine)
    const epoch = await readOrMakeEpoch(database.db, () => 'epoch-1')
    expect(await readOrMakeEpoch(database.db, () => 'epoch-2')).toBe(epoch)
    expect(await readPollProgress(database.db)).toEqual({ cursor: null, longestPageServed: 0 })
    await writePoll(database.db, [event('a', T0)], { cursor: T0, longestPageServed: 120 })
    await database.close()
    database = await database.reopen()
    expect(await readOrMakeEpoch(database.db, () => 'epoch-3')).toBe('epoch-1')
    expect((await loadEvents(database.db)).map((row) => row.id)).toEqual(['a'])
    expect(await readPollProgress(database.db)).toEqual({ cursor: T0, longestPageServed: 120 })
  })

  it.skipIf(skip !== undefined)(
    'sweeps expired events and the oldest past the cap, in batches',
    async () => {
      database = await openTestDatabase(engine)
      const all = Array.from({ length: 25 }, (_, index) => event(`e${index}`, T0 + index * 1_000))
      await writePoll(database.db, all, null)
      // Ten are older than T0 + 10 s; then the cap of 12 removes the three oldest left.
      expect(await sweepEvents(database.db, T0 + 10_000, 12, 4)).toBe(13)
      expect((await loadEvents(database.db)).map((row) => row.id)).toEqual(
        Array.from({ length: 12 }, (_, index) => `e${index + 13}`),
      )
      expect(await countEvents(database.db)).toBe(12)
    },
  )
})
