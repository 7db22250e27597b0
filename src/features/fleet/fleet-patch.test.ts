import { describe, expect, it } from 'vitest'
import { EventLog } from '../../api/event-stream/event-log'
import type { AlertBadge } from '../../api/fleet-alerts/summarize-alerts'
import type { KnownEventType } from '../../domain/events/event-types'
import { MINUTE, seamEvent, seededRandom, T0 } from '../../domain/timelines/event-fixtures'
import { patchFleet } from './fleet-patch'
import { buildFleet, createFleetRowCache, type FleetInput } from './fleet-rows'
import { streamEventIndex } from './stream-event-index'
import { testAccount, testDevice } from './test-fixtures'

const accounts = [
  testAccount('acct_a', { display_name: 'Alder Street' }),
  testAccount('acct_b', { display_name: 'Harbor Lofts' }),
  // Same title as acct_b: the groups get subtitles.
  testAccount('acct_c', { display_name: 'Harbor Lofts' }),
]
// Some without an account, so their events decide their group.
const devices = [
  ...['front_door', 'back_door', 'gate', 'garage'].map((id) => testDevice(id, 'acct_a')),
  ...['lobby', 'roof', 'unit_1'].map((id) => testDevice(id, 'acct_b')),
  testDevice('unit_2', 'acct_c'),
  ...['shed', 'pool', 'stray'].map((id) => testDevice(id, undefined)),
]
// Former devices (known from events only) and an account Seam does not list.
const deviceIds = [...devices.map((device) => device.device_id), 'old_lock', 'old_gate']
const accountIds = ['acct_a', 'acct_b', 'acct_c', 'acct_gone']
const DEVICE_TYPES: KnownEventType[] = [
  'lock.locked',
  'lock.unlocked',
  'device.connected',
  'device.disconnected',
  'device.low_battery',
  'device.connection_became_flaky',
]
const ACCOUNT_TYPES: KnownEventType[] = [
  'connected_account.disconnected',
  'connected_account.connected',
  'connected_account.reauthorization_requested',
]
const NOW = T0 + 1_000 * MINUTE

/** The fleet's input from the log as it is, without badges. */
function inputFrom(log: EventLog): FleetInput {
  return {
    devices,
    accounts,
    index: streamEventIndex(log.snapshot),
    eventsByDevice: log.snapshot.byDevice,
    eventsByAccount: log.snapshot.byAccount,
    alertsByDevice: undefined,
    now: NOW,
    changes: log.snapshot.changes,
  }
}

