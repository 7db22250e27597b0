// The explorer's reads in SQL: filtered in the database, newest first, keyset-paged (no OFFSET).
import { sql, type SQL } from 'drizzle-orm'
import type { StoreDb } from '../store/open-database'
import { queryRows } from '../store/query-rows'
import type { EventPagePosition } from './event-cursor'

/** Every list is "any of these"; an empty list does not filter. */
export interface EventPageFilter {
  readonly types: readonly string[]
  readonly categories: readonly string[]
  /** `none` matches routine events, which carry no severity. */
  readonly severities: readonly string[]
  readonly statuses: readonly string[]
  readonly deviceIds: readonly string[]
  /** The SPA's account of an event: its own connected_account_id, else its device's account. */
  readonly accountIds: readonly string[]
  /** The devices the inventory lists under `accountIds`, for events without an account of their own. */
  readonly devicesOfAccounts: readonly string[]
  /** Lower-cased; every word must match. */
  readonly words: readonly EventPageWord[]
  /** Inclusive bounds on the order time, epoch ms. */
  readonly from?: number | undefined
  readonly to?: number | undefined
}

/** A word of `q` and what the inventory's names add to the stored text (see inventory-names.ts). */
export interface EventPageWord {
  readonly word: string
  /** Devices whose name holds the word. */
  readonly deviceIds: readonly string[]
  /** Accounts whose name holds the word: events naming them match. */
  readonly accountIds: readonly string[]
  /** Devices of accounts whose name or id holds the word: their events without an account match. */
  readonly accountDeviceIds: readonly string[]
}

export const NO_EVENT_FILTER: EventPageFilter = {
  types: [],
  categories: [],
  severities: [],
  statuses: [],
  deviceIds: [],
  accountIds: [],
  devicesOfAccounts: [],
  words: [],
}

export interface EventPage {
  /** JSON text of each event, as stored (what /api/event_log serves). */
  readonly events: readonly string[]
  /** Where the next page starts; null on the last page. */
  readonly next: EventPagePosition | null
}

const texts = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`
const instant = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`

/** An OR of the conditions that are not empty; false when all are. */
function anyOf(conditions: readonly (SQL | null)[]): SQL {
  const kept = conditions.filter((condition) => condition !== null)
  return kept.length === 0 ? sql`false` : sql`(${sql.join(kept, sql` or `)})`
}

// One value is an equality, so the column's index hands rows over already in the page's order;
// `= any(…)` makes PostgreSQL gather every match and sort them.
function inList(column: SQL, values: readonly string[]): SQL | null {
  if (values.length === 0) return null
  return values.length === 1
    ? sql`${column} = ${values[0]}`
    : sql`${column} = any(${texts(values)})`
}

/** The filter's conditions, ANDed by the caller; shared with the count (event-count-query.ts). */
export function conditions(filter: EventPageFilter): SQL[] {
  const where: SQL[] = []
  const add = (condition: SQL | null) => {
    if (condition !== null) where.push(condition)
  }
  add(inList(sql`event_type`, filter.types))
  add(inList(sql`category`, filter.categories))
  if (filter.severities.length > 0) {
    const named = filter.severities.filter((severity) => severity !== 'none')
    add(
      anyOf([
        filter.severities.includes('none') ? sql`severity is null` : null,
        inList(sql`severity`, named),
      ]),
    )
  }
  add(inList(sql`parse_status`, filter.statuses))
  add(inList(sql`device_id`, filter.deviceIds))
  if (filter.accountIds.length > 0) {
    add(
      anyOf([
        inList(sql`connected_account_id`, filter.accountIds),
        filter.devicesOfAccounts.length === 0
          ? null
          : sql`(connected_account_id is null and device_id = any(${texts(filter.devicesOfAccounts)}))`,
      ]),
    )
  }
  for (const word of filter.words) {
    add(
      anyOf([
        // strpos, not LIKE: the user's % and _ are plain characters.
        sql`strpos(search_text, ${word.word}) > 0`,
        inList(sql`device_id`, word.deviceIds),
        inList(sql`connected_account_id`, word.accountIds),
        word.accountDeviceIds.length === 0
          ? null
          : sql`(connected_account_id is null and device_id = any(${texts(word.accountDeviceIds)}))`,
      ]),
    )
  }
  if (filter.from !== undefined) add(sql`sort_at >= ${instant(filter.from)}`)
  if (filter.to !== undefined) add(sql`sort_at <= ${instant(filter.to)}`)
  return where
}

/**
 * The query of one page: newest first by order time, ties by event_id descending in byte order
 * (compareNewestFirst in src/domain/events/newest-first.ts), after `before` when given. It asks for one row more than
 * `limit`, so a last page is known without another read.
 */
export function eventPageQuery(
  filter: EventPageFilter,
  before: EventPagePosition | null,
  limit: number,
): SQL {
  const where = conditions(filter)
  if (before !== null) {
    // A row comparison the order's index can seek to: the page goes on exactly after `before`.
    where.push(
      sql`(sort_at, event_id collate "C") < (${instant(before.sortAt)}, ${before.eventId}::text)`,
    )
  }
  return sql`
    select event_id, (extract(epoch from sort_at) * 1000)::bigint as sort_ms, payload::text as json
    from events
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by sort_at desc, event_id collate "C" desc
    limit ${limit + 1}`
}

export async function readEventPage(
  db: StoreDb,
  filter: EventPageFilter,
  before: EventPagePosition | null,
  limit: number,
): Promise<EventPage> {
  const rows = queryRows<{ event_id: string; sort_ms: string | number; json: string }>(
    await db.execute(eventPageQuery(filter, before, limit)),
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    events: page.map((row) => row.json),
    next:
      rows.length > limit && last !== undefined
        ? { sortAt: Number(last.sort_ms), eventId: last.event_id }
        : null,
  }
}
