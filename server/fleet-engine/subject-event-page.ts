// A device's or an account's own events of a range, newest first, keyset-paged as the explorer pages.
import { sql } from 'drizzle-orm'
import type { TimeWindow } from '../../src/domain/timelines/state-interval'
import { encodeCursor, type EventPagePosition } from '../events-api/event-cursor'
import { NO_EVENT_FILTER, readEventPage } from '../events-api/event-page-query'
import type { StoreDb } from '../store/open-database'
import { queryRows } from '../store/query-rows'

/** Enough for a page's list; the client asks for more with the `next` cursor. */
export const SUBJECT_EVENTS_LIMIT = 500

export interface SubjectEvents {
  /** JSON text of each event, as stored. */
  readonly events: readonly string[]
  /** The `before` of the next page (this route's, or /api/events' for a device); null on the last. */
  readonly next: string | null
}

export async function readDeviceEvents(
  db: StoreDb,
  deviceId: string,
  range: TimeWindow,
  before: EventPagePosition | null,
): Promise<SubjectEvents> {
  const page = await readEventPage(
    db,
    { ...NO_EVENT_FILTER, deviceIds: [deviceId], from: range.from, to: range.to },
    before,
    SUBJECT_EVENTS_LIMIT,
  )
  return { events: page.events, next: page.next === null ? null : encodeCursor(page.next) }
}

const instant = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`

/**
 * The account's own events: those naming it and no device (its devices' events name it too).
 * The explorer's filters cannot say "no device", so this is its query with that condition, in
 * its order (and on its account index), so cursors mean the same.
 */
export async function readAccountEvents(
  db: StoreDb,
  accountId: string,
  range: TimeWindow,
  before: EventPagePosition | null,
): Promise<SubjectEvents> {
  const after =
    before === null
      ? sql``
      : sql`and (sort_at, event_id collate "C") < (${instant(before.sortAt)}, ${before.eventId}::text)`
  const rows = queryRows<{ event_id: string; sort_ms: string | number; json: string }>(
    await db.execute(sql`
      select event_id, (extract(epoch from sort_at) * 1000)::bigint as sort_ms, payload::text as json
      from events
      where connected_account_id = ${accountId} and device_id is null
        and sort_at >= ${instant(range.from)} and sort_at <= ${instant(range.to)}
        ${after}
      order by sort_at desc, event_id collate "C" desc
      limit ${SUBJECT_EVENTS_LIMIT + 1}`),
  )
  const page = rows.slice(0, SUBJECT_EVENTS_LIMIT)
  const last = page.at(-1)
  return {
    events: page.map((row) => row.json),
    next:
      rows.length > SUBJECT_EVENTS_LIMIT && last !== undefined
        ? encodeCursor({ sortAt: Number(last.sort_ms), eventId: last.event_id })
        : null,
  }
}

/** The answer's JSON with the stored events spliced in as they are (no parse and stringify). */
export function withEvents(head: object, page: SubjectEvents, tail: object): string {
  const before = JSON.stringify(head).slice(0, -1)
  const after = JSON.stringify({ next: page.next, ...tail }).slice(1)
  return `${before},"events":[${page.events.join(',')}],${after}`
}
