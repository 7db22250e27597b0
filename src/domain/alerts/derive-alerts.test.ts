import { describe, expect, it } from 'vitest'
import type { Device } from '../devices/device-schema'
import { EVENT_CATALOGUE } from '../events/event-catalogue'
import type { KnownEventType } from '../events/event-types'
import type { ParsedEvent } from '../events/parsed-event'
import type { DeriveAlertsInput } from './derive-alerts'
import { deriveAlerts } from './derive-alerts'
import { ACCOUNT_ID, minutes, seamEvent, testAccount, testDevice } from './test-events'

const LOCK_IDS = ['lock_1', 'lock_2', 'lock_3', 'lock_4', 'lock_5', 'lock_6']
const HUB_ID = 'harbor_gateway'
const DAY_MINUTES = 24 * 60

const hubLocks = LOCK_IDS.map((id, i) =>
  testDevice(id, `Room ${101 + i}`, { custom_metadata: { hub_device_id: HUB_ID } }),
)
const hub = testDevice(HUB_ID, 'Harbor View gateway', { device_type: 'seam_bridge' })
const account = testAccount(ACCOUNT_ID, 'Harbor View August')

function derive(
  events: readonly ParsedEvent[],
  nowMinute: number,
  devices: readonly Device[] = [...hubLocks, hub],
  extra: Partial<DeriveAlertsInput> = {},
) {
  const byDevice = new Map<string, ParsedEvent[]>()
  const byAccount = new Map<string, ParsedEvent[]>()
  for (const event of events) {
    if (event.deviceId !== undefined) push(byDevice, event.deviceId, event)
    if (event.connectedAccountId !== undefined) push(byAccount, event.connectedAccountId, event)
  }
  return deriveAlerts({
    devices,
    accounts: [account],
    eventsByDevice: (id) => byDevice.get(id) ?? [],
    eventsByAccount: (id) => byAccount.get(id) ?? [],
    deviceIds: [...byDevice.keys()],
    accountIds: [...byAccount.keys()],
    now: minutes(nowMinute),
    ...extra,
  })
}

function push(map: Map<string, ParsedEvent[]>, key: string, event: ParsedEvent) {
  const list = map.get(key)
  if (list === undefined) map.set(key, [event])
  else list.push(event)
}

const hubDrop = LOCK_IDS.map((id, i) =>
  seamEvent('device.disconnected', i * 0.25, { device_id: id, error_code: 'hub_disconnected' }),
)
const reconnect = (id: string, atMinute: number) =>
  seamEvent('device.connected', atMinute, { device_id: id })

describe('deriveAlerts: a hub outage', () => {
  it('groups six locks behind one hub into one incident', () => {
    const { alerts, incidents } = derive(hubDrop, 30)
    expect(incidents).toEqual([
      {
        id: `hub_disconnected:hub:${HUB_ID}:${hubDrop[0]!.id}`,
        kind: 'hub_disconnected',
        subject: { kind: 'hub', id: HUB_ID, name: 'Harbor View gateway' },
        severity: 'critical',
        openedAt: minutes(0),
        resolvedAt: null,
        alertIds: alerts.map((a) => a.id).sort(),
        deviceIds: LOCK_IDS,
        title: "Hub 'Harbor View gateway' offline: 6 locks unreachable",
      },
    ])
    expect(alerts).toHaveLength(6)
    expect(
      alerts.every((a) => a.rule === 'device_offline' && a.incidentId === incidents[0]!.id),
    ).toBe(true)
  })

  it('stays open until the last lock is back, then resolves at that moment', () => {
    const fiveBack = LOCK_IDS.slice(0, 5).map((id, i) => reconnect(id, 40 + i))
    expect(derive([...hubDrop, ...fiveBack], 60).incidents[0]?.resolvedAt).toBeNull()

    const allBack = [...fiveBack, reconnect('lock_6', 50)]
    const { incidents, alerts } = derive([...hubDrop, ...allBack], 60)
    expect(incidents.map((i) => [i.resolvedAt, i.title])).toEqual([
      [minutes(50), "Hub 'Harbor View gateway' was offline: 6 locks were unreachable"],
    ])
    expect(alerts.every((a) => a.resolvedAt !== null)).toBe(true)
  })

  it('takes the hub device’s own offline alert into the incident', () => {
    const hubDown = seamEvent('device.disconnected', 0, {
      device_id: HUB_ID,
      error_code: 'device_disconnected',
    })
    const { incidents } = derive([hubDown, ...hubDrop], 30)
    expect(incidents.map((i) => [i.deviceIds.length, i.alertIds.length, i.title])).toEqual([
      [7, 7, "Hub 'Harbor View gateway' offline: 6 locks unreachable"],
    ])
  })

  it('groups by account when the devices do not name their hub', () => {
    const plain = LOCK_IDS.map((id, i) => testDevice(id, `Room ${101 + i}`))
    const { incidents } = derive(hubDrop, 30, plain)
    expect(incidents.map((i) => [i.subject, i.title])).toEqual([
      [
        { kind: 'account', id: ACCOUNT_ID, name: ACCOUNT_ID },
        `A hub of account '${ACCOUNT_ID}' offline: 6 locks unreachable`,
      ],
    ])
  })

  it('does not group hub drops far apart in time, nor a single device', () => {
    const apart = [
      seamEvent('device.disconnected', 0, { device_id: 'lock_1', error_code: 'hub_disconnected' }),
      seamEvent('device.disconnected', 30, { device_id: 'lock_2', error_code: 'hub_disconnected' }),
    ]
    const { alerts, incidents } = derive(apart, 60)
    expect(incidents).toEqual([])
    expect(alerts.map((a) => a.incidentId)).toEqual([undefined, undefined])
  })
})

