// How many stored events a filter matches, and how many are stored: the explorer's "N of M".
import { sql } from 'drizzle-orm'
import type { StoreDb } from '../store/open-database'
import { queryRows } from '../store/query-rows'
import { conditions, type EventPageFilter } from './event-page-query'

export interface EventCount {
  readonly count: number
  readonly total: number
}

/**
 * One statement for both numbers, so they come from the same snapshot: a count can never exceed
 * its total, as it could if the total came from /api/health a moment earlier.
 */
export async function countEvents(db: StoreDb, filter: EventPageFilter): Promise<EventCount> {
  const where = conditions(filter)
  const matched =
    where.length === 0 ? sql`count(*)` : sql`count(*) filter (where ${sql.join(where, sql` and `)})`
  const [row] = queryRows<{ count: string | number; total: string | number }>(
    await db.execute(sql`select ${matched} as count, count(*) as total from events`),
  )
  return { count: Number(row?.count ?? 0), total: Number(row?.total ?? 0) }
}
