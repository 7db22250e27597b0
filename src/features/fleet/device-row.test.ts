import { describe, expect, it } from 'vitest'
import { HOUR, MINUTE, seamEvent, seededRandom, T0 } from '../../domain/timelines/event-fixtures'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import {
  attention,
  buildDeviceRow,
  deviceStatusOf,
  refreshDeviceRow,
  rowStatus,
  type DeviceRowInput,
} from './device-row'
import { connectivityInState } from '../../domain/fleet/fleet-device-state'
import { addedItems } from '../../domain/events/added-items'
import { currentDeviceStatus } from '../../domain/status/current-device-status'
import { testDevice } from './test-fixtures'

const door = { deviceId: 'front_door', accountId: 'acct_a' }
const newestFirst = (list: ParsedEvent[]) => [...list].sort((a, b) => b.occurredAt - a.occurredAt)

function input(overrides: Partial<DeviceRowInput> = {}): DeviceRowInput {
  return {
    deviceId: 'front_door',
    device: testDevice(
      'front_door',
      'acct_a',
      { custom_metadata: { property: 'Maple St 12' } },
      {
        model: { display_name: 'Wi-Fi Smart Lock', manufacturer_display_name: 'August' },
        serial_number: 'SN123',
        battery: { level: 0.15, status: 'low' },
        locked: true,
      },
    ),
    events: [],
    accountEvents: [],
    accountKey: 'acct_a',
    accountId: 'acct_a',
    accountName: 'Alder Street',
    now: Infinity,
    ...overrides,
  }
}

describe('rowStatus', () => {
  it('equals the full status when it reads only the newcomers, and when the list lost events', () => {
    const random = seededRandom(9)
    const types = [
      'device.connected',
      'device.disconnected',
      'lock.locked',
      'lock.unlocked',
      'device.low_battery',
      'device.connection_became_flaky',
    ] as const
    let list: ParsedEvent[] = []
    let before: ReturnType<typeof rowStatus> | undefined
    let previous: ParsedEvent[] = []
    let serial = 0
    let partial = 0
    for (let poll = 0; poll < 60; poll++) {
      const fresh = Array.from({ length: Math.floor(random() * 4) }, () =>
        seamEvent(types[Math.floor(random() * types.length)]!, {
          id: `e${serial++}`,
          // Late ones land in the middle of the list.
          at: T0 + Math.floor(random() * (poll + 1) * 10) * MINUTE,
          ...door,
          payload: { battery_level: 0.1 },
        }),
      )
      list = newestFirst([...list, ...fresh])
      // Now and then the oldest go, as the log trims them.
      if (random() < 0.15) list = list.slice(0, Math.max(0, list.length - 3))
      // The fleet's clock: live, the same every poll.
      const rowInput = input({ events: list, now: Infinity })
      const result = rowStatus(
        rowInput,
        before === undefined ? undefined : { events: previous, evidence: before.evidence },
      )
      // The domain's status of the whole list, read afresh.
      expect(result.status).toEqual(currentDeviceStatus(rowInput.device!, list, Infinity))
      if ((addedItems(previous, list)?.length ?? 0) > 0) partial++
      before = result
      previous = list
    }
    // Most polls read only their newcomers; the trimmed ones were read whole.
    expect(partial).toBeGreaterThan(30)
  })
})

describe('refreshDeviceRow', () => {
  it("equals a new row when only the account's events or the badge changed", () => {
    const events = newestFirst([
      seamEvent('device.connected', { id: 'c', at: T0, ...door }),
      seamEvent('lock.unlocked', { id: 'u', at: T0 + HOUR, ...door }),
    ])
    const before = input({ events })
    const row = buildDeviceRow(before)
    const status = deviceStatusOf(before)
    const down = seamEvent('connected_account.disconnected', {
      id: 'd',
      at: T0 + 2 * HOUR,
      accountId: 'acct_a',
    })
    const variants: DeviceRowInput[] = [
      input({ events, accountEvents: [down] }),
      input({ events, alerts: { count: 2, severity: 'critical' } }),
      input({ events, accountEvents: [down], alerts: { count: 1, severity: 'warning' } }),
    ]
    for (const after of variants) {
      const accountChanged = after.accountEvents !== before.accountEvents
      expect(refreshDeviceRow(row, after, status, accountChanged)).toEqual(buildDeviceRow(after))
    }
    expect(refreshDeviceRow(row, variants[0]!, status, true).connectivity.state).toBe('offline')
  })
})

