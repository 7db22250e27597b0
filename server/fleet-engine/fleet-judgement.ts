// The fleet's alerts kept current incrementally: only touched or due subjects are judged again.
import type { ConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../../src/domain/accounts/connected-account-schema'
import {
  compareAlerts,
  compareText,
  type Alert,
  type Incident,
} from '../../src/domain/alerts/alert'
import { DEFAULT_ALERT_CONFIG, type AlertConfig } from '../../src/domain/alerts/alert-config'
import { judgeAccount, webviewAlerts } from '../../src/domain/alerts/judge-account'
import { judgeDevice } from '../../src/domain/alerts/judge-device'
import { nextVerdictChange } from '../../src/domain/alerts/next-verdict-change'
import type { OfflineFact } from '../../src/domain/alerts/root-cause-grouping'
import { deviceDisplayName, type Device } from '../../src/domain/devices/device-schema'
import type { Instant, ParsedEvent } from '../../src/domain/events/parsed-event'
import { DeadlineQueue } from './deadline-queue'
import { accountNode, nodesOf, RootCauseParts } from './root-cause-parts'
import { sameAlert, sameAlerts, sameFacts, sameIncident } from './same-alert'
import { SubjectEvents } from './subject-events'

interface DeviceSlot {
  readonly events: SubjectEvents
  entry: Device | undefined
  entryJson: string | undefined
  alerts: readonly Alert[]
  offline: readonly OfflineFact[]
}

interface AccountSlot {
  readonly events: SubjectEvents
  entry: ConnectedAccount | undefined
  entryJson: string | undefined
  alerts: readonly Alert[]
  disconnections: readonly Alert[]
  webviewEvents: readonly ParsedEvent[]
}

/** What one judgement changed, for the read models and the stream. */
export interface JudgementChanges {
  readonly devices: ReadonlySet<string>
  readonly accounts: ReadonlySet<string>
  /** Accounts whose name or listing changed (their devices' rows name them). */
  readonly accountEntries: ReadonlySet<string>
  readonly alerts: readonly Alert[]
  readonly removedAlerts: readonly string[]
  readonly incidents: readonly Incident[]
  readonly removedIncidents: readonly string[]
}

const WEBVIEW_KEY = 'webview'
const deviceKey = (id: string) => `device:${id}`
const accountKey = (id: string) => `account:${id}`

/**
 * deriveAlerts kept up to date: each device and account is judged alone (judgeDevice,
 * judgeAccount) when its events or inventory entry change or its own deadline comes
 * (nextVerdictChange), root causes are grouped again only when offline facts or account
 * disconnections changed, and failed webview logins only when theirs did. A test holds the result
 * equal to deriveAlerts over the same events at the same `now`.
 */
export class FleetJudgement {
  readonly config: AlertConfig
  readonly #devices = new Map<string, DeviceSlot>()
  readonly #accounts = new Map<string, AccountSlot>()
  readonly #workspace = new SubjectEvents()
  readonly #deadlines = new DeadlineQueue()
  readonly #final = new Map<string, Alert>()
  #webview: readonly Alert[] = []
  #incidents = new Map<string, Incident>()
  #incidentOf: ReadonlyMap<string, string> = new Map()
  readonly #dirtyDevices = new Set<string>()
  readonly #dirtyAccounts = new Set<string>()
  readonly #changedAccountEntries = new Set<string>()
  #webviewDirty = false
  #regroup = false
  /** Account and hub nodes whose facts changed since the last grouping (see RootCauseParts). */
  readonly #dirtyNodes = new Set<string>()
  #regroupAll = false
  readonly #parts = new RootCauseParts()
  /** The offline facts of the devices that have any. */
  readonly #factsByDevice = new Map<string, readonly OfflineFact[]>()
  #sorted: readonly Alert[] | undefined
  /** Devices judged since the start, for tests and figures. */
  judgedDevices = 0

  constructor(config: AlertConfig = DEFAULT_ALERT_CONFIG) {
    this.config = config
  }

  addEvent(event: ParsedEvent): void {
    if (event.deviceId !== undefined) {
      this.#deviceSlot(event.deviceId).events.add(event)
      this.#dirtyDevices.add(event.deviceId)
    } else if (event.connectedAccountId !== undefined) {
      this.#accountSlot(event.connectedAccountId).events.add(event)
      this.#dirtyAccounts.add(event.connectedAccountId)
    } else {
      this.#workspace.add(event)
      this.#webviewDirty = true
    }
  }

  /** Forgets the events `held` no longer holds (retention, the cap). */
  dropRemoved(held: (id: string) => boolean): void {
    for (const [id, slot] of this.#devices)
      if (slot.events.keepHeld(held)) this.#dirtyDevices.add(id)
    for (const [id, slot] of this.#accounts) {
      if (slot.events.keepHeld(held)) this.#dirtyAccounts.add(id)
    }
    if (this.#workspace.keepHeld(held)) this.#webviewDirty = true
  }

  /** A new inventory: the devices and accounts whose entry changed are judged again. */
  setInventory(devices: readonly Device[], accounts: readonly ConnectedAccount[]): void {
    const listed = new Map(devices.map((device) => [device.device_id, device]))
    for (const [id, slot] of this.#devices) {
      if (!listed.has(id) && slot.entry !== undefined) {
        slot.entry = slot.entryJson = undefined
        this.#dirtyDevices.add(id)
      }
    }
    for (const [id, device] of listed) {
      const slot = this.#deviceSlot(id)
      const json = JSON.stringify(device)
      if (slot.entryJson === json) continue
      slot.entry = device
      slot.entryJson = json
      this.#dirtyDevices.add(id)
      // Incidents name hubs after their inventory entry.
      this.#regroup = true
      this.#regroupAll = true
    }
    const listedAccounts = new Map(accounts.map((a) => [a.connected_account_id, a]))
    const changed = (id: string) => {
      this.#dirtyAccounts.add(id)
      this.#changedAccountEntries.add(id)
      this.#webviewDirty = true
    }
    for (const [id, slot] of this.#accounts) {
      if (!listedAccounts.has(id) && slot.entry !== undefined) {
        slot.entry = slot.entryJson = undefined
        changed(id)
      }
    }
    for (const [id, account] of listedAccounts) {
      const slot = this.#accountSlot(id)
      const json = JSON.stringify(account)
      if (slot.entryJson === json) continue
      slot.entry = account
      slot.entryJson = json
      changed(id)
    }
  }

  /** The earliest moment a verdict may change with no new event. */
  nextDeadline(): Instant | undefined {
    return this.#deadlines.peek()
  }

  /** Judges what changed or came due by `now`. */
  judge(now: Instant): JudgementChanges {
    for (const key of this.#deadlines.takeDue(now)) {
      if (key === WEBVIEW_KEY) this.#webviewDirty = true
      else if (key.startsWith('device:')) this.#dirtyDevices.add(key.slice(7))
      else this.#dirtyAccounts.add(key.slice(8))
    }
    const alerts = new Map<string, Alert>()
    const removed = new Set<string>()
    const replace = (before: readonly Alert[], after: readonly Alert[]) => {
      const kept = new Set(after.map((alert) => alert.id))
      for (const alert of before) {
        if (kept.has(alert.id)) continue
        this.#final.delete(alert.id)
        alerts.delete(alert.id)
        removed.add(alert.id)
      }
      for (const alert of after) {
        const incidentId = this.#incidentOf.get(alert.id)
        const final = incidentId === undefined ? alert : { ...alert, incidentId }
        removed.delete(alert.id)
        if (sameAlert(this.#final.get(alert.id), final)) continue
        this.#final.set(alert.id, final)
        alerts.set(alert.id, final)
      }
    }

    const devices = new Set(this.#dirtyDevices)
    this.#dirtyDevices.clear()
    for (const id of devices) this.#judgeDevice(id, now, replace)
    const accounts = new Set(this.#dirtyAccounts)
    this.#dirtyAccounts.clear()
    for (const id of accounts) this.#judgeAccount(id, now, replace)
    if (this.#webviewDirty) this.#judgeWebviews(now, replace)

    const incidents: Incident[] = []
    const removedIncidents: string[] = []
    if (this.#regroup) this.#groupRootCauses(alerts, incidents, removedIncidents)
    const accountEntries = new Set(this.#changedAccountEntries)
    this.#changedAccountEntries.clear()
    if (alerts.size > 0 || removed.size > 0) this.#sorted = undefined
    return {
      devices,
      accounts,
      accountEntries,
      alerts: [...alerts.values()],
      removedAlerts: [...removed],
      incidents,
      removedIncidents,
    }
  }

  /** Every alert, as deriveAlerts orders them: open first, gravest, newest. */
  alerts(): readonly Alert[] {
    this.#sorted ??= [...this.#final.values()].sort(compareAlerts)
    return this.#sorted
  }

  /** The open alerts, in no order: what the alert history follows after every change. */
  openAlerts(): Alert[] {
    const open: Alert[] = []
    for (const alert of this.#final.values()) if (alert.resolvedAt === null) open.push(alert)
    return open
  }

  incidents(): Incident[] {
    return [...this.#incidents.values()]
  }

  alert(id: string): Alert | undefined {
    return this.#final.get(id)
  }

  deviceIds(): IterableIterator<string> {
    return this.#devices.keys()
  }

  accountIds(): IterableIterator<string> {
    return this.#accounts.keys()
  }

  device(id: string): Readonly<DeviceSlot> | undefined {
    return this.#devices.get(id)
  }

  account(id: string): Readonly<AccountSlot> | undefined {
    return this.#accounts.get(id)
  }

  /** Alerts about the account itself: its own rules' and its failed webview logins. */
  accountAlerts(id: string): Alert[] {
    const own = this.#accounts.get(id)?.alerts ?? []
    return [...own, ...this.#webview.filter((alert) => alert.subject.id === id)]
  }

  /** Events that name neither a device nor an account (failed webview logins among them). */
  workspaceEvents(): readonly ParsedEvent[] {
    return this.#workspace.inOrder
  }

  /** Failed webview logins that name no account (the workspace subject). */
  workspaceAlerts(): Alert[] {
    return this.#webview.filter((alert) => alert.subject.kind === 'workspace')
  }

  #deviceSlot(id: string): DeviceSlot {
    let slot = this.#devices.get(id)
    if (slot === undefined) {
      slot = {
        events: new SubjectEvents(),
        entry: undefined,
        entryJson: undefined,
        alerts: [],
        offline: [],
      }
      this.#devices.set(id, slot)
    }
    return slot
  }

  #accountSlot(id: string): AccountSlot {
    let slot = this.#accounts.get(id)
    if (slot === undefined) {
      slot = {
        events: new SubjectEvents(),
        entry: undefined,
        entryJson: undefined,
        alerts: [],
        disconnections: [],
        webviewEvents: [],
      }
      this.#accounts.set(id, slot)
    }
    return slot
  }

  #judgeDevice(
    id: string,
    now: Instant,
    replace: (before: readonly Alert[], after: readonly Alert[]) => void,
  ): void {
    const slot = this.#devices.get(id)
    if (slot === undefined) return
    const { config } = this
    // deriveAlerts judges the listed devices and those with events; a device with neither goes.
    const gone = slot.entry === undefined && slot.events.size === 0
    const judged = gone
      ? { alerts: [], offline: [] }
      : judgeDevice({
          deviceId: id,
          device: slot.entry,
          events: slot.events.inOrder,
          now,
          config,
          uniqueEventIds: true,
        })
    this.judgedDevices++
    if (!sameFacts(slot.offline, judged.offline)) {
      this.#regroup = true
      for (const fact of [...slot.offline, ...judged.offline]) {
        for (const node of nodesOf(fact)) this.#dirtyNodes.add(node)
      }
      if (judged.offline.length === 0) this.#factsByDevice.delete(id)
      else this.#factsByDevice.set(id, judged.offline)
    }
    if (!sameAlerts(slot.alerts, judged.alerts)) replace(slot.alerts, judged.alerts)
    slot.alerts = judged.alerts
    slot.offline = judged.offline
    if (gone) this.#devices.delete(id)
    const deadline = gone
      ? undefined
      : nextVerdictChange({ events: slot.events.inOrder, alerts: judged.alerts, now, config })
    this.#deadlines.set(deviceKey(id), deadline)
  }

  #judgeAccount(
    id: string,
    now: Instant,
    replace: (before: readonly Alert[], after: readonly Alert[]) => void,
  ): void {
    const slot = this.#accounts.get(id)
    if (slot === undefined) return
    const { config } = this
    const gone = slot.entry === undefined && slot.events.size === 0
    const judged = gone
      ? { alerts: [], disconnections: [], webviewEvents: [] }
      : judgeAccount({
          accountId: id,
          account: slot.entry,
          events: slot.events.inOrder,
          now,
          config,
          uniqueEventIds: true,
        })
    if (!sameAlerts(slot.disconnections, judged.disconnections)) {
      this.#regroup = true
      this.#dirtyNodes.add(accountNode(id))
    }
    if (!sameAlerts(slot.alerts, judged.alerts)) replace(slot.alerts, judged.alerts)
    if (!sameIds(slot.webviewEvents, judged.webviewEvents)) this.#webviewDirty = true
    slot.alerts = judged.alerts
    slot.disconnections = judged.disconnections
    slot.webviewEvents = judged.webviewEvents
    if (gone) this.#accounts.delete(id)
    const deadline = gone
      ? undefined
      : nextVerdictChange({ events: slot.events.inOrder, alerts: judged.alerts, now, config })
    this.#deadlines.set(accountKey(id), deadline)
  }

  #judgeWebviews(
    now: Instant,
    replace: (before: readonly Alert[], after: readonly Alert[]) => void,
  ): void {
    this.#webviewDirty = false
    const accountEvents: ParsedEvent[] = []
    for (const id of [...this.#accounts.keys()].sort(compareText)) {
      for (const event of this.#accounts.get(id)!.webviewEvents) accountEvents.push(event)
    }
    const accountName = (accountId: string) => {
      const entry = this.#accounts.get(accountId)?.entry
      return entry === undefined ? accountId : connectedAccountDisplayName(entry)
    }
    const { config } = this
    const workspaceEvents = this.#workspace.inOrder
    const alerts = webviewAlerts({
      accountWebviewEvents: accountEvents,
      workspaceEvents,
      accountName,
      now,
      config,
    })
    if (!sameAlerts(this.#webview, alerts)) replace(this.#webview, alerts)
    this.#webview = alerts
    const events = [...accountEvents, ...workspaceEvents]
    this.#deadlines.set(WEBVIEW_KEY, nextVerdictChange({ events, alerts, now, config }))
  }

  /** Groups every offline fact and account disconnection again; marks what changed incident. */
  #groupRootCauses(
    alerts: Map<string, Alert>,
    incidents: Incident[],
    removedIncidents: string[],
  ): void {
    this.#regroup = false
    const offline: OfflineFact[] = []
    for (const id of [...this.#factsByDevice.keys()].sort(compareText)) {
      for (const fact of this.#factsByDevice.get(id)!) offline.push(fact)
    }
    const accountAlerts: Alert[] = []
    for (const id of [...this.#accounts.keys()].sort(compareText)) {
      for (const alert of this.#accounts.get(id)!.disconnections) accountAlerts.push(alert)
    }
    const grouped = this.#parts.group(
      {
        offline,
        accountAlerts,
        deviceName: (id) => {
          const entry = this.#devices.get(id)?.entry
          return entry === undefined ? undefined : deviceDisplayName(entry)
        },
        config: this.config,
      },
      this.#regroupAll ? undefined : this.#dirtyNodes,
    )
    this.#dirtyNodes.clear()
    this.#regroupAll = false
    const before = this.#incidentOf
    this.#incidentOf = grouped.incidentOf
    for (const id of new Set([...before.keys(), ...grouped.incidentOf.keys()])) {
      if (before.get(id) === grouped.incidentOf.get(id)) continue
      const alert = this.#final.get(id)
      if (alert === undefined) continue
      const incidentId = grouped.incidentOf.get(id)
      const final = { ...alert }
      if (incidentId === undefined) delete final.incidentId
      else final.incidentId = incidentId
      this.#final.set(id, final)
      alerts.set(id, final)
    }
    const next = new Map(grouped.incidents.map((incident) => [incident.id, incident]))
    for (const [id, incident] of next) {
      if (!sameIncident(this.#incidents.get(id), incident)) incidents.push(incident)
    }
    for (const id of this.#incidents.keys()) if (!next.has(id)) removedIncidents.push(id)
    this.#incidents = next
    if (incidents.length > 0 || removedIncidents.length > 0) this.#sorted = undefined
  }
}

function sameIds(a: readonly ParsedEvent[], b: readonly ParsedEvent[]): boolean {
  return a.length === b.length && a.every((event, index) => event.id === b[index]!.id)
}
