// Rows of a raw `db.execute`: both drivers answer `{ rows }`, but the shared type cannot say so.

export function queryRows<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown }).rows
  if (!Array.isArray(rows)) throw new Error('The database answered a query without rows.')
  return rows as T[]
}
