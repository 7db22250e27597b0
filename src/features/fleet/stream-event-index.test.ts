import { describe, expect, it } from 'vitest'
import { groupFleet } from '../../domain/grouping/group-fleet'
import { seamEvent, T0, MINUTE } from '../../domain/timelines/event-fixtures'
import { streamEventIndex } from './stream-event-index'
import { testAccount, testDevice, testStream } from './test-fixtures'

const events = [
  seamEvent('device.connected', { id: 'e1', at: T0, deviceId: 'door', accountId: 'acct_a' }),
  seamEvent('device.deleted', { id: 'e2', at: T0 + MINUTE, deviceId: 'old', accountId: 'acct_a' }),
  // The device moved: its latest event names acct_b.
  seamEvent('lock.locked', {
    id: 'e3',
    at: T0 + 2 * MINUTE,
    deviceId: 'door',
    accountId: 'acct_b',
  }),
  seamEvent('connected_account.disconnected', { id: 'e4', at: T0, accountId: 'acct_gone' }),
]

describe('streamEventIndex', () => {
  const index = streamEventIndex(testStream(events, 7))

  it('answers from the stream lists, oldest first as the index promises', () => {
    expect(index.version()).toBe(7)
    expect(index.size()).toBe(4)
    expect(index.eventsOfDevice('door').map((e) => e.id)).toEqual(['e1', 'e3'])
    expect(index.eventsOfDevice('nobody')).toEqual([])
    expect(index.eventsOfAccount('acct_gone').map((e) => e.id)).toEqual(['e4'])
    expect(index.eventById('e2')?.type).toBe('device.deleted')
    expect(index.allEvents().map((e) => e.id)).toEqual(['e3', 'e2', 'e4', 'e1'])
  })

  it("takes a device's account from its latest event, and lists every account named", () => {
    expect(index.accountOfDevice('door')).toBe('acct_b')
    expect(index.deviceIds()).toEqual(['door', 'old'])
    expect(index.accountIds()).toEqual(['acct_a', 'acct_b', 'acct_gone'])
    expect(index.deviceIdsOfAccount('acct_a')).toEqual(['old'])
    const listed = [testDevice('door', 'acct_a')]
    expect(index.deviceIdsOfAccount('acct_a', listed)).toEqual(['door', 'old'])
    expect(index.deviceIdsOfAccount('acct_b', listed)).toEqual([])
  })

  it('is read-only', () => {
    expect(() => index.add([])).toThrow(/read-only/)
  })

  it("lets the domain's groupFleet find devices and accounts known only from events", () => {
    const groups = groupFleet([testDevice('door', 'acct_a')], [testAccount('acct_a')], index)
    expect(
      groups.map((g) => [g.key, g.devices.map((d) => d.device_id), g.formerDeviceIds]),
    ).toEqual([
      ['acct_a', ['door'], ['old']],
      ['acct_b', [], []],
      ['acct_gone', [], []],
    ])
  })
})
