// The fleet overview's data: accounts as sections, each device's current state, and the counts on top.
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import {
  connectedAccountDisplayName,
  connectedAccountProvider,
} from '../../domain/accounts/connected-account-schema'
import { deviceDisplayName, type Device } from '../../domain/devices/device-schema'
import { describeEvent } from '../../domain/events/describe-event'
import type { Instant, ParsedEvent, Severity } from '../../domain/events/parsed-event'
import {
  currentDeviceStatus,
  type CurrentDeviceStatus,
} from '../../domain/status/current-device-status'
import { batteryConcern, type BatteryConcern } from '../../components/status-words'
import { deviceKindWords, providerWords } from '../../lib/brand-words'
import { accountHealth, latestAccountEvents, type AccountHealth } from './account-health'

export interface FleetInput {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  /** Every event, newest first. */
  readonly events: readonly ParsedEvent[]
  /** Each device's events, newest first. */
  readonly eventsByDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Events after this are ignored, so a past moment can be replayed. */
  readonly now: Instant
  /** Rows of the previous call, reused for devices whose inputs did not change. */
  readonly rowCache?: FleetRowCache
}

interface CachedRow {
  readonly device: Device
  readonly events: readonly ParsedEvent[]
  readonly accountName: string | undefined
  readonly now: Instant
  readonly row: FleetDeviceRow
}

/**
 * Remembers each device's row with the inputs it came from. The event log replaces only the lists
 * of devices that got events, and TanStack Query keeps unchanged devices' objects, so a poll with
 * a few new events recomputes a few rows, and the others keep their identity (React skips them).
 */
export interface FleetRowCache {
  readonly rows: Map<string, CachedRow>
}

export function createFleetRowCache(): FleetRowCache {
  return { rows: new Map() }
}

export interface FleetDeviceRow {
  readonly deviceId: string
  readonly name: string
  /** device_type in words: "August lock". */
  readonly kind: string
  readonly status: CurrentDeviceStatus
  /** Whether a lock state is meaningful for this device at all. */
  readonly isLock: boolean
  readonly batteryConcern?: BatteryConcern
  /** Higher needs a person sooner; rows are sorted by it. */
  readonly attention: number
  readonly lastEvent?: {
    readonly id: string
    readonly text: string
    readonly at: Instant
    readonly severity?: Severity
  }
}

export interface ConnectivityCounts {
  readonly online: number
  readonly offline: number
  readonly flaky: number
  readonly unknown: number
}

export interface FleetSection {
  /** "account:<id>" or "other". */
  readonly key: string
  readonly accountId?: string
  readonly title: string
  /** The account id, when another account has the same title (one login, two providers). */
  readonly subtitle?: string
  /** "August", from the account's provider; absent for "Other devices". */
  readonly provider?: string
  /** Absent for "Other devices", which has no account. */
  readonly health?: AccountHealth
  readonly devices: readonly FleetDeviceRow[]
  readonly counts: ConnectivityCounts
}

export interface FleetSummary extends ConnectivityCounts {
  readonly devices: number
  readonly lowBattery: number
  readonly accounts: number
  readonly accountsWithProblems: number
}

export interface Fleet {
  readonly summary: FleetSummary
  readonly sections: readonly FleetSection[]
}

export const OTHER_DEVICES_TITLE = 'Other devices'

const NO_EVENTS: readonly ParsedEvent[] = []

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

