import { describe, expect, it } from 'vitest'
import { parseDevice } from '../devices/device-schema'
import type { Device } from '../devices/device-schema'
import type { KnownEventType } from '../events/event-types'
import type { ParsedEvent } from '../events/parsed-event'
import { connectivityTimeline } from '../timelines/connectivity'
import {
  HOUR,
  MINUTE,
  seamEvent,
  seededShuffle,
  shuffledWithRepeats,
  T0,
} from '../timelines/event-fixtures'
import type { EventIndex } from './group-events'
import { createEventIndex } from './group-events'

function deviceEvent(
  type: KnownEventType,
  id: string,
  at: number,
  deviceId: string,
  accountId: string,
) {
  return seamEvent(type, { id, at, deviceId, accountId })
}

function device(deviceId: string, accountId?: string): Device {
  const parsed = parseDevice({
    device_id: deviceId,
    device_type: 'august_lock',
    connected_account_id: accountId,
    properties: { name: deviceId },
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

const events: ParsedEvent[] = [
  deviceEvent('device.connected', 'e1', T0, 'lock-1', 'acct-a'),
  deviceEvent('lock.unlocked', 'e2', T0 + MINUTE, 'lock-1', 'acct-a'),
  deviceEvent('device.disconnected', 'e3', T0 + 2 * MINUTE, 'lock-2', 'acct-a'),
  deviceEvent('device.deleted', 'e4', T0 + 3 * MINUTE, 'lock-gone', 'acct-a'),
  deviceEvent('device.connected', 'e5', T0 + MINUTE, 'cam-1', 'acct-b'),
  seamEvent('connected_account.disconnected', { id: 'e6', at: T0 + HOUR, accountId: 'acct-a' }),
  seamEvent('connected_account.connected', { id: 'e7', at: T0 + 2 * HOUR, accountId: 'acct-a' }),
  seamEvent('connect_webview.login_failed', { id: 'e8', at: T0 + 3 * HOUR }),
  // Same instant as e2: the tie goes to createdAt, then id.
  deviceEvent('lock.locked', 'e9', T0 + MINUTE, 'lock-1', 'acct-a'),
  seamEvent('device.low_battery', {
    id: 'e10',
    at: T0 + 4 * HOUR,
    deviceId: 'lock-1',
    accountId: 'acct-a',
    payload: { battery_level: 3 },
  }),
]

function snapshotOf(index: EventIndex) {
  return {
    size: index.size(),
    all: index.allEvents().map((e) => e.id),
    devices: index.deviceIds().map((id) => [id, index.eventsOfDevice(id).map((e) => e.id)]),
    accounts: index
      .accountIds()
      .map((id) => [id, index.eventsOfAccount(id).map((e) => e.id), index.deviceIdsOfAccount(id)]),
  }
}

describe('createEventIndex', () => {
  const index = createEventIndex()
  index.add(events)

  it('keeps each device’s events in order, invalid ones included', () => {
    expect(index.eventsOfDevice('lock-1').map((e) => e.id)).toEqual(['e1', 'e2', 'e9', 'e10'])
    expect(index.eventById('e10')?.status).toBe('invalid')
    expect(index.eventsOfDevice('nobody')).toEqual([])
  })

  it('keeps account-level events apart from device events', () => {
    expect(index.eventsOfAccount('acct-a').map((e) => e.id)).toEqual(['e6', 'e7'])
    expect(index.eventsOfAccount('acct-b')).toEqual([])
    expect(index.accountIds()).toEqual(['acct-a', 'acct-b'])
  })

  it('lists every event newest first', () => {
    expect(index.allEvents().map((e) => e.id)).toEqual([
      'e10',
      'e8',
      'e7',
      'e6',
      'e4',
      'e3',
      'e9',
      'e5',
      'e2',
      'e1',
    ])
  })

  it('finds an account’s devices from the snapshot and from events', () => {
    expect(index.deviceIdsOfAccount('acct-a')).toEqual(['lock-1', 'lock-2', 'lock-gone'])
    // lock-2 moved to another account in the snapshot; lock-3 has no events yet.
    const snapshot = [
      device('lock-1', 'acct-a'),
      device('lock-2', 'acct-c'),
      device('lock-3', 'acct-a'),
    ]
    expect(index.deviceIdsOfAccount('acct-a', snapshot)).toEqual(['lock-1', 'lock-3', 'lock-gone'])
    expect(index.deviceIdsOfAccount('acct-c', snapshot)).toEqual(['lock-2'])
  })

  it('gives the same index whatever the order, repetition and batching', () => {
    const expected = snapshotOf(index)
    for (let seed = 1; seed <= 20; seed++) {
      const other = createEventIndex()
      const delivered = shuffledWithRepeats(events, seed)
      for (let start = 0; start < delivered.length; start += (seed % 4) + 1) {
        other.add(delivered.slice(start, start + (seed % 4) + 1))
      }
      expect(snapshotOf(other)).toEqual(expected)
    }
  })

  it('reports what changed and replaces lists instead of changing them', () => {
    const fresh = createEventIndex()
    expect(fresh.add(events).added).toBe(events.length)
    const before = fresh.eventsOfDevice('lock-1')
    const untouched = fresh.eventsOfDevice('cam-1')
    const version = fresh.version()
    expect(fresh.add(seededShuffle(events, 3))).toEqual({ added: 0, deviceIds: [], accountIds: [] })
    expect(fresh.version()).toBe(version)

    const newer = deviceEvent('lock.locked', 'e11', T0 + 5 * HOUR, 'lock-1', 'acct-a')
    const older = deviceEvent('lock.locked', 'e12', T0 - HOUR, 'lock-1', 'acct-a')
    expect(fresh.add([newer, older, newer])).toEqual({
      added: 2,
      deviceIds: ['lock-1'],
      accountIds: [],
    })
    expect(fresh.version()).toBeGreaterThan(version)
    expect(before.map((e) => e.id)).toEqual(['e1', 'e2', 'e9', 'e10'])
    expect(fresh.eventsOfDevice('lock-1').map((e) => e.id)).toEqual([
      'e12',
      'e1',
      'e2',
      'e9',
      'e10',
      'e11',
    ])
    expect(fresh.eventsOfDevice('cam-1')).toBe(untouched)
    expect(fresh.allEvents()[0]).toBe(newer)
  })

  it('keeps the better copy of an id whichever arrives first', () => {
    const raw = { error_code: 'hub_disconnected' }
    const broken = seamEvent('device.disconnected', {
      id: 'dup',
      at: T0,
      deviceId: 'lock-9',
      accountId: 'acct-z',
      payload: { ...raw, error_code: 7 },
    })
    const good = seamEvent('device.disconnected', {
      id: 'dup',
      at: T0,
      deviceId: 'lock-9',
      accountId: 'acct-z',
      payload: raw,
    })
    expect([broken.status, good.status]).toEqual(['invalid', 'known'])
    for (const order of [
      [broken, good],
      [good, broken],
    ]) {
      const other = createEventIndex()
      for (const event of order) other.add([event])
      expect(other.eventsOfDevice('lock-9')).toEqual([good])
      expect(other.allEvents()).toEqual([good])
      expect(connectivityTimeline(other.eventsOfDevice('lock-9'), T0 + HOUR)[0]?.reason).toBe(
        'hub_disconnected',
      )
    }
  })

  it('follows a device to the account its latest event names', () => {
    const other = createEventIndex()
    other.add([deviceEvent('device.connected', 'm2', T0 + HOUR, 'lock-m', 'acct-new')])
    other.add([deviceEvent('device.connected', 'm1', T0, 'lock-m', 'acct-old')])
    expect(other.accountOfDevice('lock-m')).toBe('acct-new')
    expect(other.deviceIdsOfAccount('acct-old')).toEqual([])
    expect(other.deviceIdsOfAccount('acct-new')).toEqual(['lock-m'])
  })
})
