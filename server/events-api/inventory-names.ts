// Device and account names from the last inventory, parsed once per refresh, for the explorer's reads.
import {
  parseConnectedAccount,
  type ConnectedAccount,
} from '../../src/domain/accounts/connected-account-schema'
import { parseDevice, type Device } from '../../src/domain/devices/device-schema'
import { buildNameBook, type NameBook } from '../../src/domain/events/event-names'
import type { InventorySnapshot } from '../poller/inventory-poller'
import type { EventPageWord } from './event-page-query'

/**
 * Names live in the inventory, not in the events table, and change after an event is stored, so
 * the query does not store them: a word is matched against the current names here, and the ids
 * whose names hold it join the SQL condition (see eventPageQuery).
 */
export interface InventoryNames {
  readonly book: NameBook
  /** Devices listed under any of these accounts. */
  devicesOf(accountIds: readonly string[]): string[]
  /** What the names add to a lower-cased word of `q`. */
  named(word: string): EventPageWord
}

function parsedList<T>(json: string, parse: (raw: unknown) => { ok: boolean; value?: T }): T[] {
  const list: unknown = JSON.parse(json)
  if (!Array.isArray(list)) return []
  return list.flatMap((raw) => {
    const parsed = parse(raw)
    return parsed.ok && parsed.value !== undefined ? [parsed.value] : []
  })
}

export function inventoryNames(
  devices: readonly Device[],
  accounts: readonly ConnectedAccount[],
): InventoryNames {
  const book = buildNameBook(devices, accounts)
  const lowerDeviceNames = [...book.deviceNames].map(
    ([id, name]) => [id, name.toLowerCase()] as const,
  )
  const lowerAccountNames = new Map(
    [...book.accountNames].map(([id, name]) => [id, name.toLowerCase()]),
  )
  const devicesOf = (accountIds: ReadonlySet<string>) =>
    [...book.deviceAccounts]
      .filter(([, accountId]) => accountIds.has(accountId))
      .map(([deviceId]) => deviceId)
  return {
    book,
    devicesOf: (accountIds) => devicesOf(new Set(accountIds)),
    named: (word) => {
      const accountIds = [...lowerAccountNames]
        .filter(([, name]) => name.includes(word))
        .map(([id]) => id)
      // The SPA's text holds the account id and name of an event's device's account too.
      const ofAccount = new Set(accountIds)
      for (const accountId of book.deviceAccounts.values()) {
        if (accountId.toLowerCase().includes(word)) ofAccount.add(accountId)
      }
      return {
        word,
        deviceIds: lowerDeviceNames.filter(([, name]) => name.includes(word)).map(([id]) => id),
        accountIds,
        accountDeviceIds: ofAccount.size === 0 ? [] : devicesOf(ofAccount),
      }
    },
  }
}

function namesOf(snapshot: InventorySnapshot): InventoryNames {
  return inventoryNames(
    parsedList<Device>(snapshot.devicesJson, parseDevice),
    parsedList<ConnectedAccount>(snapshot.connectedAccountsJson, parseConnectedAccount),
  )
}

/** The names of whatever snapshot `current` returns, parsed again only when its lists change. */
export function followInventoryNames(current: () => InventorySnapshot): () => InventoryNames {
  let parsedFrom: InventorySnapshot | undefined
  let names: InventoryNames | undefined
  return () => {
    const snapshot = current()
    // An error or a health field changes the snapshot object; only new lists change the names.
    const same =
      parsedFrom !== undefined &&
      snapshot.devicesJson === parsedFrom.devicesJson &&
      snapshot.connectedAccountsJson === parsedFrom.connectedAccountsJson
    if (names === undefined || !same) {
      names = namesOf(snapshot)
      parsedFrom = snapshot
    }
    return names
  }
}
