// One event as a row of the CSV export, the same cells whether the browser or the server writes it.
import { describeEvent } from './describe-event'
import { eventAccountId, eventAccountName, eventDeviceName, type NameBook } from './event-names'
import type { Instant, ParsedEvent } from './parsed-event'

/** A cell before CSV quoting; absent values become empty cells. */
export type EventCsvCell = string | undefined

export const EVENTS_CSV_HEADER = [
  'occurred_at',
  'created_at',
  'event_id',
  'event_type',
  'category',
  'severity',
  'status',
  'device_id',
  'device_name',
  'connected_account_id',
  'account_name',
  'description',
  'problem',
] as const

// Time 0 means "could not be read" (see parseSeamEvent): an empty cell, not 1970.
function isoOrEmpty(at: Instant): string {
  return at === 0 ? '' : new Date(at).toISOString()
}

export function eventCsvRow(event: ParsedEvent, names: NameBook): EventCsvCell[] {
  const deviceName = eventDeviceName(event, names)
  const accountName = eventAccountName(event, names)
  return [
    isoOrEmpty(event.occurredAt),
    isoOrEmpty(event.createdAt),
    event.id,
    event.type,
    event.category,
    event.severity,
    event.status,
    event.deviceId,
    deviceName,
    eventAccountId(event, names),
    accountName,
    describeEvent(event, { deviceName, accountName }),
    event.reason,
  ]
}
