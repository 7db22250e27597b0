import { describe, expect, it } from 'vitest'
import { parseSeamEvent } from '../../domain/events/parse-event'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { compareNewestFirst, EventLog, mergeSorted } from './event-log'

const T0 = Date.parse('2025-06-01T12:00:00.000Z')
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

function event(
  id: string,
  minutesAfterT0: number,
  deviceId = 'front_door',
  type = 'device.connected',
) {
  const at = new Date(T0 + minutesAfterT0 * MINUTE).toISOString()
  return parseSeamEvent({
    event_id: id,
    event_type: type,
    created_at: at,
    occurred_at: at,
    device_id: deviceId,
    connected_account_id: 'acct_1',
  })
}

const ids = (events: readonly ParsedEvent[] | undefined) => (events ?? []).map((e) => e.id)
const NOW = T0 + 60 * MINUTE

describe('EventLog.add', () => {
  it('sorts newest first, ties broken by the larger id', () => {
    const log = new EventLog()
    log.add([event('a', 1), event('c', 5), event('b', 5), event('d', 3)], NOW)
    expect(ids(log.snapshot.events)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('gives the same order whatever order the events arrive in', () => {
    const events = [event('a', 1), event('c', 5), event('b', 5), event('d', 3), event('e', 0)]
    const forward = new EventLog()
    forward.add(events, NOW)
    const backward = new EventLog()
    for (const e of [...events].reverse()) backward.add([e], NOW)
    expect(ids(backward.snapshot.events)).toEqual(ids(forward.snapshot.events))
  })

  it('merges later polls into place and keeps the first version of a duplicate id', () => {
    const log = new EventLog()
    log.add([event('a', 1), event('c', 10)], NOW)
    const first = log.snapshot
    const added = log.add([event('b', 5), event('a', 30), event('d', 20), event('d', 21)], NOW)
    expect(added).toBe(2)
    expect(ids(log.snapshot.events)).toEqual(['d', 'c', 'b', 'a'])
    expect(log.snapshot.events.find((e) => e.id === 'a')?.occurredAt).toBe(T0 + MINUTE)
    expect(log.snapshot.events.find((e) => e.id === 'd')?.occurredAt).toBe(T0 + 20 * MINUTE)
    // The earlier snapshot is untouched: views holding it still see what they drew.
    expect(ids(first.events)).toEqual(['c', 'a'])
  })

  it('publishes a new version only when something changed', () => {
    const log = new EventLog()
    expect(log.snapshot.version).toBe(0)
    log.add([event('a', 1)], NOW)
    const snapshot = log.snapshot
    expect(snapshot.version).toBe(1)
    expect(log.add([], NOW)).toBe(0)
    expect(log.add([event('a', 1)], NOW)).toBe(0)
    expect(log.snapshot).toBe(snapshot)
  })

  it('groups events by device in the same order, sharing lists of untouched devices', () => {
    const log = new EventLog()
    log.add([event('a', 1, 'door'), event('b', 2, 'gate'), event('c', 3, 'door')], NOW)
    const gate = log.snapshot.byDevice.get('gate')
    log.add([event('d', 2, 'door'), event('x', 4, 'door')], NOW)
    expect(ids(log.snapshot.byDevice.get('door'))).toEqual(['x', 'c', 'd', 'a'])
    expect(log.snapshot.byDevice.get('gate')).toBe(gate)
  })

  it('leaves events without a device out of byDevice but keeps them in the list', () => {
    const log = new EventLog()
    const accountEvent = parseSeamEvent({
      event_id: 'acct',
      event_type: 'connected_account.disconnected',
      created_at: new Date(T0).toISOString(),
      occurred_at: new Date(T0).toISOString(),
      connected_account_id: 'acct_1',
    })
    log.add([accountEvent, event('a', 1)], NOW)
    expect(ids(log.snapshot.events)).toEqual(['a', 'acct'])
    expect([...log.snapshot.byDevice.keys()]).toEqual(['front_door'])
    expect(ids(log.snapshot.byAccount.get('acct_1'))).toEqual(['acct'])
    expect(log.snapshot.workspace).toEqual([])
  })

  it('keeps events of neither a device nor an account as workspace events', () => {
    const log = new EventLog()
    const login = parseSeamEvent({
      event_id: 'login',
      event_type: 'connect_webview.login_failed',
      created_at: new Date(T0).toISOString(),
      occurred_at: new Date(T0).toISOString(),
      connect_webview_id: 'cw_1',
    })
    log.add([login, event('a', 1)], NOW)
    expect(ids(log.snapshot.workspace)).toEqual(['login'])
    expect(log.snapshot.byAccount.size).toBe(0)
    const workspace = log.snapshot.workspace
    log.add([event('b', 2)], NOW)
    expect(log.snapshot.workspace).toBe(workspace)
  })
})

describe('EventLog limits', () => {
  it('drops events older than the retention, at merge time and as time passes', () => {
    const log = new EventLog({ retentionMs: DAY, maxEvents: 100 })
    const added = log.add([event('old', -2 * 24 * 60, 'door'), event('a', 0, 'door')], NOW)
    expect(added).toBe(1)
    expect(ids(log.snapshot.events)).toEqual(['a'])

    log.add([event('b', 60, 'door')], NOW)
    log.add([], T0 + DAY + 30 * MINUTE) // 'a' is now older than a day
    expect(ids(log.snapshot.events)).toEqual(['b'])
    expect(ids(log.snapshot.byDevice.get('door'))).toEqual(['b'])
  })

  it('keeps events whose time is unknown out of the retention, and last in order', () => {
    const log = new EventLog({ retentionMs: DAY, maxEvents: 100 })
    const timeless = parseSeamEvent({
      event_id: 'timeless',
      event_type: 'device.connected',
      device_id: 'door',
    })
    expect(timeless.occurredAt).toBe(0)
    log.add([timeless, event('a', 0), event('old', -3 * 24 * 60)], NOW)
    expect(ids(log.snapshot.events)).toEqual(['a', 'timeless'])
    log.add([], T0 + 5 * DAY)
    expect(ids(log.snapshot.events)).toEqual(['timeless'])
  })

  it('caps the count, dropping the oldest and forgetting their ids', () => {
    const log = new EventLog({ retentionMs: 30 * DAY, maxEvents: 3 })
    log.add([event('a', 1, 'door'), event('b', 2, 'gate'), event('c', 3, 'door')], NOW)
    const added = log.add([event('d', 4, 'gate'), event('z', 0, 'door')], NOW)
    expect(added).toBe(1) // 'z' is older than everything kept
    expect(ids(log.snapshot.events)).toEqual(['d', 'c', 'b'])
    expect(ids(log.snapshot.byDevice.get('door'))).toEqual(['c'])
    expect(ids(log.snapshot.byDevice.get('gate'))).toEqual(['d', 'b'])
    expect(log.size).toBe(3)
  })

  it('removes a device from byDevice when its last event goes', () => {
    const log = new EventLog({ retentionMs: 30 * DAY, maxEvents: 1 })
    log.add([event('a', 1, 'door')], NOW)
    log.add([event('b', 2, 'gate')], NOW)
    expect([...log.snapshot.byDevice.keys()]).toEqual(['gate'])
  })
})

describe('EventLog slack', () => {
  it('lets expired events linger up to the slack, then drops them all at once', () => {
    const log = new EventLog({ retentionMs: DAY, maxEvents: 100, trimSlackMs: 30 * MINUTE })
    log.add([event('a', 0, 'door'), event('b', 10, 'door'), event('c', 600, 'door')], NOW)
    // 'a' expired 20 minutes ago: within the slack, it stays (and so does 'b').
    log.add([event('d', 601, 'door')], T0 + DAY + 20 * MINUTE)
    expect(ids(log.snapshot.events)).toEqual(['d', 'c', 'b', 'a'])
    // 'a' is now 40 minutes past: everything expired goes, 'b' too.
    log.add([], T0 + DAY + 40 * MINUTE)
    expect(ids(log.snapshot.events)).toEqual(['d', 'c'])
    expect(ids(log.snapshot.byDevice.get('door'))).toEqual(['d', 'c'])
  })
})

describe('EventLog snapshots', () => {
  it('each keeps its own events, read early or late, and says their count and newest time', () => {
    const log = new EventLog({ retentionMs: 30 * DAY, maxEvents: 100_000 })
    const snapshots = []
    const expected: string[][] = []
    const all: ParsedEvent[] = []
    // Enough polls for the recent run to be folded into the bulk more than once.
    for (let poll = 0; poll < 30; poll++) {
      const batch = Array.from({ length: 400 }, (_, i) =>
        event(`p${poll}_${i}`, (poll * 37 + i * 13) % 900, i % 2 === 0 ? 'door' : 'gate'),
      )
      log.add(batch, NOW + DAY)
      all.push(...batch)
      snapshots.push(log.snapshot)
      expected.push(ids([...all].sort(compareNewestFirst)))
      // Some snapshots are read at once, the others only at the end.
      if (poll % 3 === 0) expect(ids(log.snapshot.events)).toEqual(expected[poll])
    }
    snapshots.forEach((snapshot, poll) => {
      expect(ids(snapshot.events)).toEqual(expected[poll])
      expect(snapshot.size).toBe((poll + 1) * 400)
      expect(snapshot.newestAt).toBe(snapshot.events[0]?.occurredAt)
    })
    expect(log.size).toBe(30 * 400)
  })
})

describe('EventLog.replace', () => {
  it('throws away what was there and always bumps the version', () => {
    const log = new EventLog()
    log.add([event('a', 1), event('b', 2)], NOW)
    const version = log.snapshot.version
    log.replace([event('c', 3), event('a', 9)], NOW)
    expect(ids(log.snapshot.events)).toEqual(['a', 'c'])
    expect(log.snapshot.events[0]?.occurredAt).toBe(T0 + 9 * MINUTE)
    expect(log.snapshot.version).toBe(version + 1)
    log.replace([], NOW)
    expect(log.snapshot.events).toEqual([])
    expect(log.snapshot.byDevice.size).toBe(0)
    expect(log.snapshot.version).toBe(version + 2)
  })
})

describe('EventLog first page', () => {
  // Oldest first as the proxy serves them, across three devices, with every fifth arriving late.
  const arrivals = Array.from({ length: 300 }, (_, i) => event(`p${i}`, i / 5, `door_${i % 3}`))
  for (let i = 5; i < arrivals.length; i += 5) arrivals.splice(i, 0, ...arrivals.splice(i - 4, 1))
  const shuffled = [...arrivals].sort(
    (a, b) => ((a.id.charCodeAt(2) * 31) % 7) - ((b.id.charCodeAt(2) * 31) % 7),
  )

  function logOf(events: readonly ParsedEvent[]) {
    const log = new EventLog()
    log.replace(events, NOW)
    return log.snapshot
  }

  it('is the same log whether the page comes in ingest order, sorted or shuffled', () => {
    const expected = logOf(shuffled)
    for (const input of [arrivals, [...arrivals].reverse(), [...expected.events]]) {
      const snapshot = logOf(input)
      expect(ids(snapshot.events)).toEqual(ids(expected.events))
      for (const device of ['door_0', 'door_1', 'door_2']) {
        expect(ids(snapshot.byDevice.get(device))).toEqual(ids(expected.byDevice.get(device)))
      }
    }
    expect(ids(expected.events)).toEqual(ids([...arrivals].sort(compareNewestFirst)))
  })

  it('keeps the first copy of an id repeated within the page, and knows it afterwards', () => {
    const log = new EventLog()
    const added = log.replace([event('a', 1), event('b', 2), event('a', 3)], NOW)
    expect(added).toBe(2)
    expect(log.snapshot.events.map((e) => [e.id, e.occurredAt])).toEqual([
      ['b', T0 + 2 * MINUTE],
      ['a', T0 + MINUTE],
    ])
    expect(log.add([event('b', 9), event('c', 4)], NOW)).toBe(1)
    expect(ids(log.snapshot.events)).toEqual(['c', 'b', 'a'])
  })

  it('indexes the ids of a page without repeats, so the next poll skips them', () => {
    const log = new EventLog()
    log.replace([event('a', 1), event('b', 2)], NOW)
    expect(log.add([event('a', 5), event('b', 6)], NOW)).toBe(0)
    expect(log.snapshot.events.map((e) => e.occurredAt)).toEqual([T0 + 2 * MINUTE, T0 + MINUTE])
  })
})

describe('mergeSorted', () => {
  it('matches a full sort of both lists', () => {
    const long = Array.from({ length: 500 }, (_, i) => event(`l${i}`, (i * 7) % 97)).sort(
      compareNewestFirst,
    )
    const few = [event('n1', 50), event('n2', 96), event('n3', -1), event('n4', 7)].sort(
      compareNewestFirst,
    )
    expect(ids(mergeSorted(long, few))).toEqual(ids([...long, ...few].sort(compareNewestFirst)))
  })
})
