// useEventStream(): the whole app's live events, polled from the proxy every 3 s by one shared query.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { fetchEventsPage } from '../get-events'
import type { EventLogSnapshot, SnapshotChanges } from './event-log'
import { createEventStream } from './event-stream'

/** One store for the whole app, so every view reads the same events and only one tab poll runs. */
export const eventStream = createEventStream({
  fetchPage: (after, options) => fetchEventsPage(after, options),
  now: () => Date.now(),
})

export const EVENT_POLL_MS = 3_000

export const eventStreamQuery = () =>
  queryOptions({
    // The cursor is deliberately not in the key: it is the stream's position, and every poll
    // continues from the last one into the same store rather than starting a new cache entry.
    queryKey: ['events', 'stream'],
    queryFn: ({ signal }) => eventStream.poll(signal),
    refetchInterval: EVENT_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  })

export interface EventStreamView {
  /** Newest first, stable between polls that bring nothing new; made when first read. */
  readonly events: readonly ParsedEvent[]
  /** All of the above as one object, the same until the next change. */
  readonly snapshot: EventLogSnapshot
  readonly byDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Each account's own events (no device), newest first. */
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Events of neither a device nor an account, newest first. */
  readonly workspace: readonly ParsedEvent[]
  /** Changes exactly when `events` does: a cheap dependency for useMemo. */
  readonly version: number
  /** Which device and account lists the last change replaced (see EventLogSnapshot). */
  readonly changes: SnapshotChanges | undefined
  /** False until the first page arrived. */
  readonly loaded: boolean
  /** The last poll's failure, cleared by the next success. */
  readonly error: Error | null
  /** This browser's clock at the last successful poll. */
  readonly lastFetchedAt: Instant | undefined
}

export function useEventStream(): EventStreamView {
  const { error, data } = useQuery(eventStreamQuery())
  const snapshot = useSyncExternalStore(eventStream.subscribe, eventStream.getSnapshot)
  return {
    // Read only by the views that list events (see EventLogSnapshot.events).
    get events() {
      return snapshot.events
    },
    byDevice: snapshot.byDevice,
    byAccount: snapshot.byAccount,
    workspace: snapshot.workspace,
    version: snapshot.version,
    changes: snapshot.changes,
    snapshot,
    loaded: snapshot.loaded,
    error,
    lastFetchedAt: data?.fetchedAt,
  }
}
