// Events and the poller's cursor in the database: one transaction per poll, retention in batches.
import { sql } from 'drizzle-orm'
import type { PollProgress } from '../poller/event-poller'
import type { PreparedEvent } from '../poller/prepare-event'
import type { StoreDb } from './open-database'
import { queryRows } from './query-rows'

/** An event as the in-memory read model keeps it: its ingestion number and its served JSON. */
export interface StoredEventRow {
  seq: number
  id: string
  createdAt: number
  json: string
}

const CURSOR_KEY = 'events_cursor'
const EPOCH_KEY = 'events_epoch'
const LONGEST_PAGE_KEY = 'events_longest_page_served'
/** Rows per INSERT … SELECT FROM unnest: large enough to be fast, small enough to stay light. */
const INSERT_BATCH = 5_000

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/**
 * Writes what a poll brought, in one transaction: the events (already known ids are ignored)
 * and, when the poll read to its last page, its progress. Answers the rows it inserted, in order.
 */
export async function writePoll(
  db: StoreDb,
  fresh: readonly PreparedEvent[],
  progress: PollProgress | null,
): Promise<StoredEventRow[]> {
  return db.transaction(async (tx) => {
    const inserted: StoredEventRow[] = []
    for (let start = 0; start < fresh.length; start += INSERT_BATCH) {
      const batch = fresh.slice(start, start + INSERT_BATCH)
      const rows = queryRows<{ seq: string | number; event_id: string }>(
        await tx.execute(sql`
          insert into events (event_id, created_at, occurred_at, event_type, device_id,
                              connected_account_id, parse_status, sort_at, category, severity,
                              search_text, payload)
          select * from unnest(
            ${sql.param(batch.map((event) => event.id))}::text[],
            ${sql.param(batch.map((event) => iso(event.createdAt)))}::timestamptz[],
            ${sql.param(batch.map((event) => iso(event.occurredAt)))}::timestamptz[],
            ${sql.param(batch.map((event) => event.type))}::text[],
            ${sql.param(batch.map((event) => event.deviceId))}::text[],
            ${sql.param(batch.map((event) => event.connectedAccountId))}::text[],
            ${sql.param(batch.map((event) => event.status))}::text[],
            ${sql.param(batch.map((event) => iso(event.explorer.sortAt)))}::timestamptz[],
            ${sql.param(batch.map((event) => event.explorer.category))}::text[],
            ${sql.param(batch.map((event) => event.explorer.severity))}::text[],
            ${sql.param(batch.map((event) => event.explorer.searchText))}::text[],
            ${sql.param(batch.map((event) => event.json))}::jsonb[])
          on conflict (event_id) do nothing
          returning seq, event_id`),
      )
      const byId = new Map(batch.map((event) => [event.id, event]))
      for (const row of rows) {
        const event = byId.get(row.event_id)!
        inserted.push({
          seq: Number(row.seq),
          id: event.id,
          createdAt: event.createdAt,
          json: event.json,
        })
      }
    }
    if (progress !== null) {
      if (progress.cursor !== null) await setMeta(tx, CURSOR_KEY, String(progress.cursor))
      await setMeta(tx, LONGEST_PAGE_KEY, String(progress.longestPageServed))
    }
    return inserted.sort((a, b) => a.seq - b.seq)
  })
}

/**
 * What the last whole poll left: the newest created_at up to which every event has been read
 * (null before the first whole poll) and the longest page Seam had served.
 */
export async function readPollProgress(db: StoreDb): Promise<PollProgress> {
  const cursor = await getMeta(db, CURSOR_KEY)
  const longest = Number(await getMeta(db, LONGEST_PAGE_KEY))
  return {
    cursor: cursor === undefined ? null : Number(cursor),
    longestPageServed: Number.isSafeInteger(longest) && longest > 0 ? longest : 0,
  }
}

/**
 * The store's epoch: part of every browser cursor, kept across restarts so a browser's cursor
 * still means the same events after the proxy restarts. Made once.
 */
export async function readOrMakeEpoch(db: StoreDb, make: () => string): Promise<string> {
  const existing = await getMeta(db, EPOCH_KEY)
  if (existing !== undefined) return existing
  const epoch = make()
  await setMeta(db, EPOCH_KEY, epoch)
  return epoch
}

/** Every retained event in ingestion order, as served (for the read model at start). */
export async function loadEvents(db: StoreDb): Promise<StoredEventRow[]> {
  const rows = queryRows<{
    seq: string | number
    event_id: string
    created_ms: string | number
    json: string
  }>(
    await db.execute(
      sql`select seq, event_id, (extract(epoch from created_at) * 1000)::bigint as created_ms,
                 payload::text as json
          from events order by seq`,
    ),
  )
  return rows.map((row) => ({
    seq: Number(row.seq),
    id: row.event_id,
    createdAt: Number(row.created_ms),
    json: row.json,
  }))
}

export async function countEvents(db: StoreDb): Promise<number> {
  const rows = queryRows<{ count: string | number }>(
    await db.execute(sql`select count(*) as count from events`),
  )
  return Number(rows[0]?.count ?? 0)
}

/**
 * Deletes events older than `oldestKept` and, past `maxEvents`, the oldest ones, `batch` rows per
 * transaction so a large sweep never holds a long lock or one huge transaction. Returns how many.
 */
export async function sweepEvents(
  db: StoreDb,
  oldestKept: number,
  maxEvents: number,
  batch = 5_000,
): Promise<number> {
  let deleted = 0
  for (;;) {
    const rows = queryRows<{ seq: string }>(
      await db.execute(sql`
        delete from events where seq in (
          select seq from events where created_at < ${iso(oldestKept)}::timestamptz limit ${batch})
        returning seq`),
    )
    deleted += rows.length
    if (rows.length < batch) break
  }
  for (;;) {
    const excess = (await countEvents(db)) - maxEvents
    if (excess <= 0) break
    const rows = queryRows<{ seq: string }>(
      await db.execute(sql`
        delete from events where seq in (
          select seq from events order by created_at, seq limit ${Math.min(excess, batch)})
        returning seq`),
    )
    deleted += rows.length
    if (rows.length === 0) break
  }
  return deleted
}

type Executor = Pick<StoreDb, 'execute'>

async function getMeta(db: Executor, key: string): Promise<string | undefined> {
  const rows = queryRows<{ value: string }>(
    await db.execute(sql`select value from meta where key = ${key}`),
  )
  return rows[0]?.value
}

async function setMeta(db: Executor, key: string, value: string): Promise<void> {
  await db.execute(sql`
    insert into meta (key, value, updated_at) values (${key}, ${value}, now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`)
}
