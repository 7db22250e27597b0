// The one shared poller per upstream: reads /events/list from a cursor, pages, overlaps, dedupes.
import type { UpstreamClient } from '../upstream/seam-upstream'
import { describeUpstreamError, UpstreamShapeError } from '../upstream/describe-upstream-error'
import type { EventStore } from './event-store'
import { prepareEvent, type PreparedEvent } from './prepare-event'
import type { StoredEventRow } from '../store/event-rows'
import { StoreWriteError } from '../store/store-write-error'
import { nextPollDelay } from './backoff'
import type { RateLimitGate } from '../upstream/rate-limit-gate'
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
  /**
   * Writes new events, and the poll's progress when given (it read to its last page), in one
   * transaction; answers the rows stored, numbered. Throws StoreWriteError with a message a person
   * can act on. A one-page poll is one call; a longer one writes each page while reading the next.
   */
  persist(fresh: readonly PreparedEvent[], progress: PollProgress | null): Promise<StoredEventRow[]>
  /** Seam's one rate limit, shared with the inventory poller. */
  gate?: RateLimitGate
  /** What the database kept from before a restart; null cursor: read the whole retention window. */
  initialProgress?: PollProgress
  /** Called once after a poll that stored new events, with how many (the fleet engine judges them). */
  onStored?: (count: number) => void
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

/** The longest delay setTimeout honours. */
const MAX_TIMER_MS = 2 ** 31 - 1
/** created_at further ahead than this is not trusted to move the cursor (it would skip events). */
const FUTURE_TOLERANCE_MS = 60_000

const INVENTORY_EVENT =
  /^(device\.(added|removed|deleted|name_changed|converted_to_unmanaged|unmanaged\.converted_to_managed)|connected_account\.)/

/** What a completed poll leaves for the next one, and for the next process after a restart. */
export interface PollProgress {
  /** created_at up to which every event has been read. */
  cursor: number | null
  /** The longest page Seam has served (see paging-rule): a restart need not prove it again. */
  longestPageServed: number
}

/** What one poll has read so far, kept even when a later page fails. */
interface PollRead {
  /** The newest created_at read (future-dated events excluded): the cursor, if the poll completes. */
  newestCreatedAt: number | null
  /** Events this store lacks, by id, in the order read. */
  fresh: Map<string, PreparedEvent>
  /** Of those, the ones not handed to a write yet. */
  unwritten: PreparedEvent[]
  /** Writes of earlier pages, one after another, while later pages are read. */
  writing: Promise<void>
  /** The first write that failed: the poll stops reading, the cursor stays. */
  writeFailure: unknown
  /** Events the poll's writes stored. */
  storedCount: number
  /** Whether any of them says the device or account lists changed. */
  inventoryChanged: boolean
  /** created_at further ahead than the clock allows: kept, but never trusted to move the cursor. */
  futureIds: Set<string>
}

