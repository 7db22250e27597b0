// What a browser tab computes from the event stream, outside React: ingest, alerts, and the fleet rows.
import { EventLog } from '../src/api/event-stream/event-log'
import {
  createAlertCache,
  deriveAlertsIncrementally,
  type AlertCache,
} from '../src/api/fleet-alerts/incremental-alerts'
import { summarizeAlerts, type FleetAlerts } from '../src/api/fleet-alerts/summarize-alerts'
import type { ConnectedAccount } from '../src/domain/accounts/connected-account-schema'
import type { Device } from '../src/domain/devices/device-schema'
import { parseSeamEvents } from '../src/domain/events/parse-event'
import type { Instant } from '../src/domain/events/parsed-event'
import {
  buildFleet,
  createFleetRowCache,
  type Fleet,
  type FleetRowCache,
} from '../src/features/fleet/fleet-rows'
import { streamEventIndex } from '../src/features/fleet/stream-event-index'

/** One tab's state between polls: the event log and the caches its views keep. */
export interface BrowserState {
  readonly log: EventLog
  readonly alertCache: AlertCache
  readonly rowCache: FleetRowCache
}

export function createBrowserState(): BrowserState {
  return { log: new EventLog(), alertCache: createAlertCache(), rowCache: createFleetRowCache() }
}

export interface Inventory {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
}

/** As the event stream does with a page: validate, then merge into the log (replace on the first). */
export function ingestPage(
  state: BrowserState,
  raws: readonly unknown[],
  now: Instant,
  first: boolean,
) {
  const events = parseSeamEvents(raws)
  return first ? state.log.replace(events, now) : state.log.add(events, now)
}

export interface DerivedViews {
  readonly alerts: FleetAlerts
  readonly fleet: Fleet
  /** Devices whose alert rules ran in this derivation. */
  readonly rederivedDevices: number
}

/**
 * useFleetAlerts (alerts for every device and account, badges) and the fleet page's rows (current
 * state and connectivity timeline of every device, grouped by account), from the log as it is.
 */
export function deriveViews(state: BrowserState, inventory: Inventory, now: Instant): DerivedViews {
  const snapshot = state.log.snapshot
  const derived = deriveAlertsIncrementally(
    {
      devices: inventory.devices,
      accounts: inventory.accounts,
      byDevice: snapshot.byDevice,
      byAccount: snapshot.byAccount,
      workspace: snapshot.workspace,
      changes: snapshot.changes,
      now,
    },
    state.alertCache,
  )
  const accountOfDevice = (deviceId: string) =>
    snapshot.byDevice.get(deviceId)?.find((event) => event.connectedAccountId !== undefined)
      ?.connectedAccountId
  const alerts = summarizeAlerts(derived, inventory.devices, accountOfDevice)
  const fleet = buildFleet(
    {
      devices: inventory.devices,
      accounts: inventory.accounts,
      index: streamEventIndex(snapshot),
      eventsByDevice: snapshot.byDevice,
      eventsByAccount: snapshot.byAccount,
      alertsByDevice: alerts.byDevice,
      now,
      changes: snapshot.changes,
    },
    state.rowCache,
  )
  return { alerts, fleet, rederivedDevices: derived.rederivedDevices }
}