export function groupFleet(input: FleetInput): Fleet {
  const accountIds = new Set(input.accounts.map((account) => account.connected_account_id))
  const accountNames = new Map(
    input.accounts.map((account) => [
      account.connected_account_id,
      connectedAccountDisplayName(account),
    ]),
  )

  const rowsByAccount = new Map<string, FleetDeviceRow[]>()
  const otherRows: FleetDeviceRow[] = []
  const cache = input.rowCache?.rows
  const seen = new Set<string>()
  for (const device of input.devices) {
    const accountId = device.connected_account_id ?? undefined
    const known = accountId !== undefined && accountIds.has(accountId)
    const events = input.eventsByDevice.get(device.device_id) ?? NO_EVENTS
    const accountName = known ? accountNames.get(accountId) : undefined
    const cached = cache?.get(device.device_id)
    let row: FleetDeviceRow
    if (
      cached !== undefined &&
      cached.device === device &&
      cached.events === events &&
      cached.accountName === accountName &&
      cached.now === input.now
    ) {
      row = cached.row
    } else {
      row = deviceRow(device, events, input.now, accountName)
      cache?.set(device.device_id, { device, events, accountName, now: input.now, row })
    }
    seen.add(device.device_id)
    if (!known) {
      otherRows.push(row)
      continue
    }
    const rows = rowsByAccount.get(accountId)
    if (rows === undefined) rowsByAccount.set(accountId, [row])
    else rows.push(row)
  }

  if (cache !== undefined) {
    for (const deviceId of cache.keys()) if (!seen.has(deviceId)) cache.delete(deviceId)
  }

  const latestEvents = latestAccountEvents(input.events, accountIds, input.now)
  const sections: FleetSection[] = input.accounts
    .map((account): FleetSection => {
      const id = account.connected_account_id
      const provider = providerName(account)
      const devices = sortRows(rowsByAccount.get(id) ?? [])
      return {
        key: `account:${id}`,
        accountId: id,
        title: accountNames.get(id) ?? id,
        ...(provider ? { provider } : {}),
        health: accountHealth(account, latestEvents.get(id)),
        devices,
        counts: countConnectivity(devices),
      }
    })
    .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.key, b.key))
  markDuplicateTitles(sections)
  if (otherRows.length > 0) {
    const devices = sortRows(otherRows)
    sections.push({
      key: 'other',
      title: OTHER_DEVICES_TITLE,
      devices,
      counts: countConnectivity(devices),
    })
  }

  const allRows = sections.flatMap((section) => section.devices)
  return {
    summary: {
      devices: allRows.length,
      ...countConnectivity(allRows),
      lowBattery: allRows.filter((row) => row.batteryConcern !== undefined).length,
      accounts: input.accounts.length,
      accountsWithProblems: sections.filter(
        (section) => section.health !== undefined && section.health.level !== 'ok',
      ).length,
    },
    sections,
  }
}

function deviceRow(
  device: Device,
  events: readonly ParsedEvent[],
  now: Instant,
  accountName: string | undefined,
): FleetDeviceRow {
  const name = deviceDisplayName(device)
  const status = currentDeviceStatus(device, events, now)
  const concern = batteryConcern(status.battery)
  // The list is newest first: the first event that happened by `now` is the latest one.
  const last = events.find((event) => event.occurredAt <= now)
  const row: FleetDeviceRow = {
    deviceId: device.device_id,
    name,
    kind: deviceKindWords(device.device_type),
    status,
    // Not capabilities_supported: the fake Seam claims "lock" for thermostats and sensors too.
    isLock:
      status.lock.state !== 'unknown' ||
      device.properties.locked != null ||
      device.device_type.endsWith('_lock'),
    attention: attention(status, concern),
  }
  return {
    ...row,
    ...(concern === undefined ? {} : { batteryConcern: concern }),
    ...(last === undefined
      ? {}
      : {
          lastEvent: {
            id: last.id,
            text: describeEvent(last, { deviceName: name, accountName }),
            at: last.occurredAt,
            ...(last.severity === undefined ? {} : { severity: last.severity }),
          },
        }),
  }
}

/**
 * Seam's own display name ("Yale Home", "2N") when it sends a real one, else the provider key in
 * words. The fake Seam sends "Unknown" as the display name.
 */
function providerName(account: ConnectedAccount): string | undefined {
  const display = account.account_type_display_name?.trim()
  if (display && display.toLowerCase() !== 'unknown') return display
  const key = connectedAccountProvider(account)
  return key === undefined ? undefined : providerWords(key)
}

function markDuplicateTitles(sections: FleetSection[]): void {
  const counts = new Map<string, number>()
  for (const section of sections) counts.set(section.title, (counts.get(section.title) ?? 0) + 1)
  sections.forEach((section, index) => {
    if ((counts.get(section.title) ?? 0) > 1 && section.accountId !== undefined) {
      sections[index] = { ...section, subtitle: section.accountId }
    }
  })
}

/** Offline first, then a critical battery, flaky, a low battery, unknown, and fine last. */
function attention(status: CurrentDeviceStatus, concern: BatteryConcern | undefined): number {
  const connectivity = status.connectivity.state
  if (connectivity === 'offline') return 5
  if (concern === 'critical') return 4
  if (connectivity === 'flaky') return 3
  if (concern === 'low') return 2
  if (connectivity === 'unknown') return 1
  return 0
}

function sortRows(rows: FleetDeviceRow[]): FleetDeviceRow[] {
  return rows.sort(
    (a, b) =>
      b.attention - a.attention ||
      collator.compare(a.name, b.name) ||
      collator.compare(a.deviceId, b.deviceId),
  )
}

function countConnectivity(rows: readonly FleetDeviceRow[]): ConnectivityCounts {
  const counts = { online: 0, offline: 0, flaky: 0, unknown: 0 }
  for (const row of rows) counts[row.status.connectivity.state]++
  return counts
}