describe('buildFleet, patched from the last poll', () => {
  it.each([
    ['visiting the devices the log says changed', true],
    ['comparing every device list', false],
  ])('equals a full build after every one of many random polls, %s', (_, withChanges) => {
    const random = seededRandom(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    // A small cap, so old events fall out and lists shrink or empty.
    const log = new EventLog({ retentionMs: 10_000 * MINUTE, maxEvents: 80 })
    const cache = createFleetRowCache()
    let id = 0
    let at = T0
    let patched = 0
    let full = 0
    let moved = 0
    for (let poll = 0; poll < 150; poll++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        at += Math.floor(random() * 3) * MINUTE
        const when = at - Math.floor(random() * 3) * MINUTE // sometimes late
        if (random() < 0.15) {
          return seamEvent(pick(ACCOUNT_TYPES), {
            id: `e${id++}`,
            at: when,
            accountId: pick(accountIds),
          })
        }
        return seamEvent(pick(DEVICE_TYPES), {
          id: `e${id++}`,
          at: when,
          deviceId: random() < 0.05 ? pick(['old_lock', 'old_gate']) : pick(deviceIds),
          // Mostly the same account per device; now and then another, so devices move.
          accountId: random() < 0.1 ? pick(accountIds) : 'acct_a',
        })
      })
      log.add(events, NOW)
      const snapshot = log.snapshot
      const alerts = new Map<string, AlertBadge>()
      for (const deviceId of deviceIds) {
        if (random() < 0.2) alerts.set(deviceId, { count: 1, severity: 'warning' })
        else if (random() < 0.05) alerts.set(deviceId, { count: 2, severity: 'critical' })
      }
      const input: FleetInput = {
        devices,
        accounts,
        index: streamEventIndex(snapshot),
        eventsByDevice: snapshot.byDevice,
        eventsByAccount: snapshot.byAccount,
        // Now and then the same badges as before, in a map of their own.
        alertsByDevice: poll % 5 === 0 ? undefined : alerts,
        now: NOW,
        ...(withChanges && { changes: snapshot.changes }),
      }
      if (cache.fleet !== undefined && cache.input !== undefined) {
        const probe = { ...cache, rows: new Map(cache.rows), views: new Map(cache.views) }
        const groupOf = new Map(cache.fleet.rows.map((row) => [row.deviceId, row.accountKey]))
        const result = patchFleet(input, probe)
        if (result === undefined) full++
        else {
          patched++
          if (result.rows.some((row) => groupOf.get(row.deviceId) !== row.accountKey)) moved++
        }
      }
      expect(buildFleet(input, cache)).toEqual(buildFleet(input))
    }
    // Both ways were taken, many times.
    expect(patched).toBeGreaterThan(50)
    expect(full).toBeGreaterThan(10)
    // Devices Seam does not assign moved between groups by their events, patched in place.
    expect(moved).toBeGreaterThan(0)
  })

  it('patches when a device Seam assigns names another account in its events, and only then', () => {
    const log = new EventLog()
    const cache = createFleetRowCache()
    const inputOf = () => inputFrom(log)
    log.add(
      [seamEvent('lock.locked', { id: 'a', at: T0, deviceId: 'gate', accountId: 'acct_a' })],
      NOW,
    )
    buildFleet(inputOf(), cache)
    // The roof belongs to acct_b whatever its first event says: its row changes, not its group.
    const roof = { id: 'b', at: T0 + MINUTE, deviceId: 'roof', accountId: 'acct_c' }
    log.add([seamEvent('lock.unlocked', roof)], NOW)
    expect(
      patchFleet(inputOf(), { ...cache, rows: new Map(cache.rows), views: new Map(cache.views) }),
    ).toBeDefined()
    expect(buildFleet(inputOf(), cache)).toEqual(buildFleet(inputOf()))
    // The shed has no account but by its events: naming one moves it to that group.
    const shed = { id: 'c', at: T0 + 2 * MINUTE, deviceId: 'shed', accountId: 'acct_b' }
    log.add([seamEvent('lock.unlocked', shed)], NOW)
    expect(
      patchFleet(inputOf(), { ...cache, rows: new Map(cache.rows), views: new Map(cache.views) }),
    ).toBeUndefined()
    const moved = buildFleet(inputOf(), cache)
    expect(moved).toEqual(buildFleet(inputOf()))
    expect(
      moved.groups.find((group) => group.key === 'acct_b')?.rows.map((row) => row.deviceId),
    ).toContain('shed')
    // From one listed account's group to another's: both stay, so the row moves in place.
    const back = { id: 'd', at: T0 + 3 * MINUTE, deviceId: 'shed', accountId: 'acct_a' }
    log.add([seamEvent('lock.locked', back)], NOW)
    const probe = { ...cache, rows: new Map(cache.rows), views: new Map(cache.views) }
    expect(patchFleet(inputOf(), probe)).toBeDefined()
    const again = buildFleet(inputOf(), cache)
    expect(again).toEqual(buildFleet(inputOf()))
    const rowsOf = (key: string) =>
      again.groups.find((group) => group.key === key)?.rows.map((row) => row.deviceId)
    expect(rowsOf('acct_a')).toContain('shed')
    expect(rowsOf('acct_b')).not.toContain('shed')
  })

  it('keeps the rows of an account whose new events are not about connectivity', () => {
    const cache = createFleetRowCache()
    const log = new EventLog()
    const lock = seamEvent('lock.locked', {
      id: 'l',
      at: T0,
      deviceId: 'gate',
      accountId: 'acct_a',
    })
    log.add([lock], NOW)
    const inputOf = () => inputFrom(log)
    const before = buildFleet(inputOf(), cache)
    const reauth = { id: 'r', at: T0 + MINUTE, accountId: 'acct_a' }
    log.add([seamEvent('connected_account.reauthorization_requested', reauth)], NOW)
    const after = buildFleet(inputOf(), cache)
    expect(after.rows).toEqual(before.rows)
    expect(after.rows.find((row) => row.deviceId === 'gate')).toBe(
      before.rows.find((row) => row.deviceId === 'gate'),
    )
    expect(after.groups[0]?.health?.text).toBe('Needs reauthorization')

    const down = { id: 'd', at: T0 + 2 * MINUTE, accountId: 'acct_a' }
    log.add([seamEvent('connected_account.disconnected', down)], NOW)
    const offline = buildFleet(inputOf(), cache)
    expect(offline.rows.find((row) => row.deviceId === 'gate')?.connectivity).toMatchObject({
      state: 'offline',
      reason: 'account_disconnected',
    })
    expect(offline).toEqual(buildFleet(inputOf()))
  })
})
