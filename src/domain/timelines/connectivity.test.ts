import { describe, expect, it } from 'vitest'
import { parseDevice } from '../devices/device-schema'
import type { KnownEventType } from '../events/event-types'
import type { ParsedEvent } from '../events/parsed-event'
import { currentDeviceStatus } from '../status/current-device-status'
import { carryConnectivitySelection, connectivityTimeline } from './connectivity'
import { HOUR, MINUTE, seamEvent, seededRandom, shuffledWithRepeats, T0 } from './event-fixtures'

const DEVICE = 'front-door'
const ACCOUNT = 'acct-august'

function deviceEvent(type: KnownEventType, id: string, at: number, payload?: object): ParsedEvent {
  return seamEvent(type, { id, at, deviceId: DEVICE, accountId: ACCOUNT, payload: { ...payload } })
}

function accountEvent(type: KnownEventType, id: string, at: number): ParsedEvent {
  return seamEvent(type, { id, at, accountId: ACCOUNT })
}

describe('connectivityTimeline', () => {
  it('draws a hub disconnection then a reconnection as a closed offline interval', () => {
    const events = [
      deviceEvent('device.disconnected', 'e1', T0, { error_code: 'hub_disconnected' }),
      deviceEvent('device.connected', 'e2', T0 + HOUR),
    ]
    expect(connectivityTimeline(events, T0 + 2 * HOUR)).toEqual([
      {
        state: 'offline',
        reason: 'hub_disconnected',
        from: T0,
        to: T0 + HOUR,
        cause: { eventId: 'e1', type: 'device.disconnected' },
      },
      {
        state: 'online',
        from: T0 + HOUR,
        to: null,
        cause: { eventId: 'e2', type: 'device.connected' },
      },
    ])
  })

  it('closes a flaky spell when the connection stabilizes', () => {
    const events = [
      deviceEvent('device.connected', 'e1', T0),
      deviceEvent('device.connection_became_flaky', 'e2', T0 + HOUR),
      deviceEvent('device.connection_stabilized', 'e3', T0 + 3 * HOUR),
    ]
    const timeline = connectivityTimeline(events, T0 + 4 * HOUR)
    expect(timeline.map(({ state, from, to }) => ({ state, from, to }))).toEqual([
      { state: 'online', from: T0, to: T0 + HOUR },
      { state: 'flaky', from: T0 + HOUR, to: T0 + 3 * HOUR },
      { state: 'online', from: T0 + 3 * HOUR, to: null },
    ])
  })

  it('keeps a flaky spell through a reconnection until it stabilizes, like the status badge', () => {
    const events = [
      deviceEvent('device.connection_became_flaky', 'e1', T0),
      deviceEvent('device.disconnected', 'e2', T0 + HOUR, { error_code: 'device_disconnected' }),
      deviceEvent('device.connected', 'e3', T0 + 2 * HOUR),
    ]
    expect(connectivityTimeline(events, T0 + 3 * HOUR).map((i) => i.state)).toEqual([
      'flaky',
      'offline',
      'flaky',
    ])
  })

  it('takes the device offline while its account is disconnected', () => {
    const events = [deviceEvent('device.connected', 'e1', T0)]
    const accountEvents = [
      accountEvent('connected_account.disconnected', 'a1', T0 + HOUR),
      accountEvent(
        'connected_account.completed_first_sync_after_reconnection',
        'a2',
        T0 + 5 * HOUR,
      ),
    ]
    const timeline = connectivityTimeline(events, T0 + 6 * HOUR, { accountEvents })
    expect(timeline.map(({ state, reason, from, to }) => ({ state, reason, from, to }))).toEqual([
      { state: 'online', reason: undefined, from: T0, to: T0 + HOUR },
      { state: 'offline', reason: 'account_disconnected', from: T0 + HOUR, to: T0 + 5 * HOUR },
      { state: 'online', reason: undefined, from: T0 + 5 * HOUR, to: null },
    ])
    expect(timeline[1]!.cause?.type).toBe('connected_account.disconnected')
  })

  it("keeps the device's own offline report after the account comes back, until it reconnects", () => {
    const events = [
      deviceEvent('device.connected', 'e1', T0),
      deviceEvent('device.disconnected', 'e2', T0 + HOUR + MINUTE, {
        error_code: 'account_disconnected',
      }),
      deviceEvent('device.connected', 'e3', T0 + 6 * HOUR),
    ]
    const accountEvents = [
      accountEvent('connected_account.disconnected', 'a1', T0 + HOUR),
      accountEvent('connected_account.connected', 'a2', T0 + 5 * HOUR),
    ]
    const timeline = connectivityTimeline(events, T0 + 7 * HOUR, { accountEvents })
    expect(timeline.map(({ state, from }) => [state, from - T0])).toEqual([
      ['online', 0],
      ['offline', HOUR],
      ['online', 6 * HOUR],
    ])
  })

  it('starts a new interval when the offline reason changes, not when a state repeats', () => {
    const events = [
      deviceEvent('device.connected', 'e1', T0),
      deviceEvent('device.connected', 'e2', T0 + MINUTE),
      deviceEvent('device.disconnected', 'e3', T0 + 2 * MINUTE, { error_code: 'hub_disconnected' }),
      deviceEvent('device.disconnected', 'e4', T0 + 3 * MINUTE, { error_code: 'something_new' }),
    ]
    const timeline = connectivityTimeline(events, T0 + HOUR)
    expect(timeline.map((i) => [i.state, i.reason, i.cause?.eventId])).toEqual([
      ['online', undefined, 'e1'],
      ['offline', 'hub_disconnected', 'e3'],
      ['offline', 'unknown', 'e4'],
    ])
  })

  it('reads unmanaged devices the same way', () => {
    const events = [
      deviceEvent('device.unmanaged.disconnected', 'e1', T0),
      deviceEvent('device.unmanaged.connected', 'e2', T0 + MINUTE),
    ]
    expect(connectivityTimeline(events, T0 + HOUR).map((i) => [i.state, i.reason])).toEqual([
      ['offline', 'device_disconnected'],
      ['online', undefined],
    ])
  })

  it('draws unknown from `since` to the first event', () => {
    const events = [deviceEvent('device.connected', 'e1', T0)]
    const timeline = connectivityTimeline(events, T0 + HOUR, { since: T0 - HOUR })
    expect(timeline[0]).toEqual({ state: 'unknown', from: T0 - HOUR, to: T0 })
    expect(connectivityTimeline([], T0, { since: T0 - HOUR })).toEqual([
      { state: 'unknown', from: T0 - HOUR, to: null },
    ])
    expect(connectivityTimeline([], T0)).toEqual([])
  })

  it('ignores invalid events, other types and anything after now', () => {
    const events = [
      deviceEvent('device.connected', 'e1', T0),
      deviceEvent('device.disconnected', 'bad', T0 + MINUTE, { error_code: 42 }),
      deviceEvent('lock.unlocked', 'e2', T0 + 2 * MINUTE),
      deviceEvent('device.disconnected', 'e3', T0 + 2 * HOUR),
    ]
    expect(events[1]!.status).toBe('invalid')
    expect(connectivityTimeline(events, T0 + HOUR)).toEqual([
      { state: 'online', from: T0, to: null, cause: { eventId: 'e1', type: 'device.connected' } },
    ])
  })
})

