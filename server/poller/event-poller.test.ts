// The event poller on its own: cursor, overlap, paging stop rules and backoff, against a scripted
// upstream that pages like Seam (strict `since`, `limit`, `unstable_offset`, either order).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { sql } from 'drizzle-orm'
import { readPollProgress, writePoll } from '../store/event-rows'
import { writingTo } from '../store/store-write-error'
import { openTestDatabase, type TestDatabase } from '../testing/test-database'
import {
  UpstreamCallError,
  type EventsPageRequest,
  type UpstreamClient,
} from '../upstream/seam-upstream'
import { EventPoller, type EventPollerOptions, type PollProgress } from './event-poller'
import type { PreparedEvent } from './prepare-event'
import { EventStore } from './event-store'
import { RateLimitGate } from '../upstream/rate-limit-gate'

const T0 = Date.parse('2026-12-01T12:00:00Z')
const OVERLAP_MS = 5_000
const RETENTION_MS = 24 * 3_600_000

interface ScriptedSeamOptions {
  newestFirst?: boolean
  /** Seam's own cap on `limit`. */
  cap?: number
}

/** Events in insertion order, paged like Seam; `failAt` makes the Nth events call (1-based) throw. */
class ScriptedSeam implements UpstreamClient {
  readonly events: Record<string, unknown>[] = []
  readonly requests: EventsPageRequest[] = []
  readonly failures = new Map<number, Error>()
  ignoreOffset = false

  constructor(private readonly options: ScriptedSeamOptions = {}) {}

  add(count: number, firstAt: number, stepMs = 100, type = 'lock.locked'): string[] {
    return Array.from({ length: count }, (_, step) => {
      const index = this.events.length
      const createdAt = new Date(firstAt + stepMs * step).toISOString()
      const event = {
        event_id: `event_${index}`,
        event_type: type,
        workspace_id: 'ws',
        device_id: 'device_1',
        created_at: createdAt,
        occurred_at: createdAt,
      }
      this.events.push(event)
      return event.event_id
    })
  }

  failAt(call: number, error: Error = new UpstreamCallError(new Error('simulated'), undefined)) {
    this.failures.set(call, error)
  }

  listEvents(request: EventsPageRequest): Promise<unknown[]> {
    this.requests.push(request)
    const failure = this.failures.get(this.requests.length)
    if (failure !== undefined) return Promise.reject(failure)
    const since = Date.parse(request.since)
    const matching = this.events.filter((event) => Date.parse(String(event.created_at)) > since)
    const ordered = this.options.newestFirst === true ? matching.reverse() : matching
    const size = Math.min(request.limit, this.options.cap ?? Infinity)
    const offset = this.ignoreOffset ? 0 : request.offset
    return Promise.resolve(ordered.slice(offset, offset + size))
  }

  listDevices(): Promise<unknown[]> {
    return Promise.resolve([])
  }

  listConnectedAccounts(): Promise<unknown[]> {
    return Promise.resolve([])
  }
}

// The poller writes through a real (embedded) database, as it does in the product.
let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase('pglite')
})
afterAll(async () => {
  await database.drop()
})
beforeEach(async () => {
  await database.db.execute(sql`delete from events`)
  await database.db.execute(sql`delete from meta`)
})

interface Harness {
  seam: ScriptedSeam
  store: EventStore
  poller: EventPoller
  clock: { now: number }
  warnings: string[]
  infos: string[]
  inventoryChanges: number
}

function harness(
  seamOptions: ScriptedSeamOptions = {},
  options: Partial<EventPollerOptions> = {},
): Harness {
  const seam = new ScriptedSeam(seamOptions)
  const store = new EventStore({ retentionMs: RETENTION_MS, maxEvents: 100_000, epoch: 'e1' })
  const clock = { now: T0 }
  const result: Harness = {
    seam,
    store,
    clock,
    warnings: [],
    infos: [],
    inventoryChanges: 0,
    poller: undefined as unknown as EventPoller,
  }
  result.poller = new EventPoller({
    upstream: seam,
    store,
    intervalMs: 1_000,
    overlapMs: OVERLAP_MS,
    pageLimit: 10,
    retentionMs: RETENTION_MS,
    now: () => clock.now,
    random: () => 0,
    logger: {
      info: (message) => result.infos.push(message),
      warn: (message) => result.warnings.push(message),
    },
    onInventoryChange: () => (result.inventoryChanges += 1),
    persist: (fresh, cursor) => writePoll(database.db, fresh, cursor),
    ...options,
  })
  return result
}

