// The browser's bounded, sorted, de-duplicated log of parsed events: merges each poll in place of re-sorting.
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { LayeredMap } from '../../lib/layered-map'
import { mergeRuns, sortNewestFirst } from './sort-newest-first'

export interface EventLogLimits {
  /** Events that happened longer ago than this are dropped. */
  readonly retentionMs: number
  /** Hard cap on events kept; the oldest go first. */
  readonly maxEvents: number
  /**
   * How long past the retention an event may linger before the log drops it (default 0): one
   * trim of everything expired every few minutes, rather than one copy of the log on every poll.
   */
  readonly trimSlackMs?: number
}

/** Seven days and 250,000 events, as the proxy keeps by default; trimmed every ten minutes. */
export const DEFAULT_EVENT_LOG_LIMITS: EventLogLimits = {
  retentionMs: 7 * 24 * 60 * 60 * 1_000,
  maxEvents: 250_000,
  trimSlackMs: 10 * 60 * 1_000,
}

export interface EventLogSnapshot {
  /**
   * Newest first (occurredAt descending, then id descending). Made when first read: views that
   * only read the lists by device and account never pay for copying 200,000 events per poll.
   */
  readonly events: readonly ParsedEvent[]
  /** Each device's events, in the same order. Devices with no events are absent. */
  readonly byDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Each account's own events (an account and no device), in the same order. */
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Events of neither a device nor an account (e.g. a webview login before any account). */
  readonly workspace: readonly ParsedEvent[]
  /** How many events there are, and when the newest happened: without reading `events`. */
  readonly size: number
  readonly newestAt: Instant | undefined
  /** Bumped whenever `events` changes; 0 before anything was added. */
  readonly version: number
  /** What this snapshot changed from the one before it; absent after a replace. */
  readonly changes?: SnapshotChanges
}

/**
 * The keys whose lists an add replaced, added or removed, and the maps it changed: a consumer
 * that last saw exactly those maps visits only these keys instead of comparing every list.
 */
export interface SnapshotChanges {
  readonly byDeviceBefore: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly byAccountBefore: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly devices: ReadonlySet<string>
  readonly accounts: ReadonlySet<string>
}

/**
 * Newest first; ties go to the larger id, as currentDeviceStatus breaks them, so the order never
 * depends on arrival. Ids are unique in the log, so this is a total order.
 */
