// The fleet as operators think of it: each connected account with its devices, then the rest.
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../accounts/connected-account-schema'
import type { Device } from '../devices/device-schema'
import { deviceDisplayName } from '../devices/device-schema'
import type { EventIndex } from './group-events'

export const UNASSIGNED_GROUP_KEY = 'unassigned'

export interface FleetGroup {
  /** The account id, or UNASSIGNED_GROUP_KEY. */
  readonly key: string
  /** null for the group of devices no account claims. */
  readonly accountId: string | null
  /** Absent when the account is known only from events (deleted, or not listed yet). */
  readonly account?: ConnectedAccount
  /** Listed devices, by display name. */
  readonly devices: readonly Device[]
  /** Devices known only from events (removed or deleted since), sorted by id. */
  readonly formerDeviceIds: readonly string[]
}

/**
 * Listed accounts first (by display name), then accounts known only from events (by id), then
 * the unassigned group when it has anything. A listed device belongs to its own
 * connected_account_id, else to the account its latest event named.
 */
export function groupFleet(
  devices: readonly Device[],
  accounts: readonly ConnectedAccount[],
  index: EventIndex,
): FleetGroup[] {
  const drafts = new Map<string, { devices: Device[]; formerDeviceIds: string[] }>()
  const draftOf = (key: string) => {
    let draft = drafts.get(key)
    if (draft === undefined) drafts.set(key, (draft = { devices: [], formerDeviceIds: [] }))
    return draft
  }
  for (const account of accounts) draftOf(account.connected_account_id)
  for (const accountId of index.accountIds()) draftOf(accountId)

  const listed = new Set<string>()
  for (const device of devices) {
    listed.add(device.device_id)
    const owner = device.connected_account_id ?? index.accountOfDevice(device.device_id)
    draftOf(owner ?? UNASSIGNED_GROUP_KEY).devices.push(device)
  }
  for (const deviceId of index.deviceIds()) {
    if (listed.has(deviceId)) continue
    draftOf(index.accountOfDevice(deviceId) ?? UNASSIGNED_GROUP_KEY).formerDeviceIds.push(deviceId)
  }

  const accountById = new Map(accounts.map((account) => [account.connected_account_id, account]))
  const groups: FleetGroup[] = []
  for (const [key, draft] of drafts) {
    if (key === UNASSIGNED_GROUP_KEY) continue
    const account = accountById.get(key)
    const group = {
      key,
      accountId: key,
      devices: draft.devices.sort(byDeviceName),
      formerDeviceIds: draft.formerDeviceIds,
    }
    groups.push(account === undefined ? group : { ...group, account })
  }
  groups.sort(byAccount)
  const unassigned = drafts.get(UNASSIGNED_GROUP_KEY)
  if (unassigned !== undefined) {
    groups.push({
      key: UNASSIGNED_GROUP_KEY,
      accountId: null,
      devices: unassigned.devices.sort(byDeviceName),
      formerDeviceIds: unassigned.formerDeviceIds,
    })
  }
  return groups
}

function byDeviceName(a: Device, b: Device): number {
  return (
    compareText(deviceDisplayName(a), deviceDisplayName(b)) || compareText(a.device_id, b.device_id)
  )
}

function byAccount(a: FleetGroup, b: FleetGroup): number {
  if ((a.account === undefined) !== (b.account === undefined)) return a.account ? -1 : 1
  const nameA = a.account ? connectedAccountDisplayName(a.account) : a.key
  const nameB = b.account ? connectedAccountDisplayName(b.account) : b.key
  return compareText(nameA, nameB) || compareText(a.key, b.key)
}

// Case-insensitive first, then exact, so the order is total and the same on every machine.
function compareText(a: string, b: string): number {
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