const storedIds = (store: EventStore) =>
  (JSON.parse(store.eventsSince(undefined).eventsJson) as { event_id: string }[])
    .map((event) => event.event_id)
    .sort()

const sinceOf = (request: EventsPageRequest | undefined) => Date.parse(request?.since ?? '')

describe.each([
  { order: 'oldest first', newestFirst: false },
  { order: 'newest first', newestFirst: true },
])('EventPoller, Seam listing $order', ({ newestFirst }) => {
  it('moves the cursor to the newest event after a whole poll, and reads the overlap again', async () => {
    const h = harness({ newestFirst })
    h.seam.add(25, T0 - 60_000)
    await h.poller.pollOnce()
    expect(sinceOf(h.seam.requests[0])).toBe(T0 - RETENTION_MS)
    const newest = T0 - 60_000 + 24 * 100
    h.clock.now += 1_000
    const calls = h.seam.requests.length
    await h.poller.pollOnce()
    expect(sinceOf(h.seam.requests[calls])).toBe(newest - OVERLAP_MS)
    expect(storedIds(h.store)).toEqual([...h.seam.events.map((e) => String(e.event_id))].sort())
  })

  it.each([2, 4])(
    'keeps the cursor where it was when page %i of a later poll fails, and loses nothing',
    async (failingPage) => {
      const h = harness({ newestFirst })
      h.seam.add(3, T0 - 120_000)
      await h.poller.pollOnce()
      const firstPollCalls = h.seam.requests.length
      // A backlog of four pages (10 a page), spread over 35 s: far more than the overlap.
      h.seam.add(35, T0 - 40_000, 1_000)
      h.seam.failAt(firstPollCalls + failingPage)
      h.clock.now += 1_000
      await h.poller.pollOnce()
      expect(h.poller.record.consecutiveFailures).toBe(1)
      const failedSince = sinceOf(h.seam.requests[firstPollCalls])
      h.clock.now += 1_000
      const before = h.seam.requests.length
      await h.poller.pollOnce()
      expect(h.poller.record.consecutiveFailures).toBe(0)
      expect(sinceOf(h.seam.requests[before])).toBe(failedSince)
      expect(storedIds(h.store)).toEqual([...h.seam.events.map((e) => String(e.event_id))].sort())
    },
  )

  it.each([2, 5])(
    'reads the whole retention window again when page %i of the first poll fails',
    async (failingPage) => {
      const h = harness({ newestFirst })
      h.seam.add(45, T0 - 3_600_000, 60_000)
      h.seam.failAt(failingPage)
      await h.poller.pollOnce()
      expect(h.poller.record.consecutiveFailures).toBe(1)
      h.clock.now += 1_000
      const before = h.seam.requests.length
      await h.poller.pollOnce()
      expect(sinceOf(h.seam.requests[before])).toBe(h.clock.now - RETENTION_MS)
      expect(storedIds(h.store)).toEqual([...h.seam.events.map((e) => String(e.event_id))].sort())
    },
  )

  it('reads past pages Seam cut below the limit it was asked, with no extra request', async () => {
    const h = harness({ newestFirst, cap: 7 })
    h.seam.add(3, T0 - 120_000)
    await h.poller.pollOnce()
    h.seam.add(30, T0 - 60_000, 1_000)
    h.clock.now += 1_000
    const before = h.seam.requests.length
    await h.poller.pollOnce()
    // 30 new + 1 overlap event at 7 a page: 7, 7, 7, 7, 3; the short 3 is surely the last.
    expect(h.seam.requests.slice(before).map((request) => request.offset)).toEqual([
      0, 7, 14, 21, 28,
    ])
    expect(storedIds(h.store)).toEqual([...h.seam.events.map((e) => String(e.event_id))].sort())
  })
})

