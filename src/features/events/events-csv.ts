// The CSV export of exactly the filtered events, and its file name carrying the time range.
import { describeEvent } from '../../domain/events/describe-event'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { toCsv, type CsvCell } from '../../lib/csv'
import { eventAccountId, eventAccountName, eventDeviceName, type NameBook } from './event-names'

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

export function eventCsvRow(event: ParsedEvent, names: NameBook): CsvCell[] {
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

/** One line per event, in the order shown (newest first). Built from the parsed event, never raw. */
export function eventsToCsv(events: readonly ParsedEvent[], names: NameBook): string {
  return toCsv(
    EVENTS_CSV_HEADER,
    events.map((event) => eventCsvRow(event, names)),
  )
}

// Colons are not allowed in Windows file names.
function fileStamp(at: Instant): string {
  return new Date(at)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
}

/**
 * "doorboard-events_2026-11-28T06-00-00Z_to_2026-11-28T07-00-00Z.csv". An open start becomes the
 * oldest exported event, an open end the moment of export.
 */
export function eventsCsvFileName(
  range: { readonly from?: Instant; readonly to?: Instant },
  events: readonly ParsedEvent[],
  now: Instant,
): string {
  const oldest = events.at(-1)?.occurredAt
  const from = range.from ?? (oldest !== undefined && oldest > 0 ? oldest : undefined)
  const to = range.to ?? now
  const start = from === undefined ? 'start' : fileStamp(from)
  return `doorboard-events_${start}_to_${fileStamp(to)}.csv`
}
