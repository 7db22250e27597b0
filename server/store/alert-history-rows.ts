// Alert history in the database: one row per alert episode, from opening to resolution.
import { sql, type SQL } from 'drizzle-orm'
import { ALERT_RULES } from '../../src/domain/alerts/alert'
import type { StoreDb } from './open-database'
import { queryRows } from './query-rows'

/** An alert that is open now, as the engine derived it. */
export interface OpenAlert {
  /** `rule:subjectKind:subjectId:openingEventId` (src/domain/alerts/alert.ts). */
  readonly id: string
  /** The subject's kind: device, account or workspace. */
  readonly kind: string
  /** The subject's id. */
  readonly subject: string
  readonly severity: string
  /** When the alert opened, as its rule judged it (its opening event); absent: now. */
  readonly openedAt?: number
}

export type AlertAction = 'acknowledged' | 'unacknowledged' | 'snoozed' | 'unsnoozed'

/** One thing that happened during an episode; times are ISO 8601. */
export type AlertEpisodeChange =
  | { readonly type: 'severity'; readonly at: string; readonly from: string; readonly to: string }
  | { readonly type: 'resolved'; readonly at: string }
  | {
      readonly type: AlertAction
      readonly at: string
      /** Who did it; null when the browser did not say (an undo without a name). */
      readonly by: string | null
      readonly note?: string
      readonly until?: string
    }

export interface AlertEpisode {
  readonly id: number
  readonly alertId: string
  readonly kind: string
  readonly subject: string
  readonly severity: string
  readonly openedAt: number
  readonly resolvedAt: number | null
  readonly changes: readonly AlertEpisodeChange[]
}

export interface SyncedEpisodes {
  /** Alerts that opened an episode. */
  readonly opened: string[]
  /** Open alerts whose severity changed. */
  readonly changed: { alertId: string; from: string; to: string }[]
  /** Alerts whose episode was resolved. */
  readonly resolved: string[]
}

export interface RecordedAction {
  readonly alertId: string
  readonly action: AlertAction
  readonly by: string | null
  readonly at: number
  readonly note?: string
  /** Snoozes: when the snooze ends. */
  readonly until?: number
}

export interface AlertHistoryQuery {
  readonly alertId?: string
  /** Episodes still open at or after this moment… */
  readonly from?: number
  /** …and opened at or before this one. */
  readonly to?: number
  readonly limit?: number
}

/** An episode opened by an action before the engine saw its alert; the next sync fills it in. */
export const UNKNOWN_SEVERITY = 'unknown'
export const DEFAULT_HISTORY_LIMIT = 100
export const MAX_HISTORY_LIMIT = 1_000

const iso = (ms: number) => new Date(ms).toISOString()
const SUBJECT_KINDS: readonly string[] = ['device', 'account', 'workspace']
const RULES: readonly string[] = ALERT_RULES

/**
 * The subject an alert id names. Ids are `rule:subjectKind:subjectId:openingEventId`; a subject id
 * with colons in it stays whole. Anything else (the API accepts any id) is kind and subject unknown.
 */
export function alertIdSubject(alertId: string): { kind: string; subject: string } {
  const parts = alertId.split(':')
  const [rule, kind] = parts
  if (parts.length < 4 || !RULES.includes(rule!) || !SUBJECT_KINDS.includes(kind!)) {
    return { kind: 'unknown', subject: 'unknown' }
  }
  return { kind: kind!, subject: parts.slice(2, -1).join(':') }
}

/**
 * Writers of the history take this lock first, so an action and a sync on two connections cannot
 * both open an episode for the same alert. One lock per schema: test schemas do not wait on each
 * other. Held until the transaction ends.
 */
async function lockHistory(tx: Pick<StoreDb, 'execute'>): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.alert_history'))`,
  )
}

/**
 * Brings the history in line with the alerts open now, in one transaction: an episode opens for
 * each open alert without one, a severity change is recorded, and every open episode whose alert
 * is no longer open is resolved. An episode opened by an action (severity unknown) takes the
 * alert's severity without recording a change. Answers what it did, for notifications.
 */
