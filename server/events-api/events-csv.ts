// GET /api/events.csv's body: every matching event as the SPA's CSV rows, read in keyset batches.
import { Readable, pipeline } from 'node:stream'
import { stringify, type Options } from 'csv-stringify'
import { EVENTS_CSV_HEADER, eventCsvRow } from '../../src/domain/events/event-csv-row'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { StoreDb } from '../store/open-database'
import type { EventPagePosition } from './event-cursor'
import { readEventPage, type EventPageFilter } from './event-page-query'
import type { InventoryNames } from './inventory-names'

/** Rows per database read: memory holds one batch, however many events match. */
export const CSV_BATCH = 1_000

// A spreadsheet runs a cell starting with one of these as a formula; payloads and names are
// untrusted, so such cells get a leading apostrophe, as spreadsheets expect (RFC 4180).
const FORMULA_START = /^[=+\-@\t\r]/

/** The export's rules: CRLF, quotes doubled, any line break quoted, formulas defused. */
export const CSV_OPTIONS: Options = {
  header: true,
  columns: [...EVENTS_CSV_HEADER],
  record_delimiter: 'windows',
  // With CRLF records csv-stringify quotes only a whole CRLF; a lone \n or \r must be quoted too.
  quoted_match: /[\r\n]/,
  cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
}

async function* csvRows(
  db: StoreDb,
  filter: EventPageFilter,
  names: InventoryNames,
  batch: number,
): AsyncGenerator<readonly (string | undefined)[]> {
  let before: EventPagePosition | null = null
  do {
    const page = await readEventPage(db, filter, before, batch)
    for (const json of page.events) yield eventCsvRow(parseSeamEvent(JSON.parse(json)), names.book)
    before = page.next
  } while (before !== null)
}

/**
 * The CSV as a stream: the next batch is read only when the client has taken the last one
 * (Readable.from pulls on demand), so a slow download holds one batch, not the history.
 */
export function eventsCsvStream(
  db: StoreDb,
  filter: EventPageFilter,
  names: InventoryNames,
  batch = CSV_BATCH,
): Readable {
  const csv = stringify(CSV_OPTIONS)
  // A failed read destroys `csv` with the error, which ends the response as a broken download.
  pipeline(Readable.from(csvRows(db, filter, names, batch)), csv, () => {})
  return csv
}

// Colons are not allowed in Windows file names (as the SPA's eventsCsvFileName).
const fileStamp = (at: number) =>
  new Date(at)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')

/** "doorboard-events_start_to_2026-12-03T10-00-00Z.csv": the SPA's name, its range or now. */
export function eventsCsvFileName(filter: EventPageFilter, now: number): string {
  const start = filter.from === undefined ? 'start' : fileStamp(filter.from)
  return `doorboard-events_${start}_to_${fileStamp(filter.to ?? now)}.csv`
}
