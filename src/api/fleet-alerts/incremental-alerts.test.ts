import { describe, expect, it } from 'vitest'
import { parseConnectedAccount } from '../../domain/accounts/connected-account-schema'
import type { AlertConfig } from '../../domain/alerts/alert-config'
import { DEFAULT_ALERT_CONFIG } from '../../domain/alerts/alert-config'
import { deriveAlerts } from '../../domain/alerts/derive-alerts'
import { parseDevice, type Device } from '../../domain/devices/device-schema'
import type { KnownEventType } from '../../domain/events/event-types'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { MINUTE, seamEvent, seededRandom, T0 } from '../../domain/timelines/event-fixtures'
import { EventLog } from '../event-stream/event-log'
import { createAlertCache, deriveAlertsIncrementally } from './incremental-alerts'

const ACCOUNTS = ['acct_a', 'acct_b']
const HUB = 'hub_1'

function device(id: string, account: string, metadata: Record<string, string> = {}): Device {
  const result = parseDevice({
    device_id: id,
    device_type: id === HUB ? 'smartthings_hub' : 'august_lock',
    connected_account_id: account,
    custom_metadata: metadata,
    properties: { name: `Door ${id}`, online: true },
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

const devices: Device[] = [
  device(HUB, 'acct_a', {}),
  ...Array.from({ length: 5 }, (_, i) => device(`hubbed_${i}`, 'acct_a', { hub_device_id: HUB })),
  ...Array.from({ length: 8 }, (_, i) => device(`lock_${i}`, ACCOUNTS[i % 2] as string)),
]
const accounts = ACCOUNTS.map((id) => {
  const result = parseConnectedAccount({ connected_account_id: id, provider: 'august' })
  if (!result.ok) throw new Error(result.reason)
  return result.value
})
// One device is known only from its events (removed from the inventory).
const deviceIds = [...devices.map((d) => d.device_id), 'gone_lock']

/** A random but reproducible day of trouble: outages, hub drops, batteries, denials, accounts. */
function history(count: number, seed: number): ParsedEvent[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const events: ParsedEvent[] = []
  let at = T0
  for (let i = 0; i < count; i++) {
    at += Math.floor(random() * 4 * MINUTE)
    const id = `e${i}`
    const roll = random()
    const deviceId = pick(deviceIds)
    const accountId =
      devices.find((d) => d.device_id === deviceId)?.connected_account_id ?? 'acct_b'
    const on = (type: KnownEventType, payload: object = {}) =>
      seamEvent(type, { id, at, deviceId, accountId, payload })
    if (roll < 0.05) {
      // The hub drops and takes its locks along.
      for (const target of [
        HUB,
        ...devices.filter((d) => d.custom_metadata?.hub_device_id === HUB).map((d) => d.device_id),
      ]) {
        events.push(
          seamEvent('device.disconnected', {
            id: `${id}:${target}`,
            at: at + Math.floor(random() * MINUTE),
            deviceId: target,
            accountId: 'acct_a',
            payload: { error_code: 'hub_disconnected' },
          }),
        )
      }
    } else if (roll < 0.08) {
      const account = pick(ACCOUNTS)
      events.push(
        seamEvent(
          pick(['connected_account.disconnected', 'connected_account.connected'] as const),
          { id, at, accountId: account },
        ),
      )
    } else if (roll < 0.1) {
      events.push(seamEvent('connect_webview.login_failed', { id, at, accountId: null }))
    } else {
      const type = pick([
        'device.disconnected',
        'device.connected',
        'device.connected',
        'device.low_battery',
        'device.battery_status_changed',
        'lock.access_denied',
        'lock.access_denied',
        'device.tampered',
        'device.connection_became_flaky',
        'device.connection_stabilized',
        'lock.unlocked',
      ] as const)
      const payload =
        type === 'device.disconnected'
          ? { error_code: pick(['device_disconnected', 'account_disconnected']) }
          : type === 'device.low_battery'
            ? { battery_level: Math.round(random() * 40) / 100 }
            : type === 'device.battery_status_changed'
              ? { battery_level: 0.9, battery_status: 'good' }
              : {}
      events.push(on(type, payload))
    }
  }
  return events
}

function fullDerivation(log: EventLog, now: number, config?: AlertConfig) {
  const { byDevice, byAccount, workspace } = log.snapshot
  return deriveAlerts({
    ...(config && { config }),
    devices,
    accounts,
    eventsByDevice: (id) => byDevice.get(id) ?? [],
    eventsByAccount: (id) => byAccount.get(id) ?? [],
    deviceIds: [...byDevice.keys()],
    accountIds: [...byAccount.keys()],
    workspaceEvents: workspace,
    now,
  })
}

function incremental(
  log: EventLog,
  now: number,
  cache = createAlertCache(),
  config?: AlertConfig,
  withChanges = true,
) {
  const { byDevice, byAccount, workspace, changes } = log.snapshot
  return deriveAlertsIncrementally(
    {
      devices,
      accounts,
      byDevice,
      byAccount,
      workspace,
      now,
      ...(withChanges && { changes }),
      ...(config && { config }),
    },
    cache,
  )
}

describe('deriveAlertsIncrementally', () => {
  const events = history(600, 11)
  const end = events.reduce((latest, event) => Math.max(latest, event.occurredAt), T0)

  it.each([
    ['visiting only what the log says changed', true],
    ['comparing every device list', false],
  ])('equals a full deriveAlerts after every poll, %s', (_, withChanges) => {
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 100_000 })
    const cache = createAlertCache()
    const now = end + 5 * MINUTE
    let sawIncident = false
    let sawPartial = false
    for (let start = 0; start < events.length; start += 40) {
      const batch = events.slice(start, start + 40)
      log.add(batch, now)
      const touched = new Set(batch.map((event) => event.deviceId).filter((id) => id !== undefined))
      const result = incremental(log, now, cache, undefined, withChanges)
      const { rederivedDevices, openAlerts, ...derived } = result
      expect(derived).toEqual(fullDerivation(log, now))
      expect(openAlerts).toEqual(derived.alerts.filter((alert) => alert.resolvedAt === null))
      if (start > 0) {
        expect(rederivedDevices).toBe(touched.size)
        if (rederivedDevices < deviceIds.length) sawPartial = true
      }
      if (derived.incidents.length > 0) sawIncident = true
    }
    expect(sawIncident).toBe(true)
    expect(sawPartial).toBe(true)
  })

  it('re-derives every device when the clock moves, and still equals the full derivation', () => {
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 100_000 })
    log.add(events, end)
    const cache = createAlertCache()
    incremental(log, end, cache)
    const later = incremental(log, end + 45 * MINUTE, cache)
    expect(later.rederivedDevices).toBe(deviceIds.length)
    const full = fullDerivation(log, end + 45 * MINUTE)
    expect({ alerts: later.alerts, incidents: later.incidents }).toEqual(full)
    expect(full.alerts.length).toBeGreaterThan(10)
  })

  it('follows the log as it drops old events, devices and accounts past its cap', () => {
    // A small cap: every poll pushes old events out, so lists shrink and some devices lose all.
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 60 })
    const cache = createAlertCache()
    const now = end + 5 * MINUTE
    let sawForgotten = false
    for (let start = 0; start < events.length; start += 25) {
      log.add(events.slice(start, start + 25), now)
      const { alerts, incidents } = incremental(log, now, cache)
      expect({ alerts, incidents }).toEqual(fullDerivation(log, now))
      if (!log.snapshot.byDevice.has('gone_lock') && start > 0) sawForgotten = true
      expect(cache.devices.has('gone_lock')).toBe(log.snapshot.byDevice.has('gone_lock'))
    }
    expect(sawForgotten).toBe(true)
  })

  it('keeps the very same alert list and incidents when a poll changes nothing about them', () => {
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 100_000 })
    const cache = createAlertCache()
    const now = end + 5 * MINUTE
    log.add(events, now)
    const before = incremental(log, now, cache)
    // A newer copy of an event already in the log is not new: the log keeps its first version.
    log.add([seamEvent('lock.unlocked', { id: 'e_new', at: T0, deviceId: 'lock_0' })], now)
    const after = incremental(log, now, cache)
    expect(after.rederivedDevices).toBe(1)
    expect(after.alerts).toBe(before.alerts)
    expect(after.incidents).toBe(before.incidents)
  })

  it('forgets a device that left both the inventory and the events', () => {
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 100_000 })
    log.add(events, end)
    const cache = createAlertCache()
    incremental(log, end, cache)
    expect(cache.devices.has('gone_lock')).toBe(true)
    const emptied = new EventLog()
    incremental(emptied, end, cache)
    expect(cache.devices.has('gone_lock')).toBe(false)
  })

  it('equals the full derivation when one device alone makes an incident (the fallback path)', () => {
    const config: AlertConfig = { ...DEFAULT_ALERT_CONFIG, incidentMinDevices: 1 }
    const log = new EventLog({ retentionMs: 30 * 86_400_000, maxEvents: 100_000 })
    const cache = createAlertCache()
    const now = end + 5 * MINUTE
    for (let start = 0; start < events.length; start += 100) {
      log.add(events.slice(start, start + 100), now)
      const { alerts, incidents } = incremental(log, now, cache, config)
      expect({ alerts, incidents }).toEqual(fullDerivation(log, now, config))
    }
    expect(fullDerivation(log, now, config).incidents.length).toBeGreaterThan(0)
  })
})
