// Devices and connected accounts as Seam last listed them: replaced whole on each refresh.
import { sql } from 'drizzle-orm'
import type { StoreDb } from './open-database'
import { queryRows } from './query-rows'

export type InventoryKind = 'devices' | 'connected_accounts'

export interface InventoryItem {
  id: string
  /** The object as served, JSON text. */
  json: string
}

export interface StoredInventory {
  devices: InventoryItem[]
  connectedAccounts: InventoryItem[]
  /** When the lists were taken; null when none was ever stored. */
  listedAt: number | null
}

/** Replaces both lists in one transaction, so a crash never leaves one list of two times. */
export async function saveInventory(
  db: StoreDb,
  devices: readonly InventoryItem[],
  connectedAccounts: readonly InventoryItem[],
  listedAt: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from inventory`)
    for (const [kind, items] of [
      ['devices', devices],
      ['connected_accounts', connectedAccounts],
    ] as const) {
      if (items.length === 0) continue
      await tx.execute(sql`
        insert into inventory (kind, id, payload, position, listed_at)
        select ${kind}, id, payload, position - 1, ${new Date(listedAt).toISOString()}::timestamptz
        from unnest(${sql.param(items.map((item) => item.id))}::text[],
                    ${sql.param(items.map((item) => item.json))}::jsonb[])
             with ordinality as t(id, payload, position)
        on conflict (kind, id) do nothing`)
    }
  })
}

export async function loadInventory(db: StoreDb): Promise<StoredInventory> {
  const rows = queryRows<{
    kind: InventoryKind
    id: string
    json: string
    listed_ms: string | number
  }>(
    await db.execute(sql`
      select kind, id, payload::text as json,
             (extract(epoch from listed_at) * 1000)::bigint as listed_ms
      from inventory order by kind, position`),
  )
  const inventory: StoredInventory = { devices: [], connectedAccounts: [], listedAt: null }
  for (const row of rows) {
    const item = { id: row.id, json: row.json }
    if (row.kind === 'devices') inventory.devices.push(item)
    else inventory.connectedAccounts.push(item)
    inventory.listedAt = Number(row.listed_ms)
  }
  return inventory
}