describe('EventPoller paging stop rules', () => {
  it('makes sure of a short page once, then trusts pages shorter than Seam has served', async () => {
    const h = harness()
    h.seam.add(4, T0 - 60_000, 10_000)
    await h.poller.pollOnce()
    expect(h.seam.requests.map((request) => request.offset)).toEqual([0, 4])
    h.seam.add(1, T0 - 1_000)
    h.clock.now += 1_000
    await h.poller.pollOnce()
    // The overlap re-reads one old event plus the new one: 2 < 4, so surely the last page.
    expect(h.seam.requests.map((request) => request.offset)).toEqual([0, 4, 0])
  })

  it('stops when a page is longer than asked (an upstream that ignores limit)', async () => {
    const h = harness()
    h.seam.add(25, T0 - 60_000)
    h.seam.ignoreOffset = true
    // The scripted Seam honours limit; a larger page is what an upstream ignoring it sends.
    const original = h.seam.listEvents.bind(h.seam)
    h.seam.listEvents = async (request) => original({ ...request, limit: 1_000 })
    await h.poller.pollOnce()
    expect(h.seam.requests).toHaveLength(1)
    expect(h.store.size).toBe(25)
  })

  it('cuts a poll short when pages repeat (offset ignored): keeps events, cursor stays, says so', async () => {
    const h = harness()
    h.seam.add(3, T0 - 120_000)
    await h.poller.pollOnce()
    h.seam.add(25, T0 - 60_000)
    h.seam.ignoreOffset = true
    h.clock.now += 1_000
    const before = h.seam.requests.length
    await h.poller.pollOnce()
    const pollSince = sinceOf(h.seam.requests[before])
    expect(h.seam.requests.length - before).toBe(2)
    expect(h.warnings.at(-1)).toMatch(/cut short: page 2 .*repeated/)
    // The first page only: the three known events and seven new ones.
    expect(h.store.size).toBe(10)
    h.clock.now += 1_000
    const again = h.seam.requests.length
    await h.poller.pollOnce()
    expect(sinceOf(h.seam.requests[again])).toBe(pollSince)
  })

  it('does not let a future-dated event move the cursor', async () => {
    const h = harness()
    h.seam.add(2, T0 - 60_000)
    h.seam.add(1, T0 + 3_600_000)
    await h.poller.pollOnce()
    expect(h.poller.counters.future).toBe(1)
    h.clock.now += 1_000
    const before = h.seam.requests.length
    await h.poller.pollOnce()
    expect(sinceOf(h.seam.requests[before])).toBe(T0 - 60_000 + 100 - OVERLAP_MS)
  })

  it('tells of inventory changes from pages read before a failure', async () => {
    const h = harness({ newestFirst: true })
    h.seam.add(3, T0 - 120_000)
    await h.poller.pollOnce()
    h.seam.add(15, T0 - 60_000, 1_000)
    h.seam.add(1, T0 - 1_000, 0, 'device.added')
    h.seam.failAt(h.seam.requests.length + 2)
    h.clock.now += 1_000
    await h.poller.pollOnce()
    expect(h.poller.record.consecutiveFailures).toBe(1)
    expect(h.inventoryChanges).toBe(1)
  })

  it('asks for the device list once per poll, however many of its pages say it changed', async () => {
    const h = harness({ newestFirst: true })
    // Five pages of ten, each with a device.added among them.
    for (let page = 0; page < 5; page += 1) {
      h.seam.add(9, T0 - 60_000 + page * 10_000)
      h.seam.add(1, T0 - 60_000 + page * 10_000 + 950, 0, 'device.added')
    }
    await h.poller.pollOnce()
    expect(h.seam.requests.length).toBeGreaterThanOrEqual(5)
    expect(h.inventoryChanges).toBe(1)
  })
})

