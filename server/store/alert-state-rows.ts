// Acknowledgements and snoozes in the database: load them, write a change as a diff, import once.
import { sql } from 'drizzle-orm'
import {
  acknowledgementSchema,
  snoozeSchema,
  type Acknowledgement,
  type AlertState,
  type Snooze,
} from '../alert-state/alert-state-schema'
import type { StoreDb } from './open-database'
import { queryRows } from './query-rows'

/** Set once the alert state file has been looked at (imported, absent or set aside). */
export const ALERT_STATE_IMPORTED_KEY = 'alert_state_imported'

type Executor = Pick<StoreDb, 'execute'>

const iso = (ms: number | string) =>
  new Date(typeof ms === 'string' ? Date.parse(ms) : ms).toISOString()

export interface LoadedAlertState {
  readonly state: AlertState
  /** Rows that do not pass the API's own checks (edited by hand?): left out, in words. */
  readonly skipped: readonly string[]
}

/** Every acknowledgement and snooze, oldest first. */
export async function loadAlertStateRows(db: Executor): Promise<LoadedAlertState> {
  const skipped: string[] = []
  const ackRows = queryRows<{ alert_id: string; by: string; note: string | null; at_ms: string }>(
    await db.execute(sql`
      select alert_id, by, note, (extract(epoch from at) * 1000)::bigint as at_ms
      from alert_acknowledgements order by at, alert_id`),
  )
  const snoozeRows = queryRows<{
    alert_id: string
    by: string
    hours: number
    at_ms: string
    until_ms: string
  }>(
    await db.execute(sql`
      select alert_id, by, hours, (extract(epoch from at) * 1000)::bigint as at_ms,
             (extract(epoch from until) * 1000)::bigint as until_ms
      from alert_snoozes order by at, alert_id`),
  )
  const acknowledgements: Acknowledgement[] = []
  for (const row of ackRows) {
    const parsed = acknowledgementSchema.safeParse({
      alert_id: row.alert_id,
      by: row.by,
      note: row.note ?? '',
      at: iso(Number(row.at_ms)),
    })
    if (parsed.success) acknowledgements.push(parsed.data)
    else skipped.push(`acknowledgement of ${JSON.stringify(row.alert_id)}`)
  }
  const snoozes: Snooze[] = []
  for (const row of snoozeRows) {
    const parsed = snoozeSchema.safeParse({
      alert_id: row.alert_id,
      by: row.by,
      hours: row.hours,
      at: iso(Number(row.at_ms)),
      until: iso(Number(row.until_ms)),
    })
    if (parsed.success) snoozes.push(parsed.data)
    else skipped.push(`snooze of ${JSON.stringify(row.alert_id)}`)
  }
  return { state: { acknowledgements, snoozes }, skipped }
}

interface Diff<T> {
  removed: string[]
  upserted: T[]
}

function diffById<T extends { alert_id: string }>(
  before: readonly T[],
  after: readonly T[],
): Diff<T> {
  const old = new Map(before.map((entry) => [entry.alert_id, entry]))
  const kept = new Set(after.map((entry) => entry.alert_id))
  return {
    removed: before.filter((entry) => !kept.has(entry.alert_id)).map((entry) => entry.alert_id),
    upserted: after.filter((entry) => {
      const previous = old.get(entry.alert_id)
      return previous === undefined || JSON.stringify(previous) !== JSON.stringify(entry)
    }),
  }
}

/**
 * Makes the tables hold `after` where they held `before`: one change plus whatever pruning
 * dropped. Run it in the change's transaction.
 */
export async function writeAlertStateDiff(
  db: Executor,
  before: AlertState,
  after: AlertState,
): Promise<void> {
  const acks = diffById(before.acknowledgements, after.acknowledgements)
  const snoozes = diffById(before.snoozes, after.snoozes)
  if (acks.removed.length > 0) {
    await db.execute(
      sql`delete from alert_acknowledgements where alert_id = any(${sql.param(acks.removed)}::text[])`,
    )
  }
  if (snoozes.removed.length > 0) {
    await db.execute(
      sql`delete from alert_snoozes where alert_id = any(${sql.param(snoozes.removed)}::text[])`,
    )
  }
  await upsertAcknowledgements(db, acks.upserted, 'replace')
  await upsertSnoozes(db, snoozes.upserted, 'replace')
}

async function upsertAcknowledgements(
  db: Executor,
  rows: readonly Acknowledgement[],
  onConflict: 'replace' | 'keep',
): Promise<void> {
  if (rows.length === 0) return
  await db.execute(sql`
    insert into alert_acknowledgements (alert_id, by, note, at)
    select * from unnest(
      ${sql.param(rows.map((row) => row.alert_id))}::text[],
      ${sql.param(rows.map((row) => row.by))}::text[],
      ${sql.param(rows.map((row) => row.note))}::text[],
      ${sql.param(rows.map((row) => iso(row.at)))}::timestamptz[])
    on conflict (alert_id) do ${
      onConflict === 'keep'
        ? sql`nothing`
        : sql`update set by = excluded.by, note = excluded.note, at = excluded.at`
    }`)
}

async function upsertSnoozes(
  db: Executor,
  rows: readonly Snooze[],
  onConflict: 'replace' | 'keep',
): Promise<void> {
  if (rows.length === 0) return
  await db.execute(sql`
    insert into alert_snoozes (alert_id, by, hours, at, until)
    select * from unnest(
      ${sql.param(rows.map((row) => row.alert_id))}::text[],
      ${sql.param(rows.map((row) => row.by))}::text[],
      ${sql.param(rows.map((row) => row.hours))}::integer[],
      ${sql.param(rows.map((row) => iso(row.at)))}::timestamptz[],
      ${sql.param(rows.map((row) => iso(row.until)))}::timestamptz[])
    on conflict (alert_id) do ${
      onConflict === 'keep'
        ? sql`nothing`
        : sql`update set by = excluded.by, hours = excluded.hours, at = excluded.at,
                         until = excluded.until`
    }`)
}

/** Whether the alert state file has been dealt with in an earlier start. */
export async function alertStateImportDone(db: Executor): Promise<boolean> {
  const rows = queryRows<{ key: string }>(
    await db.execute(sql`select key from meta where key = ${ALERT_STATE_IMPORTED_KEY}`),
  )
  return rows.length > 0
}

/**
 * In one transaction: marks the import done (`record` says what happened) and adds `state`, which
 * never replaces what the database already holds. False when another start marked it first.
 */
export async function importAlertState(
  db: StoreDb,
  state: AlertState,
  record: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const marked = queryRows<{ key: string }>(
      await tx.execute(sql`
        insert into meta (key, value, updated_at) values (${ALERT_STATE_IMPORTED_KEY}, ${record}, now())
        on conflict (key) do nothing
        returning key`),
    )
    if (marked.length === 0) return false
    // One row per alert: a file listing an alert twice keeps its last entry, as the file meant.
    const lastById = <T extends { alert_id: string }>(entries: readonly T[]) => [
      ...new Map(entries.map((entry) => [entry.alert_id, entry])).values(),
    ]
    await upsertAcknowledgements(tx, lastById(state.acknowledgements), 'keep')
    await upsertSnoozes(tx, lastById(state.snoozes), 'keep')
    return true
  })
}
