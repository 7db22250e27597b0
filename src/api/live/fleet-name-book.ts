// Device and account names from the fleet read model, for rows, filter choices and the CSV's words.
import type { NameBook } from '../../domain/events/event-names'
import type { FleetReadModel } from './fleet-read-model'

export function fleetNameBook(fleet: FleetReadModel | undefined): NameBook {
  const deviceNames = new Map<string, string>()
  const deviceAccounts = new Map<string, string>()
  const accountNames = new Map<string, string>()
  for (const device of fleet?.devices ?? []) {
    deviceNames.set(device.device_id, device.name)
    if (device.connected_account_id !== null) {
      deviceAccounts.set(device.device_id, device.connected_account_id)
    }
  }
  for (const account of fleet?.accounts ?? []) {
    accountNames.set(account.connected_account_id, account.name)
  }
  return { deviceNames, accountNames, deviceAccounts }
}