export function compareNewestFirst(a: ParsedEvent, b: ParsedEvent): number {
  if (a.occurredAt !== b.occurredAt) return b.occurredAt - a.occurredAt
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** The log before anything was added. */
export const EMPTY_SNAPSHOT: EventLogSnapshot = {
  events: [],
  byDevice: new Map(),
  byAccount: new Map(),
  workspace: [],
  size: 0,
  newestAt: undefined,
  version: 0,
}

/**
 * Each change publishes new `events` / `byDevice` objects (React compares references) while the id
 * index is updated in place, since copying a 250,000-entry set every three seconds would stutter.
 *
 * Events whose time could not be read (occurredAt 0) sort last and are exempt from the retention
 * by age (their age is unknown), but are the first to go when the cap is reached.
 */
export class EventLog {
  readonly #limits: EventLogLimits
  #ids = new Set<string>()
  #snapshot: EventLogSnapshot = EMPTY_SNAPSHOT
  // The events, newest first, as two sorted runs merged when someone reads them: the bulk, and
  // the few added since it was last merged.
  #settled: readonly ParsedEvent[] = []
  #recent: readonly ParsedEvent[] = []

  constructor(limits: EventLogLimits = DEFAULT_EVENT_LOG_LIMITS) {
    this.#limits = limits
  }

  get snapshot(): EventLogSnapshot {
    return this.#snapshot
  }

  get size(): number {
    return this.#settled.length + this.#recent.length
  }

  /**
   * Adds the events not seen before (an id already in the log keeps its first version), then
   * drops what is past retention or over the cap. Returns how many of `incoming` were kept.
   */
  add(incoming: readonly ParsedEvent[], now: Instant): number {
    const cutoff = now - this.#limits.retentionMs
    const unseen = this.#index(incoming, cutoff)
    const fresh = sortNewestFirst(unseen, compareNewestFirst)

    const previous = this.#snapshot
    let dropped: ParsedEvent[] = []
    if (this.#needsTrim(cutoff, fresh.length)) {
      const trimmed = this.#trim(mergeSorted(this.#events(), fresh), cutoff)
      dropped = trimmed.dropped
      this.#settled = trimmed.kept
      this.#recent = []
    } else if (fresh.length > 0) {
      this.#recent = this.#recent.length === 0 ? fresh : mergeSorted(this.#recent, fresh)
      // Merged on every read, the recent run stays short: fold it in now and then.
      if (this.#recent.length > MAX_RECENT) this.#settle()
    }
    if (fresh.length === 0 && dropped.length === 0) return 0

    const droppedIds = new Set<string>()
    for (const event of dropped) {
      this.#ids.delete(event.id)
      droppedIds.add(event.id)
    }
    const groups = groupFresh(fresh, droppedIds)
    const changedDevices = new Set<string>()
    const changedAccounts = new Set<string>()
    this.#snapshot = this.#publish({
      byDevice: updateGroups(
        previous.byDevice,
        groups.byDevice,
        dropped,
        droppedIds,
        deviceKey,
        changedDevices,
      ),
      byAccount: updateGroups(
        previous.byAccount,
        groups.byAccount,
        dropped,
        droppedIds,
        accountKey,
        changedAccounts,
      ),
      workspace:
        updateGroups(
          workspaceGroup(previous),
          groups.workspace,
          dropped,
          droppedIds,
          workspaceKey,
          new Set(),
        ).get(WORKSPACE) ?? [],
      version: previous.version + 1,
      changes: {
        byDeviceBefore: previous.byDevice,
        byAccountBefore: previous.byAccount,
        devices: changedDevices,
        accounts: changedAccounts,
      },
    })
    if (droppedIds.size === 0) return fresh.length
    let added = 0
    for (const event of fresh) if (!droppedIds.has(event.id)) added++
    return added
  }

  /** Starts over with `incoming` (the proxy restarted and lost our cursor). Always a new version. */
  replace(incoming: readonly ParsedEvent[], now: Instant): number {
    const version = this.#snapshot.version
    this.#ids.clear()
    this.#snapshot = EMPTY_SNAPSHOT
    this.#settled = []
    this.#recent = []
    const added = this.add(incoming, now)
    const { byDevice, byAccount, workspace } = this.#snapshot
    this.#snapshot = this.#publish({ byDevice, byAccount, workspace, version: version + 1 })
    return added
  }

  /** A snapshot of the lists given and of the events as they are now, merged when first read. */
  #publish(fields: Omit<EventLogSnapshot, 'events' | 'size' | 'newestAt'>): EventLogSnapshot {
    const settled = this.#settled
    const recent = this.#recent
    const newest = [settled[0], recent[0]].filter((event) => event !== undefined)
    let events: readonly ParsedEvent[] | undefined
    const read = () => {
      if (events === undefined) {
        events = bothRuns(settled, recent)
        // Read while still the latest: the merge is the log's bulk from now on.
        if (this.#settled === settled && this.#recent === recent) {
          this.#settled = events
          this.#recent = []
        }
      }
      return events
    }
    return {
      get events() {
        return read()
      },
      size: settled.length + recent.length,
      newestAt: newest.sort(compareNewestFirst)[0]?.occurredAt,
      ...fields,
    }
  }

  #events(): readonly ParsedEvent[] {
    return bothRuns(this.#settled, this.#recent)
  }

  #settle(): void {
    this.#settled = this.#events()
    this.#recent = []
  }

  /**
   * Whether this add must drop events: the cap is passed, or the oldest dated event is past the
   * retention by more than the slack. Both runs are sorted, so each oldest is a binary search.
   */
  #needsTrim(cutoff: Instant, adding: number): boolean {
    if (this.size + adding > this.#limits.maxEvents) return true
    const limit = cutoff - (this.#limits.trimSlackMs ?? 0)
    return oldestDated(this.#settled) < limit || oldestDated(this.#recent) < limit
  }

  /** Adds the ids of the unexpired events not seen before to the index; returns those events. */
  #index(incoming: readonly ParsedEvent[], cutoff: Instant): ParsedEvent[] {
    if (this.#ids.size === 0) {
      // A first page: the Set constructor indexes 200,000 ids faster than one add() at a time,
      // and when no id repeats (as usual) it is the whole index.
      const live = incoming.filter((event) => !isExpired(event, cutoff))
      const ids = new Set(live.map((event) => event.id))
      if (ids.size === live.length) {
        this.#ids = ids
        return live
      }
    }
    const unseen: ParsedEvent[] = []
    const ids = this.#ids
    for (const event of incoming) {
      if (isExpired(event, cutoff)) continue
      const size = ids.size
      ids.add(event.id)
      if (ids.size !== size) unseen.push(event)
    }
    return unseen
  }

  #trim(events: readonly ParsedEvent[], cutoff: Instant) {
    let kept = events
    let dropped: ParsedEvent[] = []
    const start = firstIndex(kept, (event) => event.occurredAt < cutoff)
    const end = firstIndex(kept, (event) => event.occurredAt <= 0)
    if (start < end) {
      dropped = kept.slice(start, end)
      kept = kept.slice(0, start).concat(kept.slice(end))
    }
    if (kept.length > this.#limits.maxEvents) {
      dropped = dropped.concat(kept.slice(this.#limits.maxEvents))
      kept = kept.slice(0, this.#limits.maxEvents)
    }
    return { kept, dropped }
  }
}

/** Past this many events the recent run is merged into the bulk. */
const MAX_RECENT = 5_000

/** The bulk and the recent run as one list. */
function bothRuns(
  settled: readonly ParsedEvent[],
  recent: readonly ParsedEvent[],
): readonly ParsedEvent[] {
  return recent.length === 0 ? settled : mergeSorted(settled, recent)
}

/** The time of the oldest event with a known time (those without sort last), or +∞. */
function oldestDated(events: readonly ParsedEvent[]): number {
  const end = firstIndex(events, (event) => event.occurredAt <= 0)
  return end === 0 ? Number.POSITIVE_INFINITY : (events[end - 1] as ParsedEvent).occurredAt
}

function isExpired(event: ParsedEvent, cutoff: Instant): boolean {
  return event.occurredAt > 0 && event.occurredAt < cutoff
}

/** First index where `test` holds, for a test that is false then true along the list. */
function firstIndex(events: readonly ParsedEvent[], test: (event: ParsedEvent) => boolean) {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (test(events[middle] as ParsedEvent)) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * Merges a few sorted newcomers into a long sorted list: a binary search per newcomer and one
 * straight copy of the rest, O(n + m log n) with no comparison over the long list.
 */
export function mergeSorted(
  long: readonly ParsedEvent[],
  few: readonly ParsedEvent[],
): ParsedEvent[] {
  return mergeRuns(long, few, compareNewestFirst)
}

type GroupKey = (event: ParsedEvent) => string | undefined

const deviceKey: GroupKey = (event) => event.deviceId
const accountKey: GroupKey = (event) =>
  event.deviceId === undefined ? event.connectedAccountId : undefined
const WORKSPACE = 'workspace'
const workspaceKey: GroupKey = (event) =>
  event.deviceId === undefined && event.connectedAccountId === undefined ? WORKSPACE : undefined

function workspaceGroup(snapshot: EventLogSnapshot): ReadonlyMap<string, readonly ParsedEvent[]> {
  return snapshot.workspace.length === 0 ? new Map() : new Map([[WORKSPACE, snapshot.workspace]])
}

interface FreshGroups {
  readonly byDevice: Map<string, ParsedEvent[]>
  readonly byAccount: Map<string, ParsedEvent[]>
  readonly workspace: Map<string, ParsedEvent[]>
}

/** The kept newcomers of each device, account and the workspace, in one pass over them. */
function groupFresh(fresh: readonly ParsedEvent[], droppedIds: ReadonlySet<string>): FreshGroups {
  const groups: FreshGroups = { byDevice: new Map(), byAccount: new Map(), workspace: new Map() }
  const checkDropped = droppedIds.size > 0
  // fresh is sorted, so each group's share of it is too.
  for (const event of fresh) {
    if (checkDropped && droppedIds.has(event.id)) continue
    let target = groups.byDevice
    let key = event.deviceId
    if (key === undefined) {
      key = event.connectedAccountId
      if (key === undefined) {
        target = groups.workspace
        key = WORKSPACE
      } else {
        target = groups.byAccount
      }
    }
    const list = target.get(key)
    if (list === undefined) target.set(key, [event])
    else list.push(event)
  }
  return groups
}

/**
 * Replaces only the lists of the groups (devices, accounts) that gained or lost events, so views
 * memoized on a list skip the rest.
 */
function updateGroups(
  previous: ReadonlyMap<string, readonly ParsedEvent[]>,
  freshByKey: ReadonlyMap<string, ParsedEvent[]>,
  dropped: readonly ParsedEvent[],
  droppedIds: ReadonlySet<string>,
  keyOf: GroupKey,
  changed: Set<string>,
): ReadonlyMap<string, readonly ParsedEvent[]> {
  const trimmed = new Set<string>()
  for (const event of dropped) {
    const key = keyOf(event)
    if (key !== undefined) trimmed.add(key)
  }
  if (freshByKey.size === 0 && trimmed.size === 0) return previous

  // Edits over the previous map, which stays as it was: a new version shares the rest of it.
  const edits: [string, readonly ParsedEvent[] | undefined][] = []
  for (const key of trimmed) {
    const list = previous.get(key)
    if (list === undefined) continue
    changed.add(key)
    const remaining = list.filter((event) => !droppedIds.has(event.id))
    edits.push([key, remaining.length === 0 ? undefined : remaining])
  }
  const trimmedList = new Map(edits)
  for (const [key, events] of freshByKey) {
    changed.add(key)
    const list = trimmedList.has(key) ? trimmedList.get(key) : previous.get(key)
    edits.push([key, list === undefined ? events : mergeSorted(list, events)])
  }
  return LayeredMap.edited(previous, edits)
}
