// Device and account names by id, from Seam's inventory, so rows and search use the names people know.
import {
  connectedAccountDisplayName,
  type ConnectedAccount,
} from '../accounts/connected-account-schema'
import { deviceDisplayName, type Device } from '../devices/device-schema'
import type { ParsedEvent } from './parsed-event'

export interface NameBook {
  readonly deviceNames: ReadonlyMap<string, string>
  readonly accountNames: ReadonlyMap<string, string>
  /** Each device's account, for events that came without connected_account_id. */
  readonly deviceAccounts: ReadonlyMap<string, string>
}

export function buildNameBook(
  devices: readonly Device[],
  accounts: readonly ConnectedAccount[],
): NameBook {
  const deviceNames = new Map<string, string>()
  const deviceAccounts = new Map<string, string>()
  for (const device of devices) {
    deviceNames.set(device.device_id, deviceDisplayName(device))
    if (device.connected_account_id) {
      deviceAccounts.set(device.device_id, device.connected_account_id)
    }
  }
  const accountNames = new Map<string, string>()
  for (const account of accounts) {
    accountNames.set(account.connected_account_id, connectedAccountDisplayName(account))
  }
  return { deviceNames, accountNames, deviceAccounts }
}

/** The account an event belongs to: its own field, else its device's account. */
export function eventAccountId(event: ParsedEvent, names: NameBook): string | undefined {
  return (
    event.connectedAccountId ??
    (event.deviceId === undefined ? undefined : names.deviceAccounts.get(event.deviceId))
  )
}

export function eventDeviceName(event: ParsedEvent, names: NameBook): string | undefined {
  return event.deviceId === undefined ? undefined : names.deviceNames.get(event.deviceId)
}

export function eventAccountName(event: ParsedEvent, names: NameBook): string | undefined {
  const accountId = eventAccountId(event, names)
  return accountId === undefined ? undefined : names.accountNames.get(accountId)
}
