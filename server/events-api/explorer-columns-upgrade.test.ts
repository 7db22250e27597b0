// A store written before the explorer's columns existed: migration 0001 and the fill at start give
// its rows exactly what ingest gives new ones, on both engines.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { compareNewestFirst } from '../../src/domain/events/newest-first'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import { prepareEvent, type PreparedEvent } from '../poller/prepare-event'
import {
  MIGRATIONS_FOLDER,
  openDatabase,
  type Database,
  type StoreDb,
  type StoreEngine,
} from '../store/open-database'
import { queryRows } from '../store/query-rows'
import { storeEngines, TEST_DATABASE_URL } from '../testing/test-database'
import type { EventPagePosition } from './event-cursor'
import { NO_EVENT_FILTER, readEventPage } from './event-page-query'
import { fillExplorerColumns } from './fill-explorer-columns'

const T0 = Date.parse('2026-12-01T12:00:00Z')
const ENGINES = await storeEngines()
const MIGRATIONS_TABLE = '__drizzle_migrations'

function events(): PreparedEvent[] {
  const raws: Record<string, unknown>[] = [
    { event_type: 'device.low_battery', battery_level: 0.05 },
    { event_type: 'device.low_battery', battery_level: 0.5 },
    { event_type: 'device.disconnected' },
    { event_type: 'lock.unlocked', method: 'keycode' },
    { event_type: 'something.seam.added' },
    { event_type: 'lock.locked', occurred_at: 'not a time', created_at: 'nor this' },
  ]
  return raws.map((raw, index) =>
    prepareEvent(
      {
        event_id: `event_${index}`,
        workspace_id: 'ws',
        device_id: `device_${index % 2}`,
        created_at: new Date(T0 - (index % 3) * 1_000).toISOString(),
        occurred_at: new Date(T0 - (index % 3) * 1_000 - 300).toISOString(),
        ...raw,
      },
      T0,
    ),
  )
}

/** Only the first migration: the schema as the version before the explorer left it. */
function initialMigrationsFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'doorboard-migrations-'))
  mkdirSync(path.join(folder, 'meta'))
  cpSync(path.join(MIGRATIONS_FOLDER, '0000_initial.sql'), path.join(folder, '0000_initial.sql'))
  cpSync(
    path.join(MIGRATIONS_FOLDER, 'meta', '0000_snapshot.json'),
    path.join(folder, 'meta', '0000_snapshot.json'),
  )
  writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'postgresql',
      entries: [
        { idx: 0, version: '7', when: 1796325493146, tag: '0000_initial', breakpoints: true },
      ],
    }),
  )
  return folder
}

/** What the version before wrote for a poll: the columns it had. */
async function writeAsBefore(db: StoreDb, list: readonly PreparedEvent[]): Promise<void> {
  for (const event of list) {
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
    await db.execute(sql`
      insert into events (event_id, created_at, occurred_at, event_type, device_id,
                          connected_account_id, parse_status, payload)
      values (${event.id}, ${iso(event.createdAt)}::timestamptz, ${iso(event.occurredAt)}::timestamptz,
              ${event.type}, ${event.deviceId}, ${event.connectedAccountId}, ${event.status},
              ${event.json}::jsonb)`)
  }
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A store of `engine` holding `list` as the version before stored it, then opened by this one. */
async function upgradedStore(engine: StoreEngine, list: readonly PreparedEvent[]) {
  const migrations = initialMigrationsFolder()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'doorboard-upgrade-'))
  cleanups.push(() => {
    rmSync(migrations, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
    return Promise.resolve()
  })
  let database: Database
  if (engine === 'pglite') {
    const client = await PGlite.create(path.join(dataDir, 'pglite'))
    const db = drizzlePglite(client)
    await migratePglite(db, { migrationsFolder: migrations, migrationsTable: MIGRATIONS_TABLE })
    await writeAsBefore(db as unknown as StoreDb, list)
    await client.close()
    database = await openDatabase({ dataDir })
  } else {
    const schemaName = `upgrade_${randomBytes(6).toString('hex')}`
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path=${schemaName}`,
    })
    await pool.query(`create schema "${schemaName}"`)
    const db = drizzlePostgres(pool)
    await migratePostgres(db, {
      migrationsFolder: migrations,
      migrationsTable: MIGRATIONS_TABLE,
      migrationsSchema: schemaName,
    })
    await writeAsBefore(db as unknown as StoreDb, list)
    await pool.end()
    database = await openDatabase({ databaseUrl: TEST_DATABASE_URL, dataDir, schemaName })
    cleanups.push(async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
      await admin.connect()
      await admin.query(`drop schema "${schemaName}" cascade`)
      await admin.end()
    })
  }
  cleanups.push(() => database.close())
  return database
}

describe.each(ENGINES)('upgrading a store on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'gives old rows the order time, category, severity and search text ingest gives',
    async () => {
      const list = events()
      const database = await upgradedStore(engine, list)
      const columns = sql`select event_id, (extract(epoch from sort_at) * 1000)::bigint as sort_ms,
                                 category, severity, search_text
                          from events order by event_id`
      // The migration's own backfill: the order time; the rest waits for the fill.
      const migrated = queryRows<{ sort_ms: string | number; category: string | null }>(
        await database.db.execute(columns),
      )
      expect(migrated.map((row) => Number(row.sort_ms))).toEqual(
        list.map((event) => event.explorer.sortAt),
      )
      expect(migrated.map((row) => row.category)).toEqual(list.map(() => null))
      expect(await fillExplorerColumns(database.db)).toBe(list.length)
      expect(
        queryRows<{ sort_ms: string | number }>(await database.db.execute(columns)).map((row) => ({
          ...row,
          sort_ms: Number(row.sort_ms),
        })),
      ).toEqual(
        list.map((event) => ({
          event_id: event.id,
          sort_ms: event.explorer.sortAt,
          category: event.explorer.category,
          severity: event.explorer.severity,
          search_text: event.explorer.searchText,
        })),
      )
      // The unreadable time sorts last, as in the SPA; the explorer reads the old rows in order.
      expect(list.at(-1)!.explorer.sortAt).toBe(0)
      const ids: string[] = []
      let before: EventPagePosition | null = null
      do {
        const page = await readEventPage(database.db, NO_EVENT_FILTER, before, 4)
        ids.push(...page.events.map((json) => parseSeamEvent(JSON.parse(json)).id))
        before = page.next
      } while (before !== null)
      expect(ids).toEqual(
        list
          .map((event) => parseSeamEvent(JSON.parse(event.json)))
          .sort(compareNewestFirst)
          .map((event) => event.id),
      )
    },
  )
})
