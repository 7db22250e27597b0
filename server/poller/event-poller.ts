// The one shared poller per upstream: reads /events/list from a cursor, pages, overlaps, dedupes.
import type { UpstreamClient } from '../upstream/seam-upstream'
import { describeUpstreamError, UpstreamShapeError } from '../upstream/describe-upstream-error'
import type { EventStore } from './event-store'
import { prepareEvent } from './prepare-event'
import { nextPollDelay } from './backoff'
import { judgePage, type PageVerdict } from './paging-rule'
import { initialPollRecord, recordFailure, recordSuccess, type PollRecord } from './poll-health'

export interface PollerLogger {
  info(message: string): void
  warn(message: string): void
}

export interface EventPollerOptions {
  upstream: UpstreamClient
  store: EventStore
  intervalMs: number
  overlapMs: number
  pageLimit: number
  retentionMs: number
  now: () => number
  random: () => number
  logger: PollerLogger
  /** Called when events suggest the device or account lists changed (added, removed, renamed). */
  onInventoryChange?: () => void
}

export interface EventCounters {
  upstreamEventCalls: number
  invalid: number
  unknown: number
  redacted: number
  conflictingDuplicates: number
  /** Served cut down because a field or the whole event was too large. */
  truncated: number
  /** created_at further ahead than the clock allows: kept, but never trusted to move the cursor. */
  future: number
  /** Already older than retention when they arrived: not kept. */
  tooOld: number
}

/** created_at further ahead than this is not trusted to move the cursor (it would skip events). */
const FUTURE_TOLERANCE_MS = 60_000

const INVENTORY_EVENT =
  /^(device\.(added|removed|deleted|name_changed|converted_to_unmanaged|unmanaged\.converted_to_managed)|connected_account\.)/

/** What one poll has read so far, kept even when a later page fails. */
interface PollRead {
  /** The newest created_at read (future-dated events excluded): the cursor, if the poll completes. */
  newestCreatedAt: number | null
  inventoryChanged: boolean
}

export class EventPoller {
  readonly #options: EventPollerOptions
  #record: PollRecord
  /** created_at up to which every event has been read; moves only when a poll completes. */
  #highWater: number | null = null
  /** What Seam has shown of its page size, so a short page can be trusted as the last. */
  #longestPageServed = 0
  #timer: NodeJS.Timeout | undefined
  #running = false
  #inFlight: Promise<void> | undefined
  readonly counters: EventCounters = {
    upstreamEventCalls: 0,
    invalid: 0,
    unknown: 0,
    redacted: 0,
    conflictingDuplicates: 0,
    truncated: 0,
    future: 0,
    tooOld: 0,
  }

  constructor(options: EventPollerOptions) {
    this.#options = options
    this.#record = initialPollRecord(options.now())
  }

  get record(): PollRecord {
    return this.#record
  }

  /** When the next scheduled poll runs (after backoff and Retry-After); null when not scheduled. */
  get nextPollAt(): number | null {
    return this.#nextPollAt
  }

  #nextPollAt: number | null = null

