// The app's one live event store: pulls pages from the proxy by cursor, parses them, merges them into the log.
import { parseSeamEvents } from '../../domain/events/parse-event'
import type { Instant } from '../../domain/events/parsed-event'
import type { EventsPage } from '../get-events'
import {
  DEFAULT_EVENT_LOG_LIMITS,
  EMPTY_SNAPSHOT,
  EventLog,
  type EventLogLimits,
  type EventLogSnapshot,
} from './event-log'

export interface EventStreamSnapshot extends EventLogSnapshot {
  /** False until the first page arrived: "no events" and "not loaded yet" look alike otherwise. */
  readonly loaded: boolean
}

export interface PollResult {
  /** This browser's clock when the page was merged. */
  readonly fetchedAt: Instant
  /** Events new to the log. */
  readonly added: number
  /** The proxy did not know our cursor and sent everything; the log was replaced. */
  readonly reset: boolean
}

export interface EventStreamDependencies {
  readonly fetchPage: (
    after: string | undefined,
    options: { signal?: AbortSignal },
  ) => Promise<EventsPage>
  readonly now: () => Instant
  readonly limits?: EventLogLimits
}

// Function-valued properties, not methods: React receives subscribe and getSnapshot detached.
export interface EventStream {
  readonly subscribe: (listener: () => void) => () => void
  readonly getSnapshot: () => EventStreamSnapshot
  /** Fetches what is new since the last page. Concurrent calls share one request. */
  readonly poll: (signal?: AbortSignal) => Promise<PollResult>
}

const NOT_LOADED: EventStreamSnapshot = { ...EMPTY_SNAPSHOT, loaded: false }

export function createEventStream(dependencies: EventStreamDependencies): EventStream {
  const log = new EventLog(dependencies.limits ?? DEFAULT_EVENT_LOG_LIMITS)
  const listeners = new Set<() => void>()
  let snapshot = NOT_LOADED
  let cursor: string | undefined
  let inFlight: Promise<PollResult> | undefined

  function publish(): void {
    const current = log.snapshot
    if (snapshot.loaded && snapshot.version === current.version) return
    snapshot = loadedSnapshot(current)
    for (const listener of listeners) listener()
  }

  async function pollOnce(signal: AbortSignal | undefined): Promise<PollResult> {
    const page = await dependencies.fetchPage(cursor, { signal })
    const events = parseSeamEvents(page.events)
    const fetchedAt = dependencies.now()
    // The first page holds everything the proxy retains; so does a reset, which must replace
    // rather than merge because the proxy's new log may no longer hold what we have.
    const startOver = cursor === undefined || page.reset === true
    const added = startOver ? log.replace(events, fetchedAt) : log.add(events, fetchedAt)
    cursor = page.cursor
    publish()
    return { fetchedAt, added, reset: page.reset === true }
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    poll: (signal) => {
      // Two overlapping polls with the same cursor would fetch the same events twice.
      inFlight ??= pollOnce(signal).finally(() => {
        inFlight = undefined
      })
      return inFlight
    },
  }
}

/** `snapshot`, loaded; its events stay unread (a spread would merge them). */
function loadedSnapshot(snapshot: EventLogSnapshot): EventStreamSnapshot {
  const { byDevice, byAccount, workspace, size, newestAt, version, changes } = snapshot
  return {
    get events() {
      return snapshot.events
    },
    byDevice,
    byAccount,
    workspace,
    size,
    newestAt,
    version,
    ...(changes === undefined ? {} : { changes }),
    loaded: true,
  }
}
