// useAlertAttention(): open alerts nobody has acknowledged or snoozed, counted for badges.
import { useQuery } from '@tanstack/react-query'
import { worseSeverity } from '../../domain/alerts/alert'
import type { Instant } from '../../domain/events/parsed-event'
import type { Device } from '../../domain/devices/device-schema'
import { useNow } from '../../lib/use-now'
import { useEventStream, type EventStreamView } from '../event-stream/use-event-stream'
import {
  summarizeAlerts,
  type AlertBadge,
  type FleetAlerts,
} from '../fleet-alerts/summarize-alerts'
import { useFleetAlerts } from '../fleet-alerts/use-fleet-alerts'
import { devicesQuery } from '../get-devices'
import { alertStateQuery, EMPTY_ALERT_STATE, type AlertState } from './get-alert-state'
import { alertsNeedingAttention, groupAlertLists, type AlertLists } from '../../domain/alerts/alert-lists'

export interface AlertAttention {
  /** The rows of the alert center's Open list (an incident counts once), gravest severity. */
  readonly total: AlertBadge
  /** Open alerts about each device still needing someone. */
  readonly byDevice: ReadonlyMap<string, AlertBadge>
  /** Likewise per account, its devices' alerts included. */
  readonly byAccount: ReadonlyMap<string, AlertBadge>
  readonly lists: AlertLists
}

/** Snoozes end on the minute they were set for, near enough for a badge. */
const CLOCK_STEP_MS = 15_000

interface Inputs {
  readonly fleet: FleetAlerts
  readonly state: AlertState
  readonly devices: readonly Device[]
  readonly now: Instant
}

// Shared like useFleetAlerts: every badge on screen reads one computation per change.
let cached: { inputs: Inputs; result: AlertAttention } | undefined

export function computeAlertAttention(
  inputs: Inputs,
  accountOfDevice: (deviceId: string) => string | undefined,
): AlertAttention {
  const lists = groupAlertLists(
    inputs.fleet.alerts,
    inputs.fleet.incidents,
    inputs.state,
    inputs.now,
  )
  const open = alertsNeedingAttention(lists)
  const summary = summarizeAlerts({ alerts: open, incidents: [] }, inputs.devices, accountOfDevice)
  let severity = summary.total.severity
  for (const entry of lists.open) {
    if (entry.kind === 'incident') severity = worseSeverity(severity, entry.incident.severity)
  }
  return {
    total: { count: lists.open.length, severity },
    byDevice: summary.byDevice,
    byAccount: summary.byAccount,
    lists,
  }
}

/** computeAlertAttention, reusing the last answer while its inputs are the same objects. */
export function attentionFor(
  inputs: Inputs,
  accountOfDevice: (deviceId: string) => string | undefined,
): AlertAttention {
  const previous = cached?.inputs
  if (
    cached !== undefined &&
    previous !== undefined &&
    previous.fleet === inputs.fleet &&
    previous.state === inputs.state &&
    previous.devices === inputs.devices &&
    previous.now === inputs.now
  ) {
    return cached.result
  }
  const result = computeAlertAttention(inputs, accountOfDevice)
  cached = { inputs, result }
  return result
}

function accountFinder(stream: EventStreamView) {
  return (deviceId: string) =>
    stream.byDevice.get(deviceId)?.find((event) => event.connectedAccountId !== undefined)
      ?.connectedAccountId
}

/**
 * Undefined until the alerts can be judged. Without the alert state (an older proxy, a failure)
 * every open alert counts: better a badge too many than a silent problem.
 */
export function useAlertAttention(): AlertAttention | undefined {
  const fleet = useFleetAlerts()
  const alertState = useQuery(alertStateQuery())
  const devices = useQuery(devicesQuery())
  const stream = useEventStream()
  const now = useNow(CLOCK_STEP_MS)
  if (fleet === undefined || devices.data === undefined) return undefined
  const inputs: Inputs = {
    fleet,
    state: alertState.data ?? EMPTY_ALERT_STATE,
    devices: devices.data.items,
    now,
  }
  return attentionFor(inputs, accountFinder(stream))
}
