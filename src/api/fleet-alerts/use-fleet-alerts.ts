// useFleetAlerts(): every alert and incident of the fleet, derived once per change for all views.
import { useQuery } from '@tanstack/react-query'
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import type { Instant } from '../../domain/events/parsed-event'
import { useNow } from '../../lib/use-now'
import { useEventStream, type EventStreamView } from '../event-stream/use-event-stream'
import { connectedAccountsQuery } from '../get-connected-accounts'
import { devicesQuery } from '../get-devices'
import { createAlertCache, deriveAlertsIncrementally } from './incremental-alerts'
import { summarizeAlerts, type FleetAlerts } from './summarize-alerts'

/** Offline grace periods and expiries are minutes long; re-judging twice a minute is enough. */
const CLOCK_STEP_MS = 30_000

interface Inputs {
  readonly version: number
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  readonly now: Instant
}

// One result shared by every component that asks, so the badges in the navigation, the rows and
// the alert center cost one derivation per poll, not one per component.
let cached: { inputs: Inputs; result: FleetAlerts } | undefined
// Per-device alerts of the last derivation: a poll that brought events for a few devices re-runs
// the rules for those devices only (see incremental-alerts.ts).
const alertCache = createAlertCache()

function sameInputs(a: Inputs, b: Inputs): boolean {
  return (
    a.version === b.version &&
    a.devices === b.devices &&
    a.accounts === b.accounts &&
    a.now === b.now
  )
}

export function deriveFleetAlerts(stream: EventStreamView, inputs: Inputs): FleetAlerts {
  if (cached !== undefined && sameInputs(cached.inputs, inputs)) return cached.result
  const accountOfDevice = (deviceId: string) =>
    stream.byDevice.get(deviceId)?.find((event) => event.connectedAccountId !== undefined)
      ?.connectedAccountId
  const derived = deriveAlertsIncrementally(
    {
      devices: inputs.devices,
      accounts: inputs.accounts,
      byDevice: stream.byDevice,
      byAccount: stream.byAccount,
      workspace: stream.workspace,
      changes: stream.changes,
      // Events stamped a little ahead of this clock still count: the live view is "now or later".
      now: inputs.now + CLOCK_STEP_MS,
    },
    alertCache,
  )
  const result = summarizeAlerts(derived, inputs.devices, accountOfDevice)
  cached = { inputs, result }
  return result
}

/** Undefined until the events and the inventory have arrived, so nobody sees a false all-clear. */
export function useFleetAlerts(): FleetAlerts | undefined {
  const stream = useEventStream()
  const devices = useQuery(devicesQuery())
  const accounts = useQuery(connectedAccountsQuery())
  const now = useNow(CLOCK_STEP_MS)
  if (!stream.loaded || devices.data === undefined || accounts.data === undefined) return undefined
  return deriveFleetAlerts(stream, {
    version: stream.version,
    devices: devices.data.items,
    accounts: accounts.data.items,
    now,
  })
}
