// What the explorer filters and orders on that SQL cannot derive from a payload, computed once at ingest.
import type { NameBook } from '../../src/domain/events/event-names'
import { eventSearchText } from '../../src/domain/events/event-search-text'
import type { EventCategory, ParsedEvent, Severity } from '../../src/domain/events/parsed-event'

export interface ExplorerColumns {
  /** The SPA's order time: occurredAt, 0 when no time could be read (such events sort last). */
  readonly sortAt: number
  readonly category: EventCategory
  /** Refined from the payload by the catalogue; null for routine events (the filter's `none`). */
  readonly severity: Severity | null
  /**
   * The SPA's search text without device and account names: names change after ingest, so the
   * query matches them against the current inventory instead (see event-filter-params.ts).
   */
  readonly searchText: string
}

const NO_NAMES: NameBook = {
  deviceNames: new Map(),
  accountNames: new Map(),
  deviceAccounts: new Map(),
}

export function explorerColumnsOf(event: ParsedEvent): ExplorerColumns {
  return {
    sortAt: event.occurredAt,
    category: event.category,
    severity: event.severity ?? null,
    searchText: eventSearchText(event, NO_NAMES),
  }
}
