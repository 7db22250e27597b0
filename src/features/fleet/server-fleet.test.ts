import { describe, expect, it } from 'vitest'
import { fleetSchema } from '../../api/live/fleet-read-model'
import { createServerRowCache, fleetFromServer } from './server-fleet'

const T = '2026-12-03T10:00:00.000Z'

function row(id: string, name: string, account: string | null, patch: object = {}) {
  return {
    device_id: id,
    name,
    kind: 'august_lock',
    listed: true,
    connected_account_id: account,
    account_name: account,
    connectivity: { state: 'online', reason: null, since: T },
    battery: { level: 0.8, status: 'good', at: T },
    lock: { state: 'locked', method: 'manual', at: T },
    is_lock: true,
    model: null,
    last_event: {
      event_id: `e_${id}`,
      event_type: 'lock.locked',
      at: T,
      text: 'Locked',
      severity: null,
    },
    open_alerts: { count: 0, severity: null },
    search_text: name.toLowerCase(),
    ...patch,
  }
}

const counts = {
  devices: 1,
  online: 1,
  offline: 0,
  flaky: 0,
  unknown: 0,
  removed: 0,
  open_alerts: { count: 0, severity: null },
}

function account(id: string, name: string, listed = true) {
  return {
    connected_account_id: id,
    name,
    listed,
    provider: 'August',
    health: { level: 'ok', text: 'Connected', since: null },
    ...counts,
  }
}

const model = fleetSchema.parse({
  version: 1,
  devices: [
    row('d1', 'Unit 2', 'acct_b'),
    row('d2', 'Unit 10', 'acct_b', {
      connectivity: { state: 'offline', reason: 'hub_disconnected', since: T },
      open_alerts: { count: 1, severity: 'critical' },
    }),
    row('d3', 'Gate', 'acct_a'),
    row('d4', 'Shed sensor', null),
    row('d5', 'Old door', 'acct_gone', { listed: false }),
    row('d6', 'Porch', 'acct_twin'),
  ],
  accounts: [
    account('acct_b', 'Harbor'),
    account('acct_a', 'Birch'),
    account('acct_twin', 'Harbor'),
    account('acct_gone', 'acct_gone', false),
    account('acct_empty', 'Aspen'),
  ],
  totals: { ...counts, accounts: 4 },
})

describe('fleetFromServer', () => {
  it('groups listed accounts by name, then unlisted ones, then devices of no account', () => {
    const fleet = fleetFromServer(model, createServerRowCache())
    expect(fleet.groups.map((group) => [group.key, group.title, group.subtitle])).toEqual([
      ['acct_empty', 'Aspen', undefined],
      ['acct_a', 'Birch', undefined],
      // Two accounts called Harbor: each says which it is.
      ['acct_b', 'Harbor', 'acct_b'],
      ['acct_twin', 'Harbor', 'acct_twin'],
      ['acct_gone', 'acct_gone', undefined],
      ['unassigned', 'Other devices', undefined],
    ])
    expect(fleet.groups[0]!.rows).toEqual([])
    expect(fleet.groups[0]!.health).toEqual({ level: 'ok', text: 'Connected' })
  })

  it('puts the device needing a person first, then names in natural order', () => {
    const fleet = fleetFromServer(model, createServerRowCache())
    const harbor = fleet.groups.find((group) => group.key === 'acct_b')!
    expect(harbor.rows.map((r) => [r.name, r.attention, r.alerts])).toEqual([
      ['Unit 10', 5, { count: 1, severity: 'critical' }],
      ['Unit 2', 0, undefined],
    ])
    expect(fleet.rows[0]!.deviceId).toBe('d2')
    expect(fleet.rows).toHaveLength(6)
  })

  it('shows a device Seam no longer lists as removed, never needing attention', () => {
    const fleet = fleetFromServer(model, createServerRowCache())
    const old = fleet.rows.find((r) => r.deviceId === 'd5')!
    expect([old.kind, old.listed, old.attention, old.accountName]).toEqual([
      'Removed device',
      false,
      0,
      'acct_gone',
    ])
  })

  it('keeps the row object of a device whose server row did not change', () => {
    const cache = createServerRowCache()
    const first = fleetFromServer(model, cache)
    const again = fleetFromServer({ ...model, devices: [...model.devices] }, cache)
    expect(again.rows.find((r) => r.deviceId === 'd3')).toBe(
      first.rows.find((r) => r.deviceId === 'd3'),
    )
  })
})
