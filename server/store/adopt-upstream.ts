// The store keeps one upstream's history: pointed at another one, it starts that history afresh.
import { sql } from 'drizzle-orm'
import type { StoreDb } from './open-database'
import { queryRows } from './query-rows'

const UPSTREAM_KEY = 'upstream_identity'

/**
 * Events, cursor and lists from another workspace (another API key, or the embedded fake of an
 * earlier start, whose ids change every start) would mix two fleets. Acknowledgements, snoozes
 * and alert history stay: they are the dashboard's own record. Answers whether it wiped.
 */
export async function adoptUpstream(
  db: StoreDb,
  identity: string,
): Promise<'same' | 'new' | 'replaced'> {
  return db.transaction(async (tx) => {
    const rows = queryRows<{ value: string }>(
      await tx.execute(sql`select value from meta where key = ${UPSTREAM_KEY} for update`),
    )
    const previous = rows[0]?.value
    if (previous === identity) return 'same'
    if (previous !== undefined) {
      await tx.execute(sql`delete from events`)
      await tx.execute(sql`delete from inventory`)
      await tx.execute(sql`delete from meta where key in ('events_cursor', 'events_epoch')`)
    }
    await tx.execute(sql`
      insert into meta (key, value, updated_at) values (${UPSTREAM_KEY}, ${identity}, now())
      on conflict (key) do update set value = excluded.value, updated_at = now()`)
    return previous === undefined ? 'new' : 'replaced'
  })
}
