import { describe, expect, it } from 'vitest'
import { parseConnectedAccount } from '../accounts/connected-account-schema'
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { parseDevice } from '../devices/device-schema'
import type { Device } from '../devices/device-schema'
import { MINUTE, seamEvent, T0 } from '../timelines/event-fixtures'
import { createEventIndex } from './group-events'
import { groupFleet, UNASSIGNED_GROUP_KEY } from './group-fleet'

function device(deviceId: string, name: string, accountId?: string): Device {
  const parsed = parseDevice({
    device_id: deviceId,
    device_type: 'august_lock',
    connected_account_id: accountId,
    properties: { name },
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

function account(accountId: string, displayName: string): ConnectedAccount {
  const parsed = parseConnectedAccount({
    connected_account_id: accountId,
    display_name: displayName,
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

describe('groupFleet', () => {
  it('groups devices under their accounts, former devices included, then the unassigned', () => {
    const index = createEventIndex()
    index.add([
      seamEvent('device.connected', { id: 'e1', at: T0, deviceId: 'lock-3', accountId: 'acct-z' }),
      seamEvent('device.deleted', { id: 'e2', at: T0, deviceId: 'old-lock', accountId: 'acct-a' }),
      seamEvent('device.removed', { id: 'e3', at: T0, deviceId: 'gone-cam', accountId: 'acct-x' }),
      seamEvent('device.connected', {
        id: 'e4',
        at: T0 + MINUTE,
        deviceId: 'hub-lost',
        accountId: null,
      }),
    ])
    const groups = groupFleet(
      [
        device('lock-2', 'Back door', 'acct-a'),
        device('lock-1', 'Front door', 'acct-a'),
        device('lock-3', 'Garage'),
        device('lock-4', 'Shed'),
        device('lock-5', 'attic', 'acct-b'),
      ],
      [account('acct-b', 'Zed Properties'), account('acct-a', 'Acme Rentals')],
      index,
    )
    expect(
      groups.map((g) => [
        g.key,
        g.account?.display_name,
        g.devices.map((d) => d.device_id),
        g.formerDeviceIds,
      ]),
    ).toEqual([
      ['acct-a', 'Acme Rentals', ['lock-2', 'lock-1'], ['old-lock']],
      ['acct-b', 'Zed Properties', ['lock-5'], []],
      ['acct-x', undefined, [], ['gone-cam']],
      ['acct-z', undefined, ['lock-3'], []],
      [UNASSIGNED_GROUP_KEY, undefined, ['lock-4'], ['hub-lost']],
    ])
    expect(groups.at(-1)?.accountId).toBeNull()
  })
})
