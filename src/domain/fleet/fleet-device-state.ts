// A device's state as the fleet overview shows it: shared by the server's read model and the SPA's rows.
import type { Device } from '../devices/device-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { CurrentDeviceStatus } from '../status/current-device-status'
import { connectivityTimeline, type ConnectivityInterval } from '../timelines/connectivity'
import { compareEvents } from '../timelines/event-order'

export type FleetConnectivity = CurrentDeviceStatus['connectivity']

/**
 * The state is the domain's current status (events laid over the snapshot). Time in that state
 * comes from the connectivity timeline, which does not restart on a repeated "connected" and
 * knows when the account took the device down. When the account's disconnection is the latest
 * word, the timeline's "offline: account disconnected" wins over an older device event.
 */
export function connectivityInState(
  status: FleetConnectivity,
  timeline: readonly ConnectivityInterval[],
): FleetConnectivity {
  const current = timeline[timeline.length - 1]
  if (current === undefined || current.state === 'unknown') return status
  if (
    current.state === 'offline' &&
    current.reason === 'account_disconnected' &&
    status.state !== 'offline' &&
    (status.since === undefined || current.from >= status.since)
  ) {
    return { state: 'offline', reason: 'account_disconnected', since: current.from }
  }
  if (current.state !== status.state) return status
  if (status.state === 'offline' && current.reason !== status.reason) return status
  return { ...status, since: current.from }
}

/** The connectivity a fleet row shows: the status's, with the timeline's reasons and times. */
export function fleetConnectivity(
  status: CurrentDeviceStatus,
  events: readonly ParsedEvent[],
  accountEvents: readonly ParsedEvent[],
  now: Instant,
): FleetConnectivity {
  return connectivityInState(
    status.connectivity,
    connectivityTimeline(events, now, { accountEvents }),
  )
}

/** The latest event (of any parsing status) that happened by `now`, whatever the list's order. */
export function latestEventBy(
  events: readonly ParsedEvent[],
  now: Instant,
): ParsedEvent | undefined {
  let latest: ParsedEvent | undefined
  for (const event of events) {
    if (event.occurredAt > now) continue
    if (latest === undefined || compareEvents(event, latest) > 0) latest = event
  }
  return latest
}

/** The name the latest rename or deletion gave a device no longer listed, else its id. */
export function formerDeviceName(deviceId: string, events: readonly ParsedEvent[]): string {
  let named: ParsedEvent | undefined
  for (const event of events) {
    if (event.details?.deviceName === undefined) continue
    if (named === undefined || compareEvents(event, named) > 0) named = event
  }
  return named?.details?.deviceName ?? deviceId
}

/** A stand-in inventory entry for a device known only from its events. */
export function unlistedDevice(deviceId: string): Device {
  return { device_id: deviceId, device_type: '', properties: {}, errors: [], warnings: [] }
}