export class EventPoller {
  readonly #options: EventPollerOptions
  #record: PollRecord
  /** created_at up to which every event has been read; moves only when a poll completes. */
  #highWater: number | null = null
  /** What Seam has shown of its page size, so a short page can be trusted as the last. */
  #longestPageServed = 0
  /** The longest page served as the database has it. */
  #storedLongestPage = 0
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
    this.#highWater = options.initialProgress?.cursor ?? null
    this.#longestPageServed = options.initialProgress?.longestPageServed ?? 0
    this.#storedLongestPage = this.#longestPageServed
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
    const { now, gate } = this.#options
    // Seam's one rate limit: a Retry-After the inventory poller was given holds this poller too.
    const waitMs = Math.max(delayMs, gate?.waitMs(now()) ?? 0)
    this.#nextPollAt = now() + waitMs
    // setTimeout fires at once past 2³¹−1 ms: a huge Retry-After must not become a tight loop.
    this.#timer = setTimeout(
      () => {
        if ((gate?.waitMs(now()) ?? 0) > 0) {
          this.#schedule(0)
          return
        }
        void this.pollOnce().then(() => {
          if (!this.#running) return
          this.#schedule(
            nextPollDelay({
              intervalMs: this.#options.intervalMs,
              consecutiveFailures: this.#record.consecutiveFailures,
              retryAfterMs: this.#retryAfterMs,
              random: this.#options.random(),
            }),
          )
        })
      },
      Math.min(waitMs, MAX_TIMER_MS),
    )
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
    const read: PollRead = {
      newestCreatedAt: null,
      fresh: new Map(),
      unwritten: [],
      writing: Promise.resolve(),
      writeFailure: undefined,
      storedCount: 0,
      inventoryChanged: false,
      futureIds: new Set(),
    }
    let ending: PageVerdict | undefined
    let failure: unknown
    try {
      ending = await this.#readPages(new Date(sinceMs).toISOString(), read)
    } catch (error) {
      failure = error
    }
    // The cursor moves only when the poll read to its last page. A poll cut short (by a failure,
    // the page limit or a looping upstream) keeps what it brought and starts from the old cursor
    // again: Seam may list newest first, so what it did not reach is older than what it read.
    await read.writing
    failure ??= read.writeFailure
    const cursor =
      ending?.next === 'done' && read.writeFailure === undefined
        ? this.#cursorAfter(read, startedAt)
        : null
    // After a refused page the rest is not tried: the next poll reads it all again anyway.
    if (read.writeFailure === undefined) {
      try {
        await this.#persist(read, cursor)
      } catch (error) {
        failure ??= error
      }
    }
    store.evictExpired(now())
    // Once per poll, not per page: a first ingest of 400 pages asked for the device list after
    // nearly every page (300 calls) and judged the fleet again and again.
    if (read.inventoryChanged) this.#options.onInventoryChange?.()
    if (read.storedCount > 0) this.#options.onStored?.(read.storedCount)
    if (ending?.next === 'cut-short') {
      logger.warn(
        `Polling Seam events was cut short: ${ending.reason}; the next poll reads from the same point again.`,
      )
    }
    if (failure === undefined) {
      if (this.#record.consecutiveFailures > 0) logger.info('Seam events are flowing again.')
      this.#record = recordSuccess(this.#record, now())
      this.#retryAfterMs = undefined
      return
    }
    const described =
      failure instanceof StoreWriteError
        ? { message: failure.message, fatal: false, retryAfterMs: undefined }
        : describeUpstreamError(failure, now())
    if (this.#record.consecutiveFailures === 0 || this.#record.lastError !== described.message) {
      logger.warn(`Polling Seam events failed: ${described.message}`)
    }
    this.#record = recordFailure(this.#record, now(), described.message, described.fatal)
    this.#retryAfterMs = described.retryAfterMs
    if (described.retryAfterMs !== undefined) {
      this.#options.gate?.holdUntil(now() + described.retryAfterMs)
    }
  }

  #cursorAfter(read: PollRead, startedAt: number): number {
    if (read.newestCreatedAt !== null) {
      return Math.max(this.#highWater ?? read.newestCreatedAt, read.newestCreatedAt)
    }
    // Nothing at all and no cursor yet: start the overlap from when we asked, not from the dawn of time.
    return this.#highWater ?? Math.min(startedAt, this.#options.now())
  }

  /**
   * Writes what the poll brought and has not written yet (and its progress, when it read to the
   * end) in one transaction, then shows it. When the write fails nothing of it is shown and the
   * cursor stays: the next poll reads the same events again and finds them still missing here.
   */
  async #persist(read: PollRead, cursor: number | null): Promise<void> {
    const progress: PollProgress = { cursor, longestPageServed: this.#longestPageServed }
    const moves =
      cursor !== null &&
      (cursor !== this.#highWater || progress.longestPageServed !== this.#storedLongestPage)
    const batch = read.unwritten.splice(0)
    if (batch.length === 0 && !moves) return
    await this.#write(read, batch, moves ? progress : null)
    if (cursor !== null) this.#highWater = cursor
    if (moves) this.#storedLongestPage = progress.longestPageServed
  }

  /** Hands a page's events to a write of their own, after the writes before it, and reads on. */
  #writeWhileReading(read: PollRead): void {
    const batch = read.unwritten.splice(0)
    if (batch.length === 0) return
    read.writing = read.writing.then(async () => {
      if (read.writeFailure !== undefined) return
      try {
        await this.#write(read, batch, null)
      } catch (error) {
        read.writeFailure = error
      }
    })
  }

  async #write(
    read: PollRead,
    batch: PreparedEvent[],
    progress: PollProgress | null,
  ): Promise<void> {
    const rows = await this.#options.persist(batch, progress)
    this.#options.store.insert(rows)
    for (const row of rows) {
      const event = read.fresh.get(row.id)
      if (event === undefined) continue
      if (event.truncated) this.counters.truncated += 1
      if (event.status === 'invalid') this.counters.invalid += 1
      if (event.status === 'unknown') this.counters.unknown += 1
      if (event.redacted) this.counters.redacted += 1
      if (read.futureIds.has(row.id)) this.counters.future += 1
      if (INVENTORY_EVENT.test(event.type)) read.inventoryChanged = true
    }
    read.storedCount += rows.length
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
      const newIds = this.#readPage(events, seenThisPoll, read)
      const returned = events.length
      const judged = judgePage(
        { page, asked: pageLimit, returned, newIds, afterShortPage },
        this.#longestPageServed,
      )
      this.#longestPageServed = judged.longestServed
      if (judged.verdict.next !== 'page') return judged.verdict
      // A write that failed ends the poll: reading on would only pile up what cannot be kept.
      if (read.writeFailure !== undefined) {
        return { next: 'cut-short', reason: 'the database refused a page of events' }
      }
      this.#writeWhileReading(read)
      afterShortPage = returned < pageLimit
      offset += returned
    }
  }

  /** Prepares one page and keeps its events this store lacks; returns how many ids were new to the poll. */
  #readPage(events: unknown[], seenThisPoll: Set<string>, read: PollRead): number {
    const { store, now } = this.#options
    const receivedAt = now()
    let newIds = 0
    const page = events.map((raw) => prepareEvent(raw, receivedAt))
    for (const event of page) {
      if (seenThisPoll.has(event.id)) continue
      seenThisPoll.add(event.id)
      newIds += 1
      if (event.createdAt > receivedAt + FUTURE_TOLERANCE_MS) {
        read.futureIds.add(event.id)
      } else {
        read.newestCreatedAt = Math.max(read.newestCreatedAt ?? event.createdAt, event.createdAt)
      }
    }
    // Every copy goes to classify, so a repeated id with other content is counted as a conflict.
    const classified = store.classify(page, receivedAt, read.fresh)
    read.unwritten.push(...classified.fresh)
    this.counters.conflictingDuplicates += classified.conflicting
    this.counters.tooOld += classified.tooOld
    return newIds
  }
}
