// The one shared poller per upstream: reads /events/list from a cursor, pages, overlaps, dedupes.
import type { UpstreamClient } from '../upstream/seam-upstream'
import { describeUpstreamError, UpstreamShapeError } from '../upstream/describe-upstream-error'
import type { EventStore } from './event-store'
import { prepareEvent } from './prepare-event'
import { nextPollDelay } from './backoff'
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

/** A page this large is suspicious: the upstream is looping or ignoring offsets. */
const MAX_PAGES_PER_POLL = 1_000
/** created_at further ahead than this is not trusted to move the cursor (it would skip events). */
const FUTURE_TOLERANCE_MS = 60_000

const INVENTORY_EVENT =
  /^(device\.(added|removed|deleted|name_changed|converted_to_unmanaged|unmanaged\.converted_to_managed)|connected_account\.)/

export class EventPoller {
  readonly #options: EventPollerOptions
  #record: PollRecord
  #highWater: number | null = null
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
    const { upstream, store, pageLimit, now, logger } = this.#options
    const startedAt = now()
    const sinceMs =
      this.#highWater === null
        ? startedAt - this.#options.retentionMs
        : this.#highWater - this.#options.overlapMs
    const since = new Date(sinceMs).toISOString()
    const seenThisPoll = new Set<string>()
    let offset = 0
    let inventoryChanged = false
    try {
      for (let page = 1; ; page += 1) {
        this.counters.upstreamEventCalls += 1
        const events = await upstream.listEvents({ since, limit: pageLimit, offset })
        if (!Array.isArray(events)) {
          throw new UpstreamShapeError('Seam answered /events/list without an events array.')
        }
        const receivedAt = now()
        let newInPage = 0
        const prepared = events.map((raw) => prepareEvent(raw, receivedAt))
        for (const event of prepared) {
          if (seenThisPoll.has(event.id)) continue
          seenThisPoll.add(event.id)
          newInPage += 1
          const isFuture = event.createdAt > receivedAt + FUTURE_TOLERANCE_MS
          if (!isFuture) {
            this.#highWater = Math.max(this.#highWater ?? event.createdAt, event.createdAt)
          }
          if (store.has(event.id)) continue
          if (isFuture) this.counters.future += 1
          if (event.truncated) this.counters.truncated += 1
          if (event.status === 'invalid') this.counters.invalid += 1
          if (event.status === 'unknown') this.counters.unknown += 1
          if (event.redacted) this.counters.redacted += 1
          if (INVENTORY_EVENT.test(event.type)) inventoryChanged = true
        }
        const result = store.add(prepared, receivedAt)
        this.counters.conflictingDuplicates += result.conflicting
        this.counters.tooOld += prepared.length - result.added - result.duplicates
        // A short page is the last one. A page longer than the limit means the upstream ignores
        // `limit` (the fake does) and already sent everything; no new ids means offsets loop.
        if (events.length < pageLimit || events.length > pageLimit || newInPage === 0) break
        if (page >= MAX_PAGES_PER_POLL) {
          logger.warn(`Stopped paging /events/list after ${page} pages in one poll.`)
          break
        }
        offset += events.length
      }
      // Nothing new and no cursor yet: start the overlap from when we asked, not from the dawn of time.
      if (this.#highWater === null) this.#highWater = Math.min(startedAt, now())
      store.evictExpired(now())
      if (this.#record.consecutiveFailures > 0) {
        logger.info('Seam events are flowing again.')
      }
      this.#record = recordSuccess(this.#record, now())
      this.#retryAfterMs = undefined
      if (inventoryChanged) this.#options.onInventoryChange?.()
    } catch (error) {
      const failure = describeUpstreamError(error, now())
      if (this.#record.consecutiveFailures === 0 || this.#record.lastError !== failure.message) {
        logger.warn(`Polling Seam events failed: ${failure.message}`)
      }
      this.#record = recordFailure(this.#record, now(), failure.message, failure.fatal)
      this.#retryAfterMs = failure.retryAfterMs
    }
  }
}
