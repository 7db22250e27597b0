// What the fleet overview shows: one row per device, its account groups, and their default order.
import type { AlertBadge } from '../../api/alert-state/use-alert-total'
import type { AccountHealth } from '../../domain/accounts/account-health'
import type { Instant, Severity } from '../../domain/events/parsed-event'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
import type { BatteryConcern } from '../../components/status-words'

export type Connectivity = CurrentDeviceStatus['connectivity']

export const OTHER_DEVICES_TITLE = 'Other devices'

/** The group of devices no connected account claims. */
export const UNASSIGNED_GROUP_KEY = 'unassigned'

export interface FleetDeviceRow {
  readonly deviceId: string
  readonly name: string
  /** The name as a natural sort key (see naturalKey). */
  readonly nameKey: string
  /** device_type in words, brand first: "August lock". */
  readonly kind: string
  /** The maker's model name, when Seam gives one: "Wi-Fi Smart Lock (4th gen)". */
  readonly model?: string
  /** The account group the device is shown in: an account id, or the unassigned group's key. */
  readonly accountKey: string
  /** Absent for devices no account claims. */
  readonly accountId?: string
  readonly accountName: string
  /** False for a device known only from its events (removed or deleted since). */
  readonly listed: boolean
  /** Whether a lock state is meaningful for this device at all. */
  readonly isLock: boolean
  readonly connectivity: Connectivity
  readonly battery: CurrentDeviceStatus['battery']
  readonly batteryConcern?: BatteryConcern
  readonly lock: CurrentDeviceStatus['lock']
  readonly lastEvent?: {
    readonly id: string
    readonly text: string
    readonly at: Instant
    readonly severity?: Severity
  }
  /** Open alerts about this device; absent when none (or alerts not derived yet). */
  readonly alerts?: AlertBadge
  /** Higher needs a person sooner; the default order. */
  readonly attention: number
  /** Lower-case name, id, kind, brand, model, account and property text, for the search box. */
  readonly searchText: string
}

export interface FleetGroupView {
  /** An account id, or UNASSIGNED_GROUP_KEY. */
  readonly key: string
  readonly accountId?: string
  readonly title: string
  /** The account id, when another account has the same title (one login, two providers). */
  readonly subtitle?: string
  /** "August", from the account's provider. */
  readonly provider?: string
  /** Absent for the unassigned group, which has no account. */
  readonly health?: AccountHealth
  /** Whether Seam lists the account (false: known only from events, or no account at all). */
  readonly listed: boolean
  /** Default order: needing attention first, then by name. */
  readonly rows: readonly FleetDeviceRow[]
}

export interface Fleet {
  readonly groups: readonly FleetGroupView[]
  /** Every row in the default order, grouped by nothing (fresh on every call: TanStack's data). */
  readonly rows: FleetDeviceRow[]
}

/** Offline first, then critical trouble, flaky, low battery or a warning, unknown; fine last. */
export function attention(
  connectivity: Connectivity['state'],
  concern: BatteryConcern | undefined,
  alertSeverity: Severity | undefined,
): number {
  if (connectivity === 'offline') return 5
  if (concern === 'critical' || alertSeverity === 'critical') return 4
  if (connectivity === 'flaky') return 3
  if (concern === 'low' || alertSeverity === 'warning') return 2
  if (connectivity === 'unknown') return 1
  return 0
}

/** Needing attention first, then by name; the device id makes it a total order. */
export function byAttention(a: FleetDeviceRow, b: FleetDeviceRow): number {
  return (
    b.attention - a.attention ||
    (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0) ||
    (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0)
  )
}
