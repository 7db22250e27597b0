import { describe, expect, it } from 'vitest'
import type { ConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import { DEFAULT_ALERT_CONFIG, MINUTE_MS } from '../../src/domain/alerts/alert-config'
import { deriveAlerts } from '../../src/domain/alerts/derive-alerts'
import type { Device } from '../../src/domain/devices/device-schema'
import type { KnownEventType } from '../../src/domain/events/event-types'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import { minutes, seamEvent, testAccount, testDevice } from '../../src/domain/alerts/test-events'
import { seededRandom } from '../../src/domain/timelines/event-fixtures'
import { FleetJudgement } from './fleet-judgement'

const DEVICE_IDS = ['lock_a', 'lock_b', 'lock_c', 'hub_1', 'lock_d', 'sensor_e']
const ACCOUNT_IDS = ['acct_1', 'acct_2', 'acct_3']
const HUB_OF: Readonly<Record<string, string>> = {
  lock_a: 'hub_1',
  lock_b: 'hub_1',
  lock_c: 'hub_2',
  lock_d: 'hub_2',
}
const DEVICE_TYPES: readonly KnownEventType[] = [
  'device.disconnected',
  'device.disconnected',
  'device.connected',
  'device.connection_became_flaky',
  'device.connection_stabilized',
  'device.tampered',
  'lock.access_denied',
  'lock.access_denied',
  'noise_sensor.noise_threshold_triggered',
  'access_code.modified_external_to_seam',
  'device.low_battery',
  'device.battery_status_changed',
  'lock.locked',
]
const ACCOUNT_TYPES: readonly KnownEventType[] = [
  'connected_account.disconnected',
  'connected_account.connected',
  'connected_account.reauthorization_requested',
  'connect_webview.login_failed',
  'connect_webview.login_succeeded',
]

function inventoryDevice(id: string, random: () => number): Device {
  const account = ACCOUNT_IDS[Math.floor(random() * ACCOUNT_IDS.length)]!
  return testDevice(id, `${id} ${Math.floor(random() * 3)}`, {
    connected_account_id: account,
    // Two hubs, one listed and one known only by name, and devices on none: several parts.
    custom_metadata:
      HUB_OF[id] === undefined ? {} : { hub_device_id: HUB_OF[id], hub_name: 'Gate' },
  })
}

/** deriveAlerts over exactly the events the judgement holds, as the recorder called it. */
function fullJudgement(
  events: readonly ParsedEvent[],
  devices: readonly Device[],
  accounts: readonly ConnectedAccount[],
  now: number,
) {
  const byDevice = new Map<string, ParsedEvent[]>()
  const byAccount = new Map<string, ParsedEvent[]>()
  const workspace: ParsedEvent[] = []
  for (const event of events) {
    const lists = event.deviceId !== undefined ? byDevice : byAccount
    const key = event.deviceId ?? event.connectedAccountId
    if (key === undefined) workspace.push(event)
    else lists.set(key, [...(lists.get(key) ?? []), event])
  }
  return deriveAlerts({
    devices,
    accounts,
    eventsByDevice: (id) => byDevice.get(id) ?? [],
    eventsByAccount: (id) => byAccount.get(id) ?? [],
    deviceIds: [...byDevice.keys()],
    accountIds: [...byAccount.keys()],
    workspaceEvents: workspace,
    now,
    uniqueEventIds: true,
  })
}

describe('FleetJudgement', () => {
  it('equals a full deriveAlerts after random events, inventory changes, removals and clock steps', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed)
      const judgement = new FleetJudgement()
      let events: ParsedEvent[] = []
      let devices: Device[] = []
      let accounts: ConnectedAccount[] = []
      let now = minutes(0)
      let serial = 0
      for (let step = 0; step < 60; step++) {
        const roll = random()
        if (roll < 0.5) {
          // A poll: a few events, some dated a little in the past, rarely one in the future.
          for (let k = Math.floor(random() * 5); k >= 0; k--) {
            const onDevice = random() < 0.75
            const type = onDevice
              ? DEVICE_TYPES[Math.floor(random() * DEVICE_TYPES.length)]!
              : ACCOUNT_TYPES[Math.floor(random() * ACCOUNT_TYPES.length)]!
            const at = Math.round(
              (now - minutes(0)) / MINUTE_MS - random() * 20 + (random() < 0.05 ? 30 : 0),
            )
            const account = ACCOUNT_IDS[Math.floor(random() * ACCOUNT_IDS.length)]!
            const changes: Record<string, unknown> = { event_id: `ev${seed}.${serial++}` }
            if (onDevice) {
              changes.device_id = DEVICE_IDS[Math.floor(random() * DEVICE_IDS.length)]
              changes.connected_account_id = account
              if (type === 'device.disconnected' && random() < 0.6)
                changes.error_code = 'hub_disconnected'
            } else {
              changes.connected_account_id =
                type.startsWith('connect_webview.') && random() < 0.3 ? undefined : account
            }
            const event = seamEvent(type, at, changes)
            events.push(event)
            judgement.addEvent(event)
          }
        } else if (roll < 0.65) {
          devices = DEVICE_IDS.filter(() => random() < 0.7).map((id) => inventoryDevice(id, random))
          accounts = ACCOUNT_IDS.filter(() => random() < 0.8).map((id) =>
            testAccount(id, `Account ${id} ${Math.floor(random() * 2)}`),
          )
          judgement.setInventory(devices, accounts)
        } else if (roll < 0.72) {
          // Retention: the oldest by created_at go.
          const cutoff = [...events].sort((a, b) => a.createdAt - b.createdAt)[
            Math.floor(events.length / 4)
          ]
          if (cutoff !== undefined) {
            events = events.filter((event) => event.createdAt >= cutoff.createdAt)
            const held = new Set(events.map((event) => event.id))
            judgement.dropRemoved((id) => held.has(id))
          }
        } else {
          now += Math.floor(random() * 40 * MINUTE_MS)
        }
        judgement.judge(now)
        const full = fullJudgement(events, devices, accounts, now)
        expect(judgement.alerts()).toEqual(full.alerts)
        expect(sortById(judgement.incidents())).toEqual(sortById(full.incidents))
      }
    }
  })

  it('opens an offline alert at grace expiry with no new event, judging that device alone', () => {
    const judgement = new FleetJudgement()
    const quiet = DEVICE_IDS.map((id) => testDevice(id, id))
    judgement.setInventory(quiet, [])
    const offline = seamEvent('device.disconnected', 0, { device_id: 'lock_a', event_id: 'off' })
    judgement.addEvent(offline)
    judgement.judge(minutes(1))
    expect(judgement.alerts()).toEqual([])
    const grace = minutes(DEFAULT_ALERT_CONFIG.offlineGraceMinutes)
    expect(judgement.nextDeadline()).toBe(grace)

    const judgedBefore = judgement.judgedDevices
    const changes = judgement.judge(grace)
    expect(judgement.judgedDevices - judgedBefore).toBe(1)
    expect([...changes.devices]).toEqual(['lock_a'])
    expect(changes.alerts.map((alert) => alert.rule)).toEqual(['device_offline'])
    expect(judgement.alerts()).toEqual(fullJudgement([offline], quiet, [], grace).alerts)
  })

  it('judges only the devices new events touch', () => {
    const judgement = new FleetJudgement()
    judgement.setInventory(
      DEVICE_IDS.map((id) => testDevice(id, id)),
      [],
    )
    judgement.judge(minutes(0))
    const before = judgement.judgedDevices
    judgement.addEvent(seamEvent('device.tampered', 1, { device_id: 'lock_c', event_id: 't1' }))
    judgement.addEvent(seamEvent('lock.locked', 1, { device_id: 'lock_d', event_id: 'l1' }))
    const changes = judgement.judge(minutes(2))
    expect(judgement.judgedDevices - before).toBe(2)
    expect([...changes.devices].sort()).toEqual(['lock_c', 'lock_d'])
    expect(changes.alerts.map((alert) => alert.subject.id)).toEqual(['lock_c'])
    // Nothing due, nothing new: nobody is judged.
    judgement.judge(minutes(3))
    expect(judgement.judgedDevices - before).toBe(2)
  })
})

function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : 1))
}