  start(): void {
    if (this.#running) return
    this.#running = true
    this.#schedule(0)
  }

  async stop(): Promise<void> {
    this.#running = false
    this.#nextPollAt = null
    clearTimeout(this.#timer)
    await this.#inFlight
  }

  /** One poll: every page since the cursor (minus the overlap window). Never throws. */
  async pollOnce(): Promise<void> {
    const run = this.#poll()
    this.#inFlight = run
    await run
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer)
    this.#nextPollAt = this.#options.now() + delayMs
    this.#timer = setTimeout(() => {
      void this.pollOnce().then(() => {
        if (!this.#running) return
        const retryAfterMs = this.#retryAfterMs
        this.#schedule(
          nextPollDelay({
            intervalMs: this.#options.intervalMs,
            consecutiveFailures: this.#record.consecutiveFailures,
            retryAfterMs,
            random: this.#options.random(),
          }),
        )
      })
    }, delayMs)
  }

  #retryAfterMs: number | undefined

  async #poll(): Promise<void> {
    const { store, now, logger } = this.#options
    const startedAt = now()
    // The first poll after a start reads the whole retention window; later ones from the cursor.
    const sinceMs =
      this.#highWater === null
        ? startedAt - this.#options.retentionMs
        : this.#highWater - this.#options.overlapMs
    const read: PollRead = { newestCreatedAt: null, inventoryChanged: false }
    try {
      const ending = await this.#readPages(new Date(sinceMs).toISOString(), read)
      // The cursor moves only when the poll read to its last page. A poll cut short (by a failure,
      // the page limit or a looping upstream) keeps what it brought and starts from the old cursor
      // again: Seam may list newest first, so what it did not reach is older than what it read.
      if (ending.next === 'cut-short') {
        logger.warn(
          `Polling Seam events was cut short: ${ending.reason}; the next poll reads from the same point again.`,
        )
      } else if (read.newestCreatedAt !== null) {
        this.#highWater = Math.max(this.#highWater ?? read.newestCreatedAt, read.newestCreatedAt)
      } else if (this.#highWater === null) {
        // Nothing at all and no cursor yet: start the overlap from when we asked, not from the dawn of time.
        this.#highWater = Math.min(startedAt, now())
      }
      store.evictExpired(now())
      if (this.#record.consecutiveFailures > 0) {
        logger.info('Seam events are flowing again.')
      }
      this.#record = recordSuccess(this.#record, now())
      this.#retryAfterMs = undefined
    } catch (error) {
      const failure = describeUpstreamError(error, now())
      if (this.#record.consecutiveFailures === 0 || this.#record.lastError !== failure.message) {
        logger.warn(`Polling Seam events failed: ${failure.message}`)
      }
      this.#record = recordFailure(this.#record, now(), failure.message, failure.fatal)
      this.#retryAfterMs = failure.retryAfterMs
    } finally {
      // Pages read before a failure are kept, so the next poll finds their events already known:
      // the news that devices changed must not wait for that poll.
      if (read.inventoryChanged) this.#options.onInventoryChange?.()
    }
  }

  /** Reads pages from `since` until the paging rule says the poll is over; stores each page. */
  async #readPages(since: string, read: PollRead): Promise<PageVerdict> {
    const { upstream, pageLimit } = this.#options
    const seenThisPoll = new Set<string>()
    let offset = 0
    let afterShortPage = false
    for (let page = 1; ; page += 1) {
      this.counters.upstreamEventCalls += 1
      const events = await upstream.listEvents({ since, limit: pageLimit, offset })
      if (!Array.isArray(events)) {
        throw new UpstreamShapeError('Seam answered /events/list without an events array.')
      }
      const newIds = this.#storePage(events, seenThisPoll, read)
      const returned = events.length
      const judged = judgePage(
        { page, asked: pageLimit, returned, newIds, afterShortPage },
        this.#longestPageServed,
      )
      this.#longestPageServed = judged.longestServed
      if (judged.verdict.next !== 'page') return judged.verdict
      afterShortPage = returned < pageLimit
      offset += returned
    }
  }

  /** Prepares and stores one page; returns how many of its events this poll had not read yet. */
  #storePage(events: unknown[], seenThisPoll: Set<string>, read: PollRead): number {
    const { store, now } = this.#options
    const receivedAt = now()
    let newIds = 0
    const prepared = events.map((raw) => prepareEvent(raw, receivedAt))
    for (const event of prepared) {
      if (seenThisPoll.has(event.id)) continue
      seenThisPoll.add(event.id)
      newIds += 1
      const isFuture = event.createdAt > receivedAt + FUTURE_TOLERANCE_MS
      if (!isFuture) {
        read.newestCreatedAt = Math.max(read.newestCreatedAt ?? event.createdAt, event.createdAt)
      }
      if (store.has(event.id)) continue
      if (isFuture) this.counters.future += 1
      if (event.truncated) this.counters.truncated += 1
      if (event.status === 'invalid') this.counters.invalid += 1
      if (event.status === 'unknown') this.counters.unknown += 1
      if (event.redacted) this.counters.redacted += 1
      if (INVENTORY_EVENT.test(event.type)) read.inventoryChanged = true
    }
    const result = store.add(prepared, receivedAt)
    this.counters.conflictingDuplicates += result.conflicting
    this.counters.tooOld += prepared.length - result.added - result.duplicates
    return newIds
  }
}