describe('deriveAlerts: an account disconnection', () => {
  const accountDown = seamEvent('connected_account.disconnected', 0)
  const devicesDown = LOCK_IDS.slice(0, 3).map((id, i) =>
    seamEvent('device.disconnected', i * 0.5, {
      device_id: id,
      error_code: 'account_disconnected',
    }),
  )

  it('groups the account alert and its devices’ offline alerts into one incident', () => {
    const { alerts, incidents } = derive([accountDown, ...devicesDown], 30)
    expect(incidents.map((i) => [i.kind, i.subject, i.severity, i.deviceIds, i.title])).toEqual([
      [
        'account_disconnected',
        { kind: 'account', id: ACCOUNT_ID, name: 'Harbor View August' },
        'critical',
        ['lock_1', 'lock_2', 'lock_3'],
        "Account 'Harbor View August' disconnected: 3 locks unreachable",
      ],
    ])
    expect(alerts.map((a) => [a.rule, a.incidentId === incidents[0]!.id])).toEqual([
      ['account_disconnected', true],
      ['device_offline', true],
      ['device_offline', true],
      ['device_offline', true],
    ])
  })

  it('resolves when the account and every device are back', () => {
    const back = [
      seamEvent('connected_account.connected', 20),
      ...LOCK_IDS.slice(0, 3).map((id) => reconnect(id, 25)),
    ]
    const { incidents } = derive([accountDown, ...devicesDown, ...back], 30)
    expect(incidents.map((i) => i.resolvedAt)).toEqual([minutes(25)])
  })

  it('leaves out a device that went offline for its own reason later', () => {
    const ownFault = seamEvent('device.disconnected', 60, {
      device_id: 'lock_4',
      error_code: 'device_disconnected',
    })
    const { incidents, alerts } = derive([accountDown, ...devicesDown, ownFault], 90)
    expect(incidents[0]?.deviceIds).toEqual(['lock_1', 'lock_2', 'lock_3'])
    expect(alerts.find((a) => a.subject.id === 'lock_4')?.incidentId).toBeUndefined()
  })
})

describe('deriveAlerts: single-device scenarios', () => {
  it('raises a battery forecast with its basis from a battery draining 0.9 → 0.1 in 10 days', () => {
    const draining = Array.from({ length: 11 }, (_, day) =>
      seamEvent('device.low_battery', day * DAY_MINUTES, {
        device_id: 'lock_1',
        battery_level: Math.round((0.9 - 0.08 * day) * 100) / 100,
      }),
    )
    const { alerts } = derive(draining, 10 * DAY_MINUTES + 60)
    const forecast = alerts.find((a) => a.rule === 'battery_forecast')
    expect(forecast?.title).toBe(
      'Room 101 battery may run out in about 1 day: fell from 90 % to 10 % over 10 days ' +
        '(11 readings, about 8 % a day)',
    )
    expect(forecast?.resolvedAt).toBeNull()
  })

  it('gives a resolved flaky alert for a connection that became flaky then stabilized', () => {
    const events = [
      seamEvent('device.connection_became_flaky', 0, { device_id: 'lock_2' }),
      seamEvent('device.connection_stabilized', 20, { device_id: 'lock_2' }),
    ]
    const { alerts } = derive(events, 60)
    expect(alerts.map((a) => [a.rule, a.title, a.resolvedAt, a.resolvedBy?.why])).toEqual([
      [
        'connection_flaky',
        'Room 102 connection was flaky for 20 min',
        minutes(20),
        'connection stabilized',
      ],
    ])
  })

  it('files a failed webview login without an account under the workspace', () => {
    const failed = seamEvent('connect_webview.login_failed', 0)
    const { alerts } = derive([], 10, [], { workspaceEvents: [failed] })
    expect(alerts.map((a) => [a.subject.kind, a.subject.id, a.rule])).toEqual([
      ['workspace', 'webview', 'webview_login_failed'],
    ])
  })

  it('ignores events after now, so a past moment can be replayed', () => {
    const events = [hubDrop[0]!, reconnect('lock_1', 40)]
    expect(derive(events, 30).alerts.map((a) => a.resolvedAt)).toEqual([null])
    expect(derive(events, 60).alerts.map((a) => a.resolvedAt)).toEqual([minutes(40)])
  })

  it('names a device missing from the inventory by its latest name change, else its (shortened) id', () => {
    const events = [
      seamEvent('device.tampered', 0, { device_id: 'ghost' }),
      seamEvent('device.tampered', 1, { device_id: 'renamed' }),
      seamEvent('device.name_changed', 2, { device_id: 'renamed', device_name: 'Back gate' }),
      seamEvent('device.tampered', 3, { device_id: '8419bd8b-6723-8da2-bff3-8a5c9509c5ba' }),
    ]
    const titles = derive(events, 10, []).alerts.map((a) => a.title)
    expect(titles.sort()).toEqual([
      'Back gate tampered with',
      'Device …09c5ba tampered with',
      'ghost tampered with',
    ])
  })
})

