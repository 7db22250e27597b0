// The CSV export of exactly the filtered events, and its file name carrying the time range.
import { EVENTS_CSV_HEADER, eventCsvRow } from '../../domain/events/event-csv-row'
import type { NameBook } from '../../domain/events/event-names'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { toCsv } from '../../lib/csv'

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
