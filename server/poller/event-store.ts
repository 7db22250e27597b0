// The in-memory read model every browser reads from: the database's events, as served JSON, by cursor.
import { fnv1a64Hex } from '../../src/domain/events/fnv-hash'
import type { PreparedEvent } from './prepare-event'
import type { StoredEventRow } from '../store/event-rows'

type StoredEvent = StoredEventRow

export interface EventStoreOptions {
  retentionMs: number
  maxEvents: number
  /** Distinguishes cursors of this store from those of an earlier process (forces a client reset). */
  epoch: string
}

export interface Classified {
  /** Not in the store yet, within retention, each id once. */
  fresh: PreparedEvent[]
  duplicates: number
  /** Same event_id seen with a new different content; the first version is kept. */
  conflicting: number
  /** Older than retention when they arrived. */
  tooOld: number
}

export interface EventsSince {
  /** JSON text of the events array, built from pre-serialized events. */
  eventsJson: string
  count: number
  cursor: string
  reset: boolean
}

export interface RowsSince {
  readonly rows: readonly StoredEvent[]
  readonly cursor: string
  readonly reset: boolean
}

export class EventStore {
  readonly #options: EventStoreOptions
  readonly #byId = new Map<string, StoredEvent>()
  /** Hashes of conflicting versions already counted, so the overlap re-read does not recount them. */
  readonly #conflictsSeen = new Map<string, Set<string>>()
  /** Ingestion order; seq strictly increasing, so cursors are binary searches. */
  #log: StoredEvent[] = []
  #nextSeq = 1

  constructor(options: EventStoreOptions) {
    this.#options = options
  }

  get size(): number {
    return this.#byId.size
  }

  get cursor(): string {
    return `${this.#options.epoch}.${this.#nextSeq - 1}`
  }

  has(id: string): boolean {
    return this.#byId.has(id)
  }

  /**
   * Sorts what a poll read into what this store lacks (to be written, then inserted with the
   * numbers the database gave them) and what it already has. Events older than retention would be
   * evicted at once, so they are neither.
   */
  classify(
    events: readonly PreparedEvent[],
    now: number,
    pending: Map<string, PreparedEvent> = new Map(),
  ): Classified {
    const result: Classified = { fresh: [], duplicates: 0, conflicting: 0, tooOld: 0 }
    const oldestKept = now - this.#options.retentionMs
    for (const event of events) {
      // Known here, or already read earlier in the same poll (`pending`): the first version wins.
      const existing = this.#byId.get(event.id) ?? pending.get(event.id)
      if (existing !== undefined) {
        result.duplicates += 1
        if (existing.json !== event.json && this.#isNewConflict(event)) result.conflicting += 1
        continue
      }
      if (event.createdAt < oldestKept) {
        result.tooOld += 1
        continue
      }
      pending.set(event.id, event)
      result.fresh.push(event)
    }
    return result
  }

  /** Adds events the database has stored, in the order of their numbers (`seq`). */
  insert(rows: readonly StoredEventRow[]): void {
    for (const row of rows) {
      if (this.#byId.has(row.id)) continue
      if (row.seq < this.#nextSeq) {
        throw new Error(`Event ${row.id} came with number ${row.seq}, below ${this.#nextSeq}.`)
      }
      const stored: StoredEvent = {
        seq: row.seq,
        id: row.id,
        createdAt: row.createdAt,
        json: row.json,
      }
      this.#byId.set(stored.id, stored)
      this.#log.push(stored)
      this.#nextSeq = row.seq + 1
    }
    if (this.#byId.size > this.#options.maxEvents) this.#enforceCap()
  }

  /** Drops events past retention. Cheap enough to run every poll: one linear pass when needed. */
  evictExpired(now: number): number {
    const oldestKept = now - this.#options.retentionMs
    const first = this.#log[0]
    if (first === undefined) return 0
    let anyExpired = false
    for (const event of this.#log) {
      if (event.createdAt < oldestKept) {
        anyExpired = true
        break
      }
    }
    if (!anyExpired) return 0
    return this.#retain((event) => event.createdAt >= oldestKept)
  }

  /**
   * Events ingested after `after` (a cursor from this store). An unknown or foreign cursor
   * (another process, a future seq) gives everything retained and `reset: true`.
   */
  eventsSince(after: string | undefined): EventsSince {
    const { rows, cursor, reset } = this.rowsSince(after)
    return {
      eventsJson: `[${rows.map((event) => event.json).join(',')}]`,
      count: rows.length,
      cursor,
      reset,
    }
  }

  /** The stored rows after `after`, oldest first: eventsSince without building one JSON text. */
  rowsSince(after: string | undefined): RowsSince {
    const lastSeq = this.#nextSeq - 1
    let fromSeq = 0
    let reset = false
    if (after !== undefined) {
      const seq = this.#parseCursor(after)
      if (seq === undefined || seq > lastSeq) reset = true
      else fromSeq = seq
    }
    const start = this.#firstIndexAfter(fromSeq)
    return {
      rows: start === 0 ? this.#log : this.#log.slice(start),
      cursor: this.cursor,
      reset,
    }
  }

  #parseCursor(cursor: string): number | undefined {
    const dot = cursor.lastIndexOf('.')
    if (dot < 0 || cursor.slice(0, dot) !== this.#options.epoch) return undefined
    const seq = Number(cursor.slice(dot + 1))
    return Number.isSafeInteger(seq) && seq >= 0 ? seq : undefined
  }

  #firstIndexAfter(seq: number): number {
    let low = 0
    let high = this.#log.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#log[middle]!.seq <= seq) low = middle + 1
      else high = middle
    }
    return low
  }

  #isNewConflict(event: PreparedEvent): boolean {
    const hash = fnv1a64Hex(event.json)
    let seen = this.#conflictsSeen.get(event.id)
    if (seen === undefined) {
      seen = new Set()
      this.#conflictsSeen.set(event.id, seen)
    }
    if (seen.has(hash)) return false
    seen.add(hash)
    return true
  }

  #enforceCap(): void {
    // Evict down to 95 % of the cap in one go so a full store does not re-sort on every add.
    const target = Math.floor(this.#options.maxEvents * 0.95)
    const byAge = [...this.#log].sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq)
    const cutoff = byAge[byAge.length - target]
    if (cutoff === undefined) return
    const dropped = new Set(byAge.slice(0, byAge.length - target).map((event) => event.seq))
    this.#retain((event) => !dropped.has(event.seq))
  }

  /** How many events retention and the cap have removed so far (readers of the log re-read). */
  get removedCount(): number {
    return this.#removedCount
  }

  #removedCount = 0

  #retain(keep: (event: StoredEvent) => boolean): number {
    const before = this.#log.length
    const kept: StoredEvent[] = []
    for (const event of this.#log) {
      if (keep(event)) kept.push(event)
      else {
        this.#byId.delete(event.id)
        this.#conflictsSeen.delete(event.id)
      }
    }
    this.#log = kept
    this.#removedCount += before - kept.length
    return before - kept.length
  }
}
