// deriveAlerts over a whole fleet, re-running the rules only for devices and accounts whose events or inventory entry changed.
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import type { Alert } from '../../domain/alerts/alert'
import type { AlertConfig } from '../../domain/alerts/alert-config'
import { DEFAULT_ALERT_CONFIG } from '../../domain/alerts/alert-config'
import { compareAlerts } from '../../domain/alerts/alert'
import { deriveAlerts, type DerivedAlerts } from '../../domain/alerts/derive-alerts'
import { judgeDevice } from '../../domain/alerts/judge-device'
import { groupRootCauses, type OfflineFact } from '../../domain/alerts/root-cause-grouping'
import { deviceDisplayName, type Device } from '../../domain/devices/device-schema'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import type { SnapshotChanges } from '../event-stream/event-log'
import {
  createAccountAlertCache,
  updateAccountAlerts,
  type AccountAlertCache,
} from './account-alerts'
import { createGroupedOutput, updateGroupedOutput, type GroupedOutput } from './grouped-output'
import {
  createRootCauseCache,
  groupRootCausesByPart,
  replaceDeviceFacts,
  type RootCauseCache,
} from './partitioned-root-causes'
import { collectChanges, keepUnchanged } from './keep-unchanged-alerts'

export interface FleetAlertInput {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  /** Each device's events; a list keeps its identity until the device gets or loses events. */
  readonly byDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly workspace: readonly ParsedEvent[]
  /** The event log's account of what changed since the maps before these (optional). */
  readonly changes?: SnapshotChanges | undefined
  readonly now: Instant
  readonly config?: AlertConfig
}

interface DeviceEntry {
  readonly events: readonly ParsedEvent[]
  readonly device: Device | undefined
  readonly alerts: readonly Alert[]
  readonly offline: readonly OfflineFact[]
}

/**
 * What the previous call derived. Rules judge one device at a time from its own events (and its
 * inventory entry), so a device whose list and entry kept their identity keeps its alerts; the
 * sorted list is patched rather than re-sorted, and root-cause grouping re-runs only when offline
 * facts or account disconnections changed, and then only for the parts of the fleet they are in.
 */
export interface AlertCache {
  now: Instant | undefined
  config: AlertConfig | undefined
  readonly devices: Map<string, DeviceEntry>
  /** The device lists the entries were judged from: with the log's changes, what to visit. */
  byDevice: ReadonlyMap<string, readonly ParsedEvent[]> | undefined
  accounts: AccountAlertCache
  inventorySource: readonly Device[] | undefined
  inventory: ReadonlyMap<string, Device>
  disconnections: readonly Alert[] | undefined
  /** Every device's offline facts, grouped by root cause. */
  rootCauses: RootCauseCache
  output: GroupedOutput
}

export function createAlertCache(): AlertCache {
  return {
    now: undefined,
    config: undefined,
    devices: new Map(),
    byDevice: undefined,
    accounts: createAccountAlertCache(),
    inventorySource: undefined,
    inventory: new Map(),
    disconnections: undefined,
    rootCauses: createRootCauseCache(),
    output: createGroupedOutput(),
  }
}

export interface IncrementalAlerts extends DerivedAlerts {
  /** The open alerts: the start of `alerts`, which sorts them first. */
  readonly openAlerts: readonly Alert[]
  /** How many devices had their rules run in this call. */
  readonly rederivedDevices: number
}

const NO_EVENTS: readonly ParsedEvent[] = []

/**
 * The same result as `deriveAlerts` over the whole fleet (a test holds them equal). Alerts depend
 * on `now` (grace periods, expiries, durations in titles), so a new `now` re-derives everything.
 * With the log's `changes` from the lists the cache last saw, only the changed devices are
 * visited; without, every device's list is compared.
 */