describe('EventPoller and its database', () => {
  it('shows nothing and keeps its cursor while the database refuses writes, then catches up', async () => {
    const h = harness(
      { newestFirst: true },
      {
        persist: (fresh, cursor) =>
          writingTo(database.location, 'events', () => writePoll(database.db, fresh, cursor)),
      },
    )
    h.seam.add(3, T0 - 120_000)
    await h.poller.pollOnce()
    const firstSince = sinceOf(h.seam.requests.at(-1))
    h.seam.add(25, T0 - 60_000, 1_000)
    // A real failure: the table is gone for a moment.
    await database.db.execute(sql`alter table events rename to events_away`)
    h.clock.now += 1_000
    const failed = h.seam.requests.length
    await h.poller.pollOnce()
    expect(h.poller.record.lastError).toMatch(
      /^Cannot write events to the database at .*: PostgreSQL error 42P01: relation "events" does not exist/,
    )
    expect(h.store.size).toBe(3)
    await database.db.execute(sql`alter table events_away rename to events`)
    h.clock.now += 1_000
    const recovered = h.seam.requests.length
    await h.poller.pollOnce()
    // Read again from the same point as the failed poll, not from where its pages reached.
    expect(sinceOf(h.seam.requests[recovered])).toBe(sinceOf(h.seam.requests[failed]))
    expect(sinceOf(h.seam.requests[recovered])).toBeGreaterThan(firstSince)
    expect(h.poller.record.consecutiveFailures).toBe(0)
    expect(storedIds(h.store)).toEqual([...h.seam.events.map((e) => String(e.event_id))].sort())
  })
})

describe('EventPoller writing page by page', () => {
  it('writes each page of a long poll as it reads on, and the progress once, with the last page', async () => {
    const writes: { ids: string[]; progress: PollProgress | null }[] = []
    const stored: number[] = []
    const h = harness(
      { newestFirst: true },
      {
        onStored: (count) => stored.push(count),
        persist: (fresh: readonly PreparedEvent[], progress: PollProgress | null) => {
          writes.push({ ids: fresh.map((event) => event.id), progress })
          return writePoll(database.db, fresh, progress)
        },
      },
    )
    const ids = h.seam.add(25, T0 - 60_000)
    await h.poller.pollOnce()
    // Pages of 10, 10 and 5, newest first: two writes while reading, the last with the progress.
    expect(writes.map((write) => write.ids)).toEqual([
      ids.slice(15).reverse(),
      ids.slice(5, 15).reverse(),
      ids.slice(0, 5).reverse(),
    ])
    expect(writes.map((write) => write.progress)).toEqual([
      null,
      null,
      { cursor: T0 - 60_000 + 2_400, longestPageServed: 10 },
    ])
    expect(await readPollProgress(database.db)).toEqual(writes[2]!.progress)
    expect(storedIds(h.store)).toEqual([...ids].sort())
    // The alert recorder hears of the poll once, at its end, not once per page.
    expect(stored).toEqual([25])
  })

  it('keeps the pages written before a refused one, writes no more, and the cursor stays', async () => {
    let calls = 0
    const h = harness(
      { newestFirst: true },
      {
        persist: (fresh, progress) => {
          calls += 1
          if (calls === 2) {
            return writingTo(database.location, 'events', () =>
              Promise.reject(new Error('disk full')),
            )
          }
          return writePoll(database.db, fresh, progress)
        },
      },
    )
    const ids = h.seam.add(45, T0 - 60_000)
    await h.poller.pollOnce()
    expect(h.poller.record.lastError).toMatch(/^Cannot write events to the database at /)
    // The first page (newest ten) is kept; the second was refused; the rest waits for the next poll.
    expect(storedIds(h.store)).toEqual(ids.slice(35).sort())
    expect(await readPollProgress(database.db)).toEqual({ cursor: null, longestPageServed: 0 })
    h.clock.now += 1_000
    const before = h.seam.requests.length
    await h.poller.pollOnce()
    expect(sinceOf(h.seam.requests[before])).toBe(h.clock.now - RETENTION_MS)
    expect(storedIds(h.store)).toEqual([...ids].sort())
  })

  it('after a restart trusts the page size the database remembers: one call for a short page', async () => {
    const first = harness({ newestFirst: true })
    first.seam.add(25, T0 - 600_000, 10_000)
    await first.poller.pollOnce()
    const progress = await readPollProgress(database.db)
    expect(progress.longestPageServed).toBe(10)
    // A new process over the same database and the same Seam, three events later.
    const restarted = harness({ newestFirst: true }, { initialProgress: progress })
    restarted.seam.events.push(...first.seam.events)
    restarted.seam.add(3, T0 - 1_000)
    await restarted.poller.pollOnce()
    expect(restarted.seam.requests.map((request) => request.offset)).toEqual([0])
    expect(sinceOf(restarted.seam.requests[0])).toBe(progress.cursor! - OVERLAP_MS)
    // Without what the database remembered, the short page has to be made sure of.
    const forgetful = harness(
      { newestFirst: true },
      { initialProgress: { cursor: progress.cursor, longestPageServed: 0 } },
    )
    forgetful.seam.events.push(...restarted.seam.events)
    await forgetful.poller.pollOnce()
    expect(forgetful.seam.requests.map((request) => request.offset)).toEqual([0, 4])
  })
})

