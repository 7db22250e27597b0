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

describe('buildFleet, patched from the last poll', () => {
  it('equals a full build after every one of many random polls', () => {
    const random = seededRandom(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    // A small cap, so old events fall out and lists shrink or empty.
    const log = new EventLog({ retentionMs: 10_000 * MINUTE, maxEvents: 80 })
    const cache = createFleetRowCache()
    let id = 0
    let at = T0
    let patched = 0
    let full = 0
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
      }
      if (cache.fleet !== undefined && cache.input !== undefined) {
        const probe = { ...cache, rows: new Map(cache.rows), views: new Map(cache.views) }
        if (patchFleet(input, probe) === undefined) full++
        else patched++
      }
      expect(buildFleet(input, cache)).toEqual(buildFleet(input))
    }
    // Both ways were taken, many times.
    expect(patched).toBeGreaterThan(50)
    expect(full).toBeGreaterThan(10)
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
    const inputOf = () => ({
      devices,
      accounts,
      index: streamEventIndex(log.snapshot),
      eventsByDevice: log.snapshot.byDevice,
      eventsByAccount: log.snapshot.byAccount,
      alertsByDevice: undefined,
      now: NOW,
    })
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
