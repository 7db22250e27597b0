import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { MINUTE, seamEvent, T0 } from '../../domain/timelines/event-fixtures'
import { buildFleet, createFleetRowCache, OTHER_DEVICES_TITLE, type FleetInput } from './fleet-rows'
import { streamEventIndex } from './stream-event-index'
import { testAccount, testDevice, testStream } from './test-fixtures'

function input(
  parts: Pick<FleetInput, 'devices' | 'accounts'> & Partial<FleetInput>,
  events: ParsedEvent[] = [],
): FleetInput {
  const stream = testStream(events)
  return {
    index: streamEventIndex(stream),
    eventsByDevice: stream.byDevice,
    eventsByAccount: stream.byAccount,
    alertsByDevice: undefined,
    now: Infinity,
    ...parts,
  }
}

describe('buildFleet', () => {
  it('groups devices by account (sorted by name), former devices included, then the others', () => {
    const fleet = buildFleet(
      input(
        {
          accounts: [
            testAccount('acct_b', { display_name: 'Harbor Lofts', provider: 'yale_home' }),
            testAccount('acct_a', { display_name: 'Alder Street', provider: 'august' }),
          ],
          devices: [
            testDevice('gate', 'acct_b'),
            testDevice('front_door', 'acct_a'),
            testDevice('back_door', 'acct_a', {}, { online: false }),
            testDevice('stray', undefined),
          ],
        },
        [seamEvent('device.removed', { id: 'r', at: T0, deviceId: 'shed', accountId: 'acct_a' })],
      ),
    )
    expect(fleet.groups.map((g) => [g.title, g.provider, g.rows.map((r) => r.deviceId)])).toEqual([
      // Offline first, then by name; the removed device has nothing to ask of anyone.
      ['Alder Street', 'August', ['back_door', 'front_door', 'shed']],
      ['Harbor Lofts', 'Yale Home', ['gate']],
      [OTHER_DEVICES_TITLE, undefined, ['stray']],
    ])
    expect(fleet.groups[0]?.rows[2]?.listed).toBe(false)
    expect(fleet.groups[0]?.health?.level).toBe('ok')
    expect(fleet.groups[2]?.health).toBeUndefined()
    expect(fleet.rows.map((r) => r.deviceId)).toEqual([
      'back_door',
      'front_door',
      'gate',
      'shed',
      'stray',
    ])
    expect(fleet.rows.find((r) => r.deviceId === 'gate')?.accountName).toBe('Harbor Lofts')
  })

  it('tells apart accounts of the same name by their id', () => {
    const fleet = buildFleet(
      input({
        accounts: [
          testAccount('acct_1', { display_name: 'Ops' }),
          testAccount('acct_2', { display_name: 'Ops' }),
        ],
        devices: [],
      }),
    )
    expect(fleet.groups.map((g) => g.subtitle)).toEqual(['acct_1', 'acct_2'])
  })

  it('puts open-alert badges on the rows', () => {
    const fleet = buildFleet(
      input({
        accounts: [testAccount('acct_a')],
        devices: [testDevice('front_door', 'acct_a')],
        alertsByDevice: new Map([['front_door', { count: 1, severity: 'warning' }]]),
      }),
    )
    expect(fleet.rows[0]?.alerts).toEqual({ count: 1, severity: 'warning' })
  })
})

describe('buildFleet row cache', () => {
  const accounts = [testAccount('acct_a')]
  const devices = [testDevice('front_door', 'acct_a'), testDevice('gate', 'acct_a')]
  const subject = { deviceId: 'front_door', accountId: 'acct_a' }

  it('rebuilds only the rows whose device, events or alerts changed', () => {
    const cache = createFleetRowCache()
    const first = [seamEvent('lock.locked', { id: 'l', at: T0, ...subject })]
    const before = buildFleet(input({ accounts, devices }, first), cache)
    // A poll: front_door gets a new list, gate's (absent) list stays as it was.
    const next = input({ accounts, devices }, [
      ...first,
      seamEvent('lock.unlocked', { id: 'u', at: T0 + MINUTE, ...subject }),
    ])
    const after = buildFleet(next, cache)
    const rowOf = (fleet: typeof before, id: string) => fleet.rows.find((r) => r.deviceId === id)
    expect(rowOf(after, 'gate')).toBe(rowOf(before, 'gate'))
    expect(rowOf(after, 'front_door')).not.toBe(rowOf(before, 'front_door'))
    expect(rowOf(after, 'front_door')?.lock.state).toBe('unlocked')

    // Equal badges in a new map keep the row; a changed badge rebuilds it.
    const sameBadge = buildFleet(
      { ...next, alertsByDevice: new Map([['gate', { count: 1, severity: 'warning' }]]) },
      cache,
    )
    const again = buildFleet(
      { ...next, alertsByDevice: new Map([['gate', { count: 1, severity: 'warning' }]]) },
      cache,
    )
    expect(rowOf(again, 'gate')).toBe(rowOf(sameBadge, 'gate'))
    expect(rowOf(sameBadge, 'gate')).not.toBe(rowOf(after, 'gate'))
  })

  it('regroups only when the inventory or who-belongs-where changes', () => {
    const cache = createFleetRowCache()
    const lock = (id: string, deviceId: string) =>
      seamEvent('lock.locked', { id, at: T0, deviceId, accountId: 'acct_a' })
    buildFleet(input({ accounts, devices }, [lock('1', 'front_door')]), cache)
    const grouping = cache.grouping
    buildFleet(
      input({ accounts, devices }, [lock('1', 'front_door'), lock('2', 'front_door')]),
      cache,
    )
    expect(cache.grouping).toBe(grouping)
    // An event of a device nobody lists: it joins its account as a former device.
    const fleet = buildFleet(input({ accounts, devices }, [lock('3', 'shed')]), cache)
    expect(cache.grouping).not.toBe(grouping)
    expect(fleet.groups[0]?.rows.map((r) => r.deviceId)).toEqual(['front_door', 'gate', 'shed'])
  })

  it('gives the same result with or without the cache, and forgets devices that left', () => {
    const cache = createFleetRowCache()
    buildFleet(input({ accounts, devices }), cache)
    const withCache = buildFleet(input({ accounts, devices: [devices[0]!] }), cache)
    const without = buildFleet(input({ accounts, devices: [devices[0]!] }))
    expect(withCache).toEqual(without)
    expect([...cache.rows.keys()]).toEqual(['front_door'])
  })
})
