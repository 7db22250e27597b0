import { describe, expect, it } from 'vitest'
import { parseConnectedAccount } from '../../domain/accounts/connected-account-schema'
import { parseDevice } from '../../domain/devices/device-schema'
import type { KnownEventType } from '../../domain/events/event-types'
import { parseSeamEvent } from '../../domain/events/parse-event'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { SEED_EXAMPLES } from '../../domain/events/seed-examples'
import {
  createFleetRowCache,
  groupFleet,
  OTHER_DEVICES_TITLE,
  type FleetInput,
} from './group-fleet'

const T0 = Date.parse('2025-06-01T12:00:00.000Z')
const NOW = T0 + 60 * 60_000

function account(id: string, extra: Record<string, unknown> = {}) {
  const result = parseConnectedAccount({ connected_account_id: id, provider: 'august', ...extra })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

function device(
  id: string,
  accountId: string | undefined,
  properties: Record<string, unknown> = {},
) {
  const result = parseDevice({
    device_id: id,
    device_type: 'august_lock',
    connected_account_id: accountId,
    capabilities_supported: ['lock'],
    properties: { name: id.replaceAll('_', ' '), online: true, ...properties },
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

let counter = 0
function event(
  type: KnownEventType,
  minutes: number,
  subject: { deviceId?: string; accountId: string },
  extra: Record<string, unknown> = {},
): ParsedEvent {
  const at = new Date(T0 + minutes * 60_000).toISOString()
  const raw: Record<string, unknown> = {
    ...SEED_EXAMPLES[type],
    event_id: `e${++counter}`,
    created_at: at,
    occurred_at: at,
    connected_account_id: subject.accountId,
    ...extra,
  }
  if (subject.deviceId === undefined) delete raw.device_id
  else raw.device_id = subject.deviceId
  const parsed = parseSeamEvent(raw)
  if (parsed.status !== 'known')
    throw new Error(`fixture ${type} is ${parsed.status}: ${parsed.reason}`)
  return parsed
}

/** Builds the input the page builds: events newest first, also grouped by device. */
function input(
  partial: Omit<FleetInput, 'eventsByDevice' | 'events' | 'now'>,
  events: ParsedEvent[] = [],
) {
  const sorted = [...events].sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1))
  const byDevice = new Map<string, ParsedEvent[]>()
  for (const e of sorted) {
    if (e.deviceId === undefined) continue
    byDevice.set(e.deviceId, [...(byDevice.get(e.deviceId) ?? []), e])
  }
  return { ...partial, events: sorted, eventsByDevice: byDevice, now: NOW }
}

describe('groupFleet sections', () => {
  it('makes one section per account, sorted by name, with the provider in words', () => {
    const fleet = groupFleet(
      input({
        accounts: [
          account('acct_b', { display_name: 'Harbor Lofts', provider: 'yale_home' }),
          account('acct_a', { display_name: 'Alder Street', account_type_display_name: 'August' }),
        ],
        devices: [device('front_door', 'acct_a'), device('gate', 'acct_b')],
      }),
    )
    expect(
      fleet.sections.map((s) => [s.title, s.provider, s.devices.map((d) => d.deviceId)]),
    ).toEqual([
      ['Alder Street', 'August', ['front_door']],
      ['Harbor Lofts', 'Yale Home', ['gate']],
    ])
    expect(fleet.sections[0]?.devices[0]?.kind).toBe('August lock')
  })

  it('ignores the fake Seam\'s "Unknown" display name, and tells apart accounts of one login', () => {
    const fleet = groupFleet(
      input({
        accounts: [
          account('john_august', {
            display_name: 'john@example.com',
            account_type_display_name: 'Unknown',
          }),
          account('john_assa', {
            display_name: 'john@example.com',
            provider: 'assa_abloy_credential_service',
          }),
          account('jane', { display_name: 'jane@example.com' }),
        ],
        devices: [],
      }),
    )
    expect(fleet.sections.map((s) => [s.title, s.subtitle, s.provider])).toEqual([
      ['jane@example.com', undefined, 'August'],
      ['john@example.com', 'john_assa', 'ASSA ABLOY Credential Service'],
      ['john@example.com', 'john_august', 'August'],
    ])
  })

  it('keeps accounts without devices and puts devices of unknown accounts under Other devices', () => {
    const fleet = groupFleet(
      input({
        accounts: [account('acct_a', { display_name: 'Alder Street' })],
        devices: [device('orphan', 'acct_gone'), device('loose', undefined)],
      }),
    )
    expect(fleet.sections.map((s) => [s.key, s.title, s.devices.length])).toEqual([
      ['account:acct_a', 'Alder Street', 0],
      ['other', OTHER_DEVICES_TITLE, 2],
    ])
    expect(fleet.sections[1]?.health).toBeUndefined()
  })

  it('puts the devices needing attention first, then sorts by name with numbers in order', () => {
    const a = { accountId: 'acct_a' }
    const fleet = groupFleet(
      input(
        {
          accounts: [account('acct_a')],
          devices: [
            device('unit_10', 'acct_a'),
            device('unit_2', 'acct_a'),
            device('low_one', 'acct_a', { battery: { level: 0.15 } }),
            device('down_one', 'acct_a'),
            device('shaky', 'acct_a'),
          ],
        },
        [
          event('device.disconnected', 5, { ...a, deviceId: 'down_one' }),
          event('device.connection_became_flaky', 6, { ...a, deviceId: 'shaky' }),
        ],
      ),
    )
    expect(fleet.sections[0]?.devices.map((d) => d.deviceId)).toEqual([
      'down_one',
      'shaky',
      'low_one',
      'unit_2',
      'unit_10',
    ])
  })
})

describe('groupFleet device rows', () => {
  const subject = { accountId: 'acct_a', deviceId: 'front_door' }

  it('lays the latest events over the snapshot and describes the last one in words', () => {
    const fleet = groupFleet(
      input(
        {
          accounts: [account('acct_a', { display_name: 'Alder Street' })],
          devices: [device('front_door', 'acct_a', { locked: true, battery: { level: 0.9 } })],
        },
        [
          event('device.disconnected', 1, subject, { error_code: 'hub_disconnected' }),
          event('device.low_battery', 2, subject, { battery_level: 0.08 }),
          event('lock.unlocked', 3, subject, { method: 'keycode' }),
        ],
      ),
    )
    const row = fleet.sections[0]?.devices[0]
    expect(row?.status.connectivity).toEqual({
      state: 'offline',
      reason: 'hub_disconnected',
      since: T0 + 60_000,
    })
    expect(row?.status.battery.level).toBe(0.08)
    expect(row?.batteryConcern).toBe('critical')
    expect(row?.status.lock).toEqual({ state: 'unlocked', method: 'keycode', at: T0 + 3 * 60_000 })
    expect(row?.lastEvent?.text).toBe('front door unlocked with keypad code')
    expect(row?.lastEvent?.at).toBe(T0 + 3 * 60_000)
    expect(row?.isLock).toBe(true)
  })

  it('ignores events after now, so a past moment can be replayed', () => {
    const fleet = groupFleet({
      ...input({ accounts: [account('acct_a')], devices: [device('front_door', 'acct_a')] }, [
        event('lock.locked', 1, subject),
        event('lock.unlocked', 120, subject),
      ]),
    })
    expect(fleet.sections[0]?.devices[0]?.status.lock.state).toBe('locked')
    expect(fleet.sections[0]?.devices[0]?.lastEvent?.text).toBe('front door locked manually')
  })

  it('does not call a camera a lock', () => {
    const camera = parseDevice({
      device_id: 'cam',
      device_type: 'ring_camera',
      connected_account_id: 'acct_a',
      properties: { name: 'Porch camera', online: true },
    })
    if (!camera.ok) throw new Error(camera.reason)
    const fleet = groupFleet(input({ accounts: [account('acct_a')], devices: [camera.value] }))
    const row = fleet.sections[0]?.devices[0]
    expect(row?.isLock).toBe(false)
    expect(row?.kind).toBe('Ring camera')
    expect(row?.lastEvent).toBeUndefined()
  })
})

describe('groupFleet account health', () => {
  const a = { accountId: 'acct_a' }

  it('is fine with no errors and no troubling event', () => {
    const fleet = groupFleet(
      input({ accounts: [account('acct_a')], devices: [] }, [
        event('connected_account.connected', 1, a),
      ]),
    )
    expect(fleet.sections[0]?.health).toEqual({
      level: 'ok',
      text: 'Connected',
      since: T0 + 60_000,
    })
  })

  it('takes the latest account event: a disconnection is an error, with since', () => {
    const fleet = groupFleet(
      input({ accounts: [account('acct_a')], devices: [] }, [
        event('connected_account.connected', 1, a),
        event('connected_account.disconnected', 2, a),
      ]),
    )
    expect(fleet.sections[0]?.health).toEqual({
      level: 'error',
      text: 'Account disconnected',
      since: T0 + 2 * 60_000,
    })
    expect(fleet.summary.accountsWithProblems).toBe(1)
  })

  it('is fine again once the account reconnected', () => {
    const fleet = groupFleet(
      input({ accounts: [account('acct_a')], devices: [] }, [
        event('connected_account.disconnected', 2, a),
        event('connected_account.connected', 3, a),
      ]),
    )
    expect(fleet.sections[0]?.health?.level).toBe('ok')
  })

  it("reports Seam's error on the account when no event says otherwise", () => {
    const fleet = groupFleet(
      input({
        accounts: [
          account('acct_a', {
            errors: [{ error_code: 'account_disconnected', message: 'Account is disconnected.' }],
          }),
          account('acct_b', { warnings: [{ warning_code: 'scheduled_maintenance_window' }] }),
        ],
        devices: [],
      }),
    )
    expect(fleet.sections.map((s) => s.health)).toEqual([
      { level: 'error', text: 'Account is disconnected.' },
      { level: 'warning', text: 'Scheduled maintenance window' },
    ])
  })
})

describe('groupFleet summary', () => {
  it('counts devices by connectivity and low batteries across all sections', () => {
    const fleet = groupFleet(
      input(
        {
          accounts: [account('acct_a')],
          devices: [
            device('ok_1', 'acct_a', { battery: { level: 0.8, status: 'good' } }),
            device('low_1', 'acct_a', { battery: { level: 0.9, status: 'low' } }),
            device('off_1', 'acct_a', { online: false }),
            device('unknown_1', 'acct_a', { online: null }),
            device('orphan', 'acct_gone', { battery_level: 0.05 }),
          ],
        },
        [
          event('device.connection_became_flaky', 1, {
            accountId: 'acct_gone',
            deviceId: 'orphan',
          }),
        ],
      ),
    )
    expect(fleet.summary).toEqual({
      devices: 5,
      online: 2,
      offline: 1,
      flaky: 1,
      unknown: 1,
      lowBattery: 2,
      accounts: 1,
      accountsWithProblems: 0,
    })
    expect(fleet.sections.map((s) => s.counts)).toEqual([
      { online: 2, offline: 1, flaky: 0, unknown: 1 },
      { online: 0, offline: 0, flaky: 1, unknown: 0 },
    ])
  })
})

describe('groupFleet row cache', () => {
  const subject = { accountId: 'acct_a', deviceId: 'front_door' }
  const accounts = [account('acct_a')]
  const devices = [device('front_door', 'acct_a'), device('gate', 'acct_a')]

  it('reuses the rows of devices whose device object and event list are unchanged', () => {
    const rowCache = createFleetRowCache()
    const firstEvents = [event('lock.locked', 1, subject)]
    const first = groupFleet({ ...input({ accounts, devices }, firstEvents), rowCache })
    const byDevice = new Map(first.sections[0]!.devices.map((row) => [row.deviceId, row]))

    // The log replaces only front_door's list; gate's stays the same (absent) list.
    const next = input({ accounts, devices }, [...firstEvents, event('lock.unlocked', 2, subject)])
    const second = groupFleet({ ...next, rowCache })
    const rows = new Map(second.sections[0]!.devices.map((row) => [row.deviceId, row]))
    expect(rows.get('gate')).toBe(byDevice.get('gate'))
    expect(rows.get('front_door')).not.toBe(byDevice.get('front_door'))
    expect(rows.get('front_door')?.status.lock.state).toBe('unlocked')
  })

  it('gives the same result with or without the cache, and forgets devices that left', () => {
    const rowCache = createFleetRowCache()
    const events = [event('lock.unlocked', 2, subject)]
    groupFleet({ ...input({ accounts, devices }, events), rowCache })
    const withCache = groupFleet({
      ...input({ accounts, devices: [devices[0]!] }, events),
      rowCache,
    })
    const without = groupFleet(input({ accounts, devices: [devices[0]!] }, events))
    expect(withCache).toEqual(without)
    expect([...rowCache.rows.keys()]).toEqual(['front_door'])
  })
})
