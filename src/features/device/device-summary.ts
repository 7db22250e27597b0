// The device page's header: who the device is, where it belongs and how it is doing now.
import type { FleetRow } from '../../api/live/fleet-read-model'
import { fleetRowStatus } from '../../api/live/fleet-row-status'
import type { Alert } from '../../domain/alerts/alert'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
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

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const

/**
 * From the server's fleet row (which already names a removed device from its events) and the
 * device's alerts, of which only the open ones are shown.
 */
export function deviceSummaryOf(row: FleetRow, alerts: readonly Alert[]): DeviceSummary {
  const accountId = row.connected_account_id
  return {
    id: row.device_id,
    name: row.name,
    ...(row.listed && { kind: deviceKindWords(row.kind) }),
    ...(row.model !== null && row.model !== '' && { model: row.model }),
    ...(accountId !== null && { account: { id: accountId, name: row.account_name ?? accountId } }),
    status: fleetRowStatus(row),
    removed: !row.listed,
    alerts: alerts
      .filter(
        (alert) =>
          alert.resolvedAt === null &&
          alert.subject.kind === 'device' &&
          alert.subject.id === row.device_id,
      )
      .sort(
        (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.openedAt - a.openedAt,
      ),
  }
}
