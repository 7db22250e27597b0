// deriveAlerts over a whole fleet, re-running the rules only for devices whose events or inventory entry changed.
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
import {
  createRootCauseCache,
  groupRootCausesByPart,
  type RootCauseCache,
} from './partitioned-root-causes'
import { keepUnchanged } from './keep-unchanged-alerts'
import { replaceSorted } from './sorted-alerts'

export interface FleetAlertInput {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  /** Each device's events; a list keeps its identity until the device gets or loses events. */
  readonly byDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly workspace: readonly ParsedEvent[]
  readonly now: Instant
  readonly config?: AlertConfig
}

interface DeviceEntry {
  readonly events: readonly ParsedEvent[]
  readonly device: Device | undefined
  readonly alerts: readonly Alert[]
  readonly offline: readonly OfflineFact[]
}

interface AccountEntry {
  readonly accounts: readonly ConnectedAccount[]
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly workspace: readonly ParsedEvent[]
  readonly alerts: readonly Alert[]
}

/**
 * What the previous call derived. Rules judge one device at a time from its own events (and its
 * inventory entry), so a device whose list and entry kept their identity keeps its alerts; the
 * sorted list is patched rather than re-sorted, and root-cause grouping re-runs only for the parts
 * of the fleet whose offline alerts changed.
 */
export interface AlertCache {
  now: Instant | undefined
  config: AlertConfig | undefined
  readonly devices: Map<string, DeviceEntry>
  account: AccountEntry | undefined
  inventorySource: readonly Device[] | undefined
  inventory: ReadonlyMap<string, Device>
  /** Every alert without incident ids, in compareAlerts order. */
  sorted: readonly Alert[]
  rootCauses: RootCauseCache
}

export function createAlertCache(): AlertCache {
  return {
    now: undefined,
    config: undefined,
    devices: new Map(),
    account: undefined,
    inventorySource: undefined,
    inventory: new Map(),
    sorted: [],
    rootCauses: createRootCauseCache(),
  }
}

export interface IncrementalAlerts extends DerivedAlerts {
  /** How many devices had their rules run in this call. */
  readonly rederivedDevices: number
}

const NO_EVENTS: readonly ParsedEvent[] = []
const groupedCopies = new WeakMap<Alert, Alert>()

/**
 * The same result as `deriveAlerts` over the whole fleet (a test holds them equal). Alerts depend
 * on `now` (grace periods, expiries, durations in titles), so a new `now` re-derives everything.
 */
export function deriveAlertsIncrementally(
  input: FleetAlertInput,
  cache: AlertCache,
): IncrementalAlerts {
  const config = input.config ?? DEFAULT_ALERT_CONFIG
  if (cache.now !== input.now || cache.config !== config) {
    cache.devices.clear()
    cache.account = undefined
    cache.sorted = []
    cache.rootCauses = createRootCauseCache()
    cache.now = input.now
    cache.config = config
  }
  if (cache.inventorySource !== input.devices) {
    cache.inventorySource = input.devices
    cache.inventory = new Map(input.devices.map((device) => [device.device_id, device]))
  }
  const { inventory } = cache
  const removed = new Set<Alert>()
  const added: Alert[] = []
  let rederivedDevices = 0
  const offline: OfflineFact[] = []
  const visit = (id: string, device: Device | undefined) => {
    const events = input.byDevice.get(id) ?? NO_EVENTS
    let entry = cache.devices.get(id)
    if (entry === undefined || entry.events !== events || entry.device !== device) {
      const previous = entry
      entry = deriveDevice(id, device, events, input.now, config)
      if (previous === undefined) {
        for (const alert of entry.alerts) added.push(alert)
      } else {
        entry = keepUnchanged(previous, entry)
        const kept = new Set(entry.alerts)
        for (const alert of previous.alerts) if (!kept.has(alert)) removed.add(alert)
        const had = new Set(previous.alerts)
        for (const alert of entry.alerts) if (!had.has(alert)) added.push(alert)
      }
      cache.devices.set(id, entry)
      rederivedDevices++
    }
    for (const fact of entry.offline) offline.push(fact)
  }
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
    for (const [id, entry] of cache.devices) {
      if (inventory.has(id) || input.byDevice.has(id)) continue
      for (const alert of entry.alerts) removed.add(alert)
      cache.devices.delete(id)
    }
  }

  const account = accountAlerts(input, config, cache.account)
  if (account !== cache.account) {
    for (const alert of cache.account?.alerts ?? []) removed.add(alert)
    for (const alert of account.alerts) added.push(alert)
    cache.account = account
  }
  if (removed.size > 0 || added.length > 0)
    cache.sorted = replaceSorted(cache.sorted, removed, added)

  const { incidents, incidentOf } = groupRootCausesByPart(
    {
      offline,
      accountAlerts: account.alerts.filter((alert) => alert.rule === 'account_disconnected'),
      deviceName: (id) => {
        const device = inventory.get(id)
        return device === undefined ? undefined : deviceDisplayName(device)
      },
      config,
    },
    cache.rootCauses,
  )
  const alerts = cache.sorted.map((alert) => {
    // Incidents hold only offline and account alerts: the rest need no look-up.
    if (alert.rule !== 'device_offline' && alert.rule !== 'account_disconnected') return alert
    const incidentId = incidentOf.get(alert.id)
    if (incidentId === undefined) return alert
    // Most grouped alerts stay in the same incident from poll to poll: reuse their copies.
    const copy = groupedCopies.get(alert)
    if (copy?.incidentId === incidentId) return copy
    const grouped = { ...alert, incidentId }
    groupedCopies.set(alert, grouped)
    return grouped
  })
  return { alerts, incidents, rederivedDevices }
}

/** Accounts and webviews: a few dozen short lists, judged whole when any of them changes. */
function accountAlerts(
  input: FleetAlertInput,
  config: AlertConfig,
  previous: AccountEntry | undefined,
): AccountEntry {
  if (
    previous !== undefined &&
    previous.accounts === input.accounts &&
    previous.workspace === input.workspace &&
    sameLists(previous.byAccount, input.byAccount)
  ) {
    return previous
  }
  const { alerts } = deriveAlerts({
    devices: [],
    accounts: input.accounts,
    eventsByDevice: () => NO_EVENTS,
    eventsByAccount: (id) => input.byAccount.get(id) ?? NO_EVENTS,
    deviceIds: [],
    accountIds: [...input.byAccount.keys()],
    workspaceEvents: input.workspace,
    now: input.now,
    config,
    uniqueEventIds: true,
  })
  return {
    accounts: input.accounts,
    byAccount: input.byAccount,
    workspace: input.workspace,
    alerts,
  }
}

/** Same accounts in the same order, each with the very same list (the log keeps untouched ones). */
function sameLists(
  a: ReadonlyMap<string, readonly ParsedEvent[]>,
  b: ReadonlyMap<string, readonly ParsedEvent[]>,
): boolean {
  if (a === b) return true
  if (a.size !== b.size) return false
  const keys = b.entries()
  for (const [id, events] of a) {
    const next = keys.next()
    if (next.done === true || next.value[0] !== id || next.value[1] !== events) return false
  }
  return true
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