describe('deriveAlerts: order and determinism', () => {
  it('sorts open before resolved, then critical before warning before info, then newest', () => {
    const events = [
      seamEvent('noise_sensor.noise_threshold_triggered', 50, { device_id: 'lock_1' }),
      seamEvent('device.accessory_keypad_disconnected', 10, { device_id: 'lock_1' }),
      seamEvent('device.accessory_keypad_disconnected', 20, { device_id: 'lock_2' }),
      seamEvent('device.tampered', 5, { device_id: 'lock_3' }),
      seamEvent('device.connection_became_flaky', 0, { device_id: 'lock_4' }),
      seamEvent('device.connection_stabilized', 1, { device_id: 'lock_4' }),
    ]
    const { alerts } = derive(events, 60)
    expect(alerts.map((a) => [a.rule, a.subject.id])).toEqual([
      ['device_tampered', 'lock_3'],
      ['keypad_disconnected', 'lock_2'],
      ['keypad_disconnected', 'lock_1'],
      ['noise_threshold', 'lock_1'],
      ['connection_flaky', 'lock_4'],
    ])
  })

  it('gives identical output for shuffled and duplicated input', () => {
    const events = [
      ...hubDrop,
      reconnect('lock_1', 40),
      seamEvent('connected_account.disconnected', 100),
      ...LOCK_IDS.slice(0, 2).map((id) =>
        seamEvent('device.disconnected', 100, {
          device_id: id,
          error_code: 'account_disconnected',
        }),
      ),
      seamEvent('device.connection_became_flaky', 5, { device_id: 'lock_3' }),
      seamEvent('device.connection_stabilized', 25, { device_id: 'lock_3' }),
      ...[0, 1, 2].map((m) => seamEvent('lock.access_denied', m, { device_id: 'lock_5' })),
      seamEvent('device.low_battery', 7, { device_id: 'lock_6', battery_level: 0.05 }),
      // Same time, different ids: the tie must be settled by id, not by input order.
      seamEvent('device.accessory_keypad_disconnected', 9, { device_id: 'lock_2', event_id: 'b' }),
      seamEvent('device.accessory_keypad_connected', 9, { device_id: 'lock_2', event_id: 'a' }),
    ]
    const expected = derive(events, 200)
    expect(expected.incidents.length).toBe(2)
    let seed = 7
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 5; round++) {
      const noisy = [...events, ...events.filter(() => random() < 0.5)]
      for (let i = noisy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[noisy[i], noisy[j]] = [noisy[j]!, noisy[i]!]
      }
      expect(derive(noisy, 200)).toEqual(expected)
    }
  })
})

describe('deriveAlerts covers the catalogue', () => {
  const alertWorthy = (Object.keys(EVENT_CATALOGUE) as KnownEventType[]).filter(
    (type) => EVENT_CATALOGUE[type].alertWorthy,
  )

  it.each(alertWorthy)('raises an alert from %s', (type) => {
    // A burst takes three denials; everything else one event.
    const count = type === 'lock.access_denied' ? 3 : 1
    const events = Array.from({ length: count }, (_, i) => seamEvent(type, i))
    const { alerts } = derive(events, 15, [testDevice('front_door', 'Front door')])
    const ids = new Set(events.map((e) => e.id))
    expect(alerts.some((a) => ids.has(a.openingEventId))).toBe(true)
  })
})