export async function syncAlertEpisodes(
  db: StoreDb,
  openAlerts: readonly OpenAlert[],
  now: number,
): Promise<SyncedEpisodes> {
  const wanted = new Map(openAlerts.map((alert) => [alert.id, alert]))
  return db.transaction(async (tx) => {
    await lockHistory(tx)
    const openRows = queryRows<{ id: string | number; alert_id: string; severity: string }>(
      await tx.execute(sql`
        select id, alert_id, severity from alert_history
        where resolved_at is null
        order by opened_at desc, id desc`),
    )
    const kept = new Set<string>()
    const toResolve: number[] = []
    const resolved: string[] = []
    const bySeverity: { id: number; severity: string; change: string | null }[] = []
    const changed: { alertId: string; from: string; to: string }[] = []
    for (const row of openRows) {
      const alert = wanted.get(row.alert_id)
      // A second open episode of one alert cannot be made under the lock; resolve it if found.
      if (alert === undefined || kept.has(row.alert_id)) {
        toResolve.push(Number(row.id))
        if (alert === undefined) resolved.push(row.alert_id)
        continue
      }
      kept.add(row.alert_id)
      if (row.severity === alert.severity) continue
      if (row.severity === UNKNOWN_SEVERITY) {
        bySeverity.push({ id: Number(row.id), severity: alert.severity, change: null })
        continue
      }
      const change = { type: 'severity', at: iso(now), from: row.severity, to: alert.severity }
      bySeverity.push({
        id: Number(row.id),
        severity: alert.severity,
        change: JSON.stringify(change),
      })
      changed.push({ alertId: row.alert_id, from: row.severity, to: alert.severity })
    }
    const toOpen = [...wanted.values()].filter((alert) => !kept.has(alert.id))

    if (toOpen.length > 0) {
      await tx.execute(sql`
        insert into alert_history (alert_id, kind, subject, severity, opened_at)
        select alert_id, kind, subject, severity, opened_at from unnest(
          ${sql.param(toOpen.map((alert) => alert.id))}::text[],
          ${sql.param(toOpen.map((alert) => alert.kind))}::text[],
          ${sql.param(toOpen.map((alert) => alert.subject))}::text[],
          ${sql.param(toOpen.map((alert) => alert.severity))}::text[],
          ${sql.param(toOpen.map((alert) => iso(alert.openedAt ?? now)))}::timestamptz[])
          as opening (alert_id, kind, subject, severity, opened_at)`)
    }
    if (bySeverity.length > 0) {
      await tx.execute(sql`
        update alert_history set
          severity = change.severity,
          changes = case when change.entry is null then alert_history.changes
                         else alert_history.changes || jsonb_build_array(change.entry) end
        from unnest(
          ${sql.param(bySeverity.map((row) => row.id))}::bigint[],
          ${sql.param(bySeverity.map((row) => row.severity))}::text[],
          ${sql.param(bySeverity.map((row) => row.change))}::jsonb[])
          as change (id, severity, entry)
        where alert_history.id = change.id`)
    }
    if (toResolve.length > 0) {
      const entry = JSON.stringify({ type: 'resolved', at: iso(now) })
      await tx.execute(sql`
        update alert_history set
          resolved_at = ${iso(now)}::timestamptz,
          changes = changes || jsonb_build_array(${entry}::jsonb)
        where id = any(${sql.param(toResolve)}::bigint[])`)
    }
    return { opened: toOpen.map((alert) => alert.id), changed, resolved }
  })
}

/**
 * Appends what a person did to the alert's open episode, opening one (severity unknown, subject
 * from the id) when none is open. Pass a transaction to make it part of a larger change.
 */
export async function recordAlertAction(db: StoreDb, action: RecordedAction): Promise<void> {
  const entry = JSON.stringify({
    type: action.action,
    at: iso(action.at),
    by: action.by,
    ...(action.note === undefined ? {} : { note: action.note }),
    ...(action.until === undefined ? {} : { until: iso(action.until) }),
  })
  const { kind, subject } = alertIdSubject(action.alertId)
  await db.transaction(async (tx) => {
    await lockHistory(tx)
    const updated = queryRows<{ id: string | number }>(
      await tx.execute(sql`
        update alert_history set changes = changes || jsonb_build_array(${entry}::jsonb)
        where id = (select id from alert_history
                    where alert_id = ${action.alertId} and resolved_at is null
                    order by opened_at desc, id desc limit 1)
        returning id`),
    )
    if (updated.length > 0) return
    await tx.execute(sql`
      insert into alert_history (alert_id, kind, subject, severity, opened_at, changes)
      values (${action.alertId}, ${kind}, ${subject}, ${UNKNOWN_SEVERITY},
              ${iso(action.at)}::timestamptz, jsonb_build_array(${entry}::jsonb))`)
  })
}

/**
 * Episodes that overlap [from, to] (opened by `to`, not resolved before `from`), newest first.
 * With an alert id the (alert_id, opened_at) index answers; a `from` lets the resolved_at index
 * skip episodes that ended earlier.
 */
export async function readAlertHistory(
  db: StoreDb,
  query: AlertHistoryQuery = {},
): Promise<AlertEpisode[]> {
  const rows = queryRows<{
    id: string | number
    alert_id: string
    kind: string
    subject: string
    severity: string
    opened_ms: string | number
    resolved_ms: string | number | null
    changes: string
  }>(await db.execute(alertHistorySql(query)))
  return rows.map((row) => ({
    id: Number(row.id),
    alertId: row.alert_id,
    kind: row.kind,
    subject: row.subject,
    severity: row.severity,
    openedAt: Number(row.opened_ms),
    resolvedAt: row.resolved_ms === null ? null : Number(row.resolved_ms),
    changes: JSON.parse(row.changes) as AlertEpisodeChange[],
  }))
}

/** The query readAlertHistory runs (tests EXPLAIN it). */
export function alertHistorySql(query: AlertHistoryQuery): SQL {
  const limit = Math.min(
    Math.max(1, Math.trunc(query.limit ?? DEFAULT_HISTORY_LIMIT)),
    MAX_HISTORY_LIMIT,
  )
  const conditions = [sql`true`]
  if (query.alertId !== undefined) conditions.push(sql`alert_id = ${query.alertId}`)
  if (query.to !== undefined) conditions.push(sql`opened_at <= ${iso(query.to)}::timestamptz`)
  if (query.from !== undefined) {
    conditions.push(sql`(resolved_at is null or resolved_at >= ${iso(query.from)}::timestamptz)`)
  }
  return sql`
    select id, alert_id, kind, subject, severity,
           (extract(epoch from opened_at) * 1000)::bigint as opened_ms,
           (extract(epoch from resolved_at) * 1000)::bigint as resolved_ms,
           changes::text as changes
    from alert_history
    where ${sql.join(conditions, sql` and `)}
    order by opened_at desc, id desc
    limit ${limit}`
}