const CONNECTIVITY_TYPES: readonly KnownEventType[] = [
  'device.connected',
  'device.disconnected',
  'device.connection_became_flaky',
  'device.connection_stabilized',
  'device.unmanaged.connected',
  'device.unmanaged.disconnected',
]
const CODES = ['account_disconnected', 'hub_disconnected', 'device_disconnected', 'odd_code']

function randomHistory(seed: number, count: number, { distinctTimes = false } = {}): ParsedEvent[] {
  const random = seededRandom(seed)
  const events: ParsedEvent[] = []
  let at = T0
  for (let i = 0; i < count; i++) {
    // Some events share an instant, so the tie rules are exercised too.
    const step = Math.floor(random() * HOUR) + 1
    at += random() < 0.2 && !distinctTimes ? 0 : step
    const type = CONNECTIVITY_TYPES[Math.floor(random() * CONNECTIVITY_TYPES.length)]!
    const code = CODES[Math.floor(random() * CODES.length)]
    events.push(deviceEvent(type, `ev-${seed}-${i}`, at, { error_code: code }))
  }
  return events
}

describe('connectivityTimeline properties', () => {
  it('derives the same timeline from shuffled and repeated events', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const events = randomHistory(seed, 40)
      const accountEvents = [
        accountEvent('connected_account.disconnected', `a-${seed}`, T0 + 5 * HOUR),
        accountEvent('connected_account.connected', `b-${seed}`, T0 + 9 * HOUR),
      ]
      const now = T0 + 100 * HOUR
      const expected = connectivityTimeline(events, now, { accountEvents, since: T0 - HOUR })
      const shuffled = connectivityTimeline(shuffledWithRepeats(events, seed), now, {
        accountEvents: shuffledWithRepeats(accountEvents, seed + 1),
        since: T0 - HOUR,
      })
      expect(shuffled).toEqual(expected)
    }
  })

  it('tiles time without gaps and ends on the state currentDeviceStatus reports', () => {
    const parsed = parseDevice({ device_id: DEVICE, device_type: 'august_lock', properties: {} })
    if (!parsed.ok) throw new Error(parsed.reason)
    for (let seed = 1; seed <= 25; seed++) {
      // Distinct instants: the status module breaks ties by id alone.
      const events = randomHistory(seed, 30, { distinctTimes: true })
      const now = T0 + 100 * HOUR
      const timeline = connectivityTimeline(events, now)
      for (let i = 1; i < timeline.length; i++) {
        expect(timeline[i - 1]!.to).toBe(timeline[i]!.from)
      }
      expect(timeline.at(-1)!.to).toBeNull()
      const status = currentDeviceStatus(parsed.value, events, now)
      expect(timeline.at(-1)!.state).toBe(status.connectivity.state)
      expect(timeline.at(-1)!.reason).toBe(status.connectivity.reason)
    }
  })
})

