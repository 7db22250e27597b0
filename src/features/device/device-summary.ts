// The device page's header: who the device is, where it belongs and how it is doing now.
import type { Alert } from '../../domain/alerts/alert'
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import { deviceDisplayName } from '../../domain/devices/device-schema'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
import { currentDeviceStatus } from '../../domain/status/current-device-status'
import { deviceKindWords } from '../../lib/brand-words'

export interface DeviceSummary {
  readonly id: string
  readonly name: string
  /** "August lock", from the device type; undefined for a device known only from events. */
  readonly kind?: string
  /** The maker's model name when Seam gives one. */
  readonly model?: string
  readonly account?: { readonly id: string; readonly name: string }
  readonly status: CurrentDeviceStatus
  /** Not in Seam's device list any more: drawn from its events alone. */
  readonly removed: boolean
  /** Open alerts about this device, gravest first, then newest. */
  readonly alerts: readonly Alert[]
}

export type DeviceLookup =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'found'; readonly summary: DeviceSummary }

export interface DeviceLookupInput {
  readonly deviceId: string
  readonly devices: readonly Device[] | undefined
  readonly accounts: readonly ConnectedAccount[] | undefined
  readonly eventsLoaded: boolean
  /** The device's events, newest first. */
  readonly events: readonly ParsedEvent[]
  readonly openAlerts: readonly Alert[] | undefined
  readonly now: Instant
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const

/**
 * Missing only once both the inventory and the events have arrived and neither knows the id: a
 * device removed from Seam still has a page while its events are retained.
 */
export function lookUpDevice(input: DeviceLookupInput): DeviceLookup {
  const { deviceId, events } = input
  const listed = input.devices?.find((device) => device.device_id === deviceId)
  if (listed === undefined) {
    if (input.devices === undefined || !input.eventsLoaded) return { kind: 'loading' }
    if (events.length === 0) return { kind: 'missing' }
  }
  const device = listed ?? stubDevice(deviceId, events)
  const accountId =
    device.connected_account_id ??
    events.find((e) => e.connectedAccountId !== undefined)?.connectedAccountId
  const account =
    accountId == null
      ? undefined
      : input.accounts?.find((a) => a.connected_account_id === accountId)
  const alerts = (input.openAlerts ?? [])
    .filter((alert) => alert.subject.kind === 'device' && alert.subject.id === deviceId)
    .sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.openedAt - a.openedAt,
    )
  const model = device.properties.model?.display_name ?? undefined
  return {
    kind: 'found',
    summary: {
      id: deviceId,
      name: listed === undefined ? nameFromEvents(deviceId, events) : deviceDisplayName(listed),
      ...(listed !== undefined && { kind: deviceKindWords(listed.device_type) }),
      ...(model != null && model !== '' && { model }),
      ...(accountId != null && {
        account: {
          id: accountId,
          name: account === undefined ? accountId : connectedAccountDisplayName(account),
        },
      }),
      status: currentDeviceStatus(device, events, input.now),
      removed: listed === undefined,
      alerts,
    },
  }
}

/** The last name an event gave the device (a rename, or its deletion), else its id. */
export function nameFromEvents(deviceId: string, events: readonly ParsedEvent[]): string {
  for (const event of events) {
    const name = event.details?.deviceName
    if (name !== undefined && name !== '') return name
  }
  return deviceId
}

function stubDevice(deviceId: string, events: readonly ParsedEvent[]): Device {
  const accountId = events.find((e) => e.connectedAccountId !== undefined)?.connectedAccountId
  return {
    device_id: deviceId,
    device_type: '',
    connected_account_id: accountId ?? null,
    errors: [],
    warnings: [],
    properties: {},
  }
}
