// Test support: the alerts and incidents a browser would derive from the fake's store at a moment.
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import type { DerivedAlerts } from '../../src/domain/alerts/derive-alerts'
import { deriveAlerts } from '../../src/domain/alerts/derive-alerts'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { Instant, ParsedEvent } from '../../src/domain/events/parsed-event'
import type { FakeDatabase } from './fake-store'
import { workspaceAccounts, workspaceDevices } from './fake-store'

/** As the proxy and the browser receive it: through JSON. */
function asReceived(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

function push(map: Map<string, ParsedEvent[]>, key: string, event: ParsedEvent): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [event])
  else list.push(event)
}

/** deriveAlerts over the workspace's inventory and events, as the dashboard runs it. */
export function deriveStoreAlerts(
  database: FakeDatabase,
  workspaceId: string,
  now: Instant,
): DerivedAlerts {
  const devices = workspaceDevices(database, workspaceId).flatMap((device) => {
    const parsed = parseDevice(asReceived(device))
    return parsed.ok ? [parsed.value] : []
  })
  const accounts = workspaceAccounts(database, workspaceId).flatMap((account) => {
    const parsed = parseConnectedAccount(asReceived(account))
    return parsed.ok ? [parsed.value] : []
  })
  const byDevice = new Map<string, ParsedEvent[]>()
  const byAccount = new Map<string, ParsedEvent[]>()
  const workspaceEvents: ParsedEvent[] = []
  for (const raw of database.events) {
    if (raw.workspace_id !== workspaceId) continue
    const event = parseSeamEvent(asReceived(raw))
    if (event.deviceId !== undefined) push(byDevice, event.deviceId, event)
    else if (event.connectedAccountId !== undefined)
      push(byAccount, event.connectedAccountId, event)
    else workspaceEvents.push(event)
  }
  return deriveAlerts({
    devices,
    accounts,
    eventsByDevice: (deviceId) => byDevice.get(deviceId) ?? [],
    eventsByAccount: (accountId) => byAccount.get(accountId) ?? [],
    deviceIds: [...byDevice.keys()],
    accountIds: [...byAccount.keys()],
    workspaceEvents,
    now,
  })
}
