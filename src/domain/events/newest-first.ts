// The order every event list uses, and the order GET /api/events pages in.
import type { ParsedEvent } from './parsed-event'

/**
 * Newest first; ties go to the larger id, as currentDeviceStatus breaks them, so the order never
 * depends on arrival. Ids are unique, so this is a total order.
 */
export function compareNewestFirst(a: ParsedEvent, b: ParsedEvent): number {
  if (a.occurredAt !== b.occurredAt) return b.occurredAt - a.occurredAt
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}
