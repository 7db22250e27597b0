import { describe, expect, it } from 'vitest'
import { EventStore } from './event-store'
import type { PreparedEvent } from './prepare-event'

const HOUR = 3_600_000
const NOW = Date.parse('2026-11-20T12:00:00Z')

function event(id: string, createdAt: number, extra = ''): PreparedEvent {
  return {
    id,
    type: 'lock.locked',
    status: 'known',
    reason: undefined,
    createdAt,
    occurredAt: createdAt,
    deviceId: 'device_1',
    connectedAccountId: null,
    explorer: { sortAt: createdAt, category: 'lock', severity: null, searchText: id },
    json: JSON.stringify({ event_id: id, created_at: new Date(createdAt).toISOString(), extra }),
    redacted: false,
    truncated: false,
  }
}

const ids = (json: string) =>
  (JSON.parse(json) as { event_id: string }[]).map((entry) => entry.event_id)

/** What a poll does: classify against the store, "write" (number the fresh ones), insert. */
function add(store: EventStore, events: PreparedEvent[], now: number) {
  const classified = store.classify(events, now)
  store.insert(classified.fresh.map((fresh) => ({ ...fresh, seq: nextSeq++ })))
  return {
    added: classified.fresh.length,
    duplicates: classified.duplicates,
    conflicting: classified.conflicting,
    tooOld: classified.tooOld,
  }
}
let nextSeq = 1

describe('EventStore', () => {
  const store = () => new EventStore({ retentionMs: 24 * HOUR, maxEvents: 1_000, epoch: 'e1' })

  it('dedupes by event id and counts conflicting duplicates', () => {
    const subject = store()
    expect(add(subject, [event('a', NOW), event('b', NOW)], NOW)).toEqual({
      added: 2,
      duplicates: 0,
      conflicting: 0,
      tooOld: 0,
    })
    expect(add(subject, [event('a', NOW), event('b', NOW, 'changed')], NOW)).toEqual({
      added: 0,
      duplicates: 2,
      conflicting: 1,
      tooOld: 0,
    })
    expect(subject.size).toBe(2)
    // The first version is kept.
    expect(subject.eventsSince(undefined).eventsJson).not.toContain('changed')
  })

  it('serves only what was ingested after a cursor', () => {
    const subject = store()
    add(subject, [event('a', NOW), event('b', NOW)], NOW)
    const cursor = subject.cursor
    add(subject, [event('c', NOW - HOUR)], NOW)
    const since = subject.eventsSince(cursor)
    expect(ids(since.eventsJson)).toEqual(['c'])
    expect(since.reset).toBe(false)
    expect(subject.eventsSince(since.cursor)).toMatchObject({ eventsJson: '[]', count: 0 })
  })

  it('resets cursors from another process or from the future', () => {
    const subject = store()
    add(subject, [event('a', NOW)], NOW)
    for (const cursor of ['other.1', 'e1.99', 'garbage', 'e1.-1']) {
      const since = subject.eventsSince(cursor)
      expect(since.reset, cursor).toBe(true)
      expect(ids(since.eventsJson)).toEqual(['a'])
    }
  })

  it('drops events past retention and never stores ones already expired', () => {
    const subject = store()
    add(subject, [event('old', NOW - 23 * HOUR), event('new', NOW)], NOW)
    expect(add(subject, [event('ancient', NOW - 48 * HOUR)], NOW).added).toBe(0)
    expect(subject.evictExpired(NOW + 2 * HOUR)).toBe(1)
    expect(ids(subject.eventsSince(undefined).eventsJson)).toEqual(['new'])
    expect(subject.has('old')).toBe(false)
  })

  it('takes the database’s numbers, and refuses numbers that go back', () => {
    const subject = store()
    subject.insert([{ seq: 41, id: 'a', createdAt: NOW, json: '{"event_id":"a"}' }])
    expect(subject.cursor).toBe('e1.41')
    expect(() => subject.insert([{ seq: 40, id: 'b', createdAt: NOW, json: '{}' }])).toThrow(
      /number 40, below 42/,
    )
  })

  it('keeps the newest events under the hard cap', () => {
    const subject = new EventStore({ retentionMs: 24 * HOUR, maxEvents: 100, epoch: 'e1' })
    // Inserted newest first, as a newest-first upstream would deliver them.
    const batch = Array.from({ length: 150 }, (_, index) => event(`e${index}`, NOW - index * 1000))
    add(subject, batch, NOW)
    expect(subject.size).toBeLessThanOrEqual(100)
    const kept = new Set(ids(subject.eventsSince(undefined).eventsJson))
    expect(kept.has('e0')).toBe(true)
    expect(kept.has('e149')).toBe(false)
  })
})
