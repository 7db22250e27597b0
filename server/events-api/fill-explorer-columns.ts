// Category, severity and search text for rows stored before they were kept (migration 0001).
import { sql } from 'drizzle-orm'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { StoreDb } from '../store/open-database'
import { queryRows } from '../store/query-rows'
import { explorerColumnsOf } from './explorer-columns'

/**
 * Fills the rows whose category is null, in batches, with the code the poller runs at ingest (the
 * migration cannot: severity and text need the catalogue). Returns how many rows it filled; 0, after
 * one indexed look, when none lack them.
 */
export async function fillExplorerColumns(db: StoreDb, batch = 2_000): Promise<number> {
  let filled = 0
  for (;;) {
    const rows = queryRows<{ seq: string | number; json: string }>(
      await db.execute(
        sql`select seq, payload::text as json from events where category is null order by seq limit ${batch}`,
      ),
    )
    if (rows.length === 0) return filled
    const columns = rows.map((row) => explorerColumnsOf(parseSeamEvent(JSON.parse(row.json))))
    await db.execute(sql`
      update events
      set category = filled.category, severity = filled.severity, search_text = filled.search_text
      from unnest(
        ${sql.param(rows.map((row) => Number(row.seq)))}::bigint[],
        ${sql.param(columns.map((column) => column.category))}::text[],
        ${sql.param(columns.map((column) => column.severity))}::text[],
        ${sql.param(columns.map((column) => column.searchText))}::text[])
        as filled(seq, category, severity, search_text)
      where events.seq = filled.seq`)
    filled += rows.length
  }
}