describe('connectivityTimeline on the same lists again', () => {
  it('answers for each `now` and account list, however often the lists come back', () => {
    const device = [
      seamEvent('device.connected', { id: 'c', at: T0, deviceId: 'd' }),
      seamEvent('device.disconnected', {
        id: 'x',
        at: T0 + HOUR,
        deviceId: 'd',
        payload: { error_code: 'hub_disconnected' },
      }),
    ]
    const account = [seamEvent('connected_account.disconnected', { id: 'a', at: T0 + 2 * HOUR })]
    const states = (now: number, accountEvents: ParsedEvent[] = []) =>
      connectivityTimeline(device, now, { accountEvents }).map((interval) => interval.state)
    expect(states(T0 + 3 * HOUR)).toEqual(['online', 'offline'])
    expect(states(T0 + 30 * MINUTE)).toEqual(['online'])
    expect(states(T0 + 3 * HOUR, account)).toEqual(['online', 'offline', 'offline'])
    expect(
      connectivityTimeline(device, T0 + 3 * HOUR, { accountEvents: account }).at(-1)?.reason,
    ).toBe('account_disconnected')
    expect(states(T0 + 90 * MINUTE, account)).toEqual(['online', 'offline'])
    expect(
      connectivityTimeline(device, T0 + 90 * MINUTE, { accountEvents: account }).at(-1)?.reason,
    ).toBe('hub_disconnected')
  })
})

describe('carryConnectivitySelection', () => {
  it('gives a grown list the timeline its events give, read afresh', () => {
    const random = seededRandom(4)
    const types: KnownEventType[] = [
      'device.connected',
      'device.disconnected',
      'device.connection_became_flaky',
      'device.connection_stabilized',
      'lock.locked',
    ]
    const newestFirst = (list: ParsedEvent[]) =>
      [...list].sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1))
    const now = T0 + 100 * HOUR
    let list: ParsedEvent[] = []
    connectivityTimeline(list, now)
    for (let poll = 0; poll < 40; poll++) {
      const fresh = Array.from({ length: Math.floor(random() * 4) }, (_, i) =>
        seamEvent(types[Math.floor(random() * types.length)]!, {
          id: `e${poll}_${i}`,
          at: T0 + Math.floor(random() * (poll + 1)) * MINUTE,
          deviceId: 'd',
        }),
      )
      // Merged in place, as the event log does, so late events land inside the list.
      const next = newestFirst([...list, ...fresh])
      carryConnectivitySelection(list, next, now)
      expect(connectivityTimeline(next, now)).toEqual(connectivityTimeline([...next], now))
      list = next
    }
  })
})