export function deriveAlertsIncrementally(
  input: FleetAlertInput,
  cache: AlertCache,
): IncrementalAlerts {
  const config = input.config ?? DEFAULT_ALERT_CONFIG
  if (cache.now !== input.now || cache.config !== config) {
    Object.assign(cache, createAlertCache(), { now: input.now, config })
  }
  const inventoryChanged = cache.inventorySource !== input.devices
  if (inventoryChanged) {
    cache.inventorySource = input.devices
    cache.inventory = new Map(input.devices.map((device) => [device.device_id, device]))
  }
  const { inventory } = cache
  const removed = new Set<Alert>()
  const added: Alert[] = []
  let rederivedDevices = 0
  const visit = (id: string, device: Device | undefined) => {
    const events = input.byDevice.get(id) ?? NO_EVENTS
    const previous = cache.devices.get(id)
    if (previous !== undefined && previous.events === events && previous.device === device) return
    let entry = deriveDevice(id, device, events, input.now, config)
    if (previous === undefined) {
      for (const alert of entry.alerts) added.push(alert)
    } else {
      entry = keepUnchanged(previous, entry)
      collectChanges(previous.alerts, entry.alerts, removed, added)
    }
    replaceDeviceFacts(cache.rootCauses, id, previous?.offline ?? [], entry.offline)
    cache.devices.set(id, entry)
    rederivedDevices++
  }
  const forget = (id: string) => {
    const entry = cache.devices.get(id)
    if (entry === undefined) return
    for (const alert of entry.alerts) removed.add(alert)
    replaceDeviceFacts(cache.rootCauses, id, entry.offline, [])
    cache.devices.delete(id)
  }

  const changes = input.changes
  if (!inventoryChanged && changes !== undefined && changes.byDeviceBefore === cache.byDevice) {
    for (const id of changes.devices) {
      const device = inventory.get(id)
      if (device === undefined && !input.byDevice.has(id)) forget(id)
      else visit(id, device)
    }
  } else {
    for (const [id, device] of inventory) visit(id, device)
    let visited = inventory.size
    for (const id of input.byDevice.keys()) {
      if (inventory.has(id)) continue
      visit(id, undefined)
      visited++
    }
    // Every device visited has an entry now, so any more belong to devices that left both the
    // inventory and the events: look for them only then.
    if (cache.devices.size > visited) {
      for (const id of [...cache.devices.keys()]) {
        if (!inventory.has(id) && !input.byDevice.has(id)) forget(id)
      }
    }
  }
  cache.byDevice = input.byDevice

  updateAccountAlerts(
    {
      accounts: input.accounts,
      byAccount: input.byAccount,
      workspace: input.workspace,
      now: input.now,
      config,
    },
    cache.accounts,
    removed,
    added,
  )

  const { disconnections } = cache.accounts
  let regroupable: readonly Alert[] = []
  if (cache.rootCauses.changed || cache.disconnections !== disconnections) {
    cache.disconnections = disconnections
    regroupable = groupRootCausesByPart(
      {
        accountAlerts: disconnections,
        deviceName: (id) => {
          const device = inventory.get(id)
          return device === undefined ? undefined : deviceDisplayName(device)
        },
        config,
      },
      cache.rootCauses,
    ).regroupable
  }
  const alerts = updateGroupedOutput(cache.output, {
    removed,
    added,
    regroupable,
    incidentOf: cache.rootCauses.incidentOf,
  })
  return {
    alerts,
    openAlerts: openPrefix(alerts),
    incidents: cache.rootCauses.incidents,
    rederivedDevices,
  }
}

const openPrefixes = new WeakMap<readonly Alert[], readonly Alert[]>()

/** The open alerts at the start of a list in compareAlerts order, found by binary search. */
function openPrefix(alerts: readonly Alert[]): readonly Alert[] {
  let open = openPrefixes.get(alerts)
  if (open === undefined) {
    let low = 0
    let high = alerts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((alerts[middle] as Alert).resolvedAt === null) low = middle + 1
      else high = middle
    }
    open = alerts.slice(0, low)
    openPrefixes.set(alerts, open)
  }
  return open
}

/** One device alone through deriveAlerts, plus the facts root-cause grouping needs about it. */
function deriveDevice(
  id: string,
  device: Device | undefined,
  events: readonly ParsedEvent[],
  now: Instant,
  config: AlertConfig,
): DeviceEntry {
  // Alone, a device forms no incident (that takes an account alert or two devices), so these
  // alerts carry no incidentId; grouping happens above, over the whole fleet. judgeDevice is what
  // deriveAlerts runs for each device, and while grouping it alone forms no incident its alerts,
  // sorted, are what deriveAlerts returns, without running the rules twice.
  const judged = judgeDevice({ deviceId: id, device, events, now, config, uniqueEventIds: true })
  if (judged.offline.length === 0) {
    return { events, device, alerts: judged.alerts.sort(compareAlerts), offline: [] }
  }
  const alone = groupRootCauses({
    offline: judged.offline,
    accountAlerts: [],
    deviceName: (deviceId) =>
      deviceId === id && device !== undefined ? deviceDisplayName(device) : undefined,
    config,
  })
  if (alone.incidents.length === 0) {
    const alerts = judged.alerts.sort(compareAlerts)
    const factOf = new Map(judged.offline.map((fact) => [fact.alert, fact]))
    const offline = alerts.flatMap((alert) => factOf.get(alert) ?? [])
    return { events, device, alerts, offline }
  }
  // Only a config that lets one device form an incident gets here: deriveAlerts settles it.
  const { alerts } = deriveAlerts({
    devices: device === undefined ? [] : [device],
    accounts: [],
    eventsByDevice: () => events,
    eventsByAccount: () => NO_EVENTS,
    deviceIds: [id],
    accountIds: [],
    now,
    config,
    uniqueEventIds: true,
  })
  // The same offline alerts judgeDevice found, now carrying their incident: reuse its facts.
  const factById = new Map(judged.offline.map((fact) => [fact.alert.id, fact]))
  const offline = alerts.flatMap((alert) => {
    const fact = factById.get(alert.id)
    return fact === undefined ? [] : [{ ...fact, alert }]
  })
  return { events, device, alerts, offline }
}
