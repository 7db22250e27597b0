import { describe, expect, it } from 'vitest'
import {
  applyFleetChange,
  followFleet,
  fleetChangeSchema,
  fleetSchema,
  type FleetChange,
  type FleetReadModel,
} from './fleet-read-model'

const T = '2026-12-03T10:00:00.000Z'

function row(id: string, state: string, alerts = 0) {
  return {
    device_id: id,
    name: `Door ${id}`,
    kind: 'august_lock',
    listed: true,
    connected_account_id: 'acct',
    account_name: 'Account',
    connectivity: { state, reason: null, since: T },
    battery: { level: 0.8, status: 'good', at: T },
    lock: { state: 'locked', method: null, at: T },
    is_lock: true,
    model: null,
    last_event: {
      event_id: `e_${id}`,
      event_type: 'lock.locked',
      at: T,
      text: 'Locked',
      severity: null,
    },
    open_alerts: { count: alerts, severity: alerts > 0 ? 'critical' : null },
    search_text: `door ${id}`,
  }
}

const rollup = (devices: number) => ({
  devices,
  online: devices,
  offline: 0,
  flaky: 0,
  unknown: 0,
  removed: 0,
  open_alerts: { count: 0, severity: null },
})

const account = { provider: 'August', health: { level: 'ok', text: 'Connected', since: null } }

const model: FleetReadModel = fleetSchema.parse({
  version: 7,
  devices: [row('a', 'online'), row('b', 'online'), row('c', 'online')],
  accounts: [
    { connected_account_id: 'acct', name: 'Account', listed: true, ...account, ...rollup(3) },
  ],
  totals: { ...rollup(3), accounts: 1 },
})

function change(patch: Partial<Record<keyof FleetChange, unknown>>): FleetChange {
  return fleetChangeSchema.parse({
    version: 8,
    refetch: false,
    devices: [],
    removed_devices: [],
    accounts: [],
    removed_accounts: [],
    totals: null,
    ...patch,
  })
}

describe('applyFleetChange', () => {
  it('replaces changed rows, adds new ones, drops removed ones, in the server’s id order', () => {
    const next = applyFleetChange(
      model,
      change({ devices: [row('d', 'online'), row('b', 'offline', 1)], removed_devices: ['a'] }),
    )
    expect(next?.version).toBe(8)
    expect(
      next?.devices.map((r) => [r.device_id, r.connectivity.state, r.open_alerts.count]),
    ).toEqual([
      ['b', 'offline', 1],
      ['c', 'online', 0],
      ['d', 'online', 0],
    ])
    // Unchanged parts stay the same objects (views keyed on them do not redraw).
    expect(next?.devices[1]).toBe(model.devices[2])
    expect(next?.totals).toBe(model.totals)
  })

  it('takes new totals and account roll-ups when the change carries them', () => {
    const next = applyFleetChange(
      model,
      change({
        accounts: [
          { connected_account_id: 'acct', name: 'Renamed', listed: true, ...account, ...rollup(4) },
        ],
        totals: { ...rollup(4), accounts: 1 },
      }),
    )
    expect(next?.accounts.map((a) => [a.name, a.devices])).toEqual([['Renamed', 4]])
    expect(next?.totals.devices).toBe(4)
  })

  it('refuses a change that is not the next version, or says refetch: the model is fetched again', () => {
    expect(applyFleetChange(model, change({ version: 9 }))).toBeUndefined()
    expect(applyFleetChange(model, change({ version: 7 }))).toBeUndefined()
    expect(applyFleetChange(model, change({ refetch: true }))).toBeUndefined()
  })
})

describe('followFleet', () => {
  it('applies pending changes in version order, drops held ones, keeps those past a gap', () => {
    const follow = followFleet(model, [
      change({ version: 9, devices: [row('a', 'offline')] }),
      change({ version: 8, devices: [row('b', 'offline')] }),
      change({ version: 7 }),
      change({ version: 11 }),
    ])
    expect(follow.model.version).toBe(9)
    expect(follow.model.devices.map((r) => r.connectivity.state)).toEqual([
      'offline',
      'offline',
      'online',
    ])
    expect(follow.pending.map((c) => c.version)).toEqual([11])
    expect(follow.refetch).toBe(true)
    expect(followFleet(model, []).refetch).toBe(false)
  })
})