describe('buildDeviceRow', () => {
  it('lays the latest events over the snapshot, with time in state from the timeline', () => {
    const events = newestFirst([
      seamEvent('device.connected', { id: 'c1', at: T0, ...door }),
      // A second "connected" does not restart the time online.
      seamEvent('device.connected', { id: 'c2', at: T0 + HOUR, ...door }),
      seamEvent('lock.unlocked', { id: 'u', at: T0 + 2 * HOUR, ...door }),
    ])
    const row = buildDeviceRow(input({ events }))
    expect(row.name).toBe('front door')
    expect(row.kind).toBe('August lock')
    expect(row.model).toBe('Wi-Fi Smart Lock')
    expect(row.connectivity).toEqual({ state: 'online', since: T0 })
    expect(row.lock.state).toBe('unlocked')
    expect(row.lastEvent?.id).toBe('u')
    expect(row.lastEvent?.text).toMatch(/^Lock unlocked/)
    expect(row.batteryConcern).toBe('low')
    expect(row.attention).toBe(2)
    expect(row.listed).toBe(true)
  })

  it("is offline from the account's disconnection when that is the latest word", () => {
    const events = [seamEvent('device.connected', { id: 'c', at: T0, ...door })]
    const accountEvents = [
      seamEvent('connected_account.disconnected', { id: 'a', at: T0 + HOUR, accountId: 'acct_a' }),
    ]
    const row = buildDeviceRow(input({ events, accountEvents }))
    expect(row.connectivity).toEqual({
      state: 'offline',
      reason: 'account_disconnected',
      since: T0 + HOUR,
    })
    expect(row.attention).toBe(5)
  })

  it('searches over name, id, kind, brand, model, serial, account and property text', () => {
    const text = buildDeviceRow(input()).searchText
    for (const word of ['front door', 'front_door', 'august lock', 'wi-fi smart lock', 'sn123']) {
      expect(text).toContain(word)
    }
    expect(text).toContain('alder street')
    expect(text).toContain('maple st 12')
    expect(text).toBe(text.toLowerCase())
  })

  it('names a device known only from events after its deletion, and asks nothing of it', () => {
    const events = [
      seamEvent('device.deleted', {
        id: 'd',
        at: T0,
        ...door,
        payload: { device_name: 'Old side gate' },
      }),
    ]
    const row = buildDeviceRow(input({ device: undefined, events }))
    expect(row.listed).toBe(false)
    expect(row.kind).toBe('Removed device')
    expect(row.name).toBe('Old side gate')
    expect(row.attention).toBe(0)
    expect(row.batteryConcern).toBeUndefined()
  })

  it('carries open alerts and lets a critical one raise the attention', () => {
    const row = buildDeviceRow(
      input({
        device: testDevice('front_door', 'acct_a'),
        alerts: { count: 2, severity: 'critical' },
      }),
    )
    expect(row.alerts).toEqual({ count: 2, severity: 'critical' })
    expect(row.attention).toBe(4)
    expect(buildDeviceRow(input({ alerts: { count: 0, severity: 'info' } })).alerts).toBeUndefined()
  })

  it('ignores events after now, so a past moment can be replayed', () => {
    const events = newestFirst([
      seamEvent('device.connected', { id: 'c', at: T0, ...door }),
      seamEvent('device.disconnected', { id: 'd', at: T0 + HOUR, ...door }),
    ])
    const row = buildDeviceRow(input({ events, now: T0 + 30 * MINUTE }))
    expect(row.connectivity.state).toBe('online')
    expect(row.lastEvent?.id).toBe('c')
  })
})

describe('connectivityInState', () => {
  it("keeps the status and takes the timeline's start when they agree", () => {
    expect(
      connectivityInState({ state: 'online', since: T0 + HOUR }, [
        { state: 'online', from: T0, to: null },
      ]),
    ).toEqual({ state: 'online', since: T0 })
  })

  it('keeps the status alone when the timeline disagrees or knows nothing', () => {
    const status = { state: 'offline', reason: 'hub_disconnected' } as const
    expect(connectivityInState(status, [{ state: 'online', from: T0, to: null }])).toBe(status)
    expect(connectivityInState(status, [])).toBe(status)
    expect(
      connectivityInState(status, [
        { state: 'offline', reason: 'device_disconnected', from: T0, to: null },
      ]),
    ).toBe(status)
  })
})

describe('attention', () => {
  it('orders offline, critical, flaky, low or warning, unknown, fine', () => {
    expect([
      attention('offline', undefined, undefined),
      attention('online', 'critical', undefined),
      attention('online', undefined, 'critical'),
      attention('flaky', undefined, undefined),
      attention('online', 'low', undefined),
      attention('online', undefined, 'warning'),
      attention('unknown', undefined, undefined),
      attention('online', undefined, 'info'),
    ]).toEqual([5, 4, 4, 3, 2, 2, 1, 0])
  })
})