describe('EventPoller backoff', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('schedules the next poll by backoff and Retry-After, and at the interval once healthy', async () => {
    vi.useFakeTimers()
    const h = harness({}, { now: () => Date.now(), random: () => 0 })
    vi.setSystemTime(T0)
    h.seam.add(2, T0 - 60_000)
    h.seam.failAt(1, new UpstreamCallError(new Error('rate limited'), '30'))
    h.seam.failAt(2)
    h.seam.failAt(3)
    h.poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(h.seam.requests).toHaveLength(1)
    expect(h.poller.nextPollAt! - Date.now()).toBe(30_000)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(h.seam.requests).toHaveLength(2)
    // Two failures in a row: 1 s × 2 × ½ (lowest jitter), at least the interval.
    expect(h.poller.nextPollAt! - Date.now()).toBe(1_000)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(h.seam.requests).toHaveLength(3)
    expect(h.poller.nextPollAt! - Date.now()).toBe(2_000)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(h.poller.record.consecutiveFailures).toBe(0)
    expect(h.poller.nextPollAt! - Date.now()).toBe(1_000)
    await h.poller.stop()
    expect(h.poller.nextPollAt).toBeNull()
  })

  it('shares Seam’s rate limit: its Retry-After holds the gate, and a hold from elsewhere holds it', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(T0)
    const gate = new RateLimitGate()
    const h = harness({}, { now: () => Date.now(), random: () => 0, gate })
    h.seam.add(2, T0 - 60_000)
    h.seam.failAt(1, new UpstreamCallError(new Error('rate limited'), '30'))
    h.poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(gate.waitMs(Date.now())).toBe(30_000)
    await vi.advanceTimersByTimeAsync(29_999)
    expect(h.seam.requests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    const afterWait = h.seam.requests.length
    expect(afterWait).toBeGreaterThan(1)
    // The inventory poller is told to wait 20 s after this poll's timer was set: it waits too.
    gate.holdUntil(Date.now() + 20_000)
    await vi.advanceTimersByTimeAsync(19_999)
    expect(h.seam.requests).toHaveLength(afterWait)
    await vi.advanceTimersByTimeAsync(1)
    const afterHold = h.seam.requests.length
    expect(afterHold).toBeGreaterThan(afterWait)
    // A Retry-After of 40 days is honoured without a timer that fires at once.
    h.seam.failAt(
      afterHold + 1,
      new UpstreamCallError(new Error('rate limited'), String(40 * 86_400)),
    )
    await vi.advanceTimersByTimeAsync(1_000)
    expect(h.seam.requests).toHaveLength(afterHold + 1)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(h.seam.requests).toHaveLength(afterHold + 1)
    expect(h.poller.nextPollAt! - Date.now()).toBeGreaterThan(39 * 86_400_000)
    await h.poller.stop()
  })
})
