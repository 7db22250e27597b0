// Judges the fleet once for every client, incrementally, and keeps the read models and alert history.
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import type { Alert, Incident } from '../../src/domain/alerts/alert'
import type { AlertConfig } from '../../src/domain/alerts/alert-config'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { PollerLogger } from '../poller/event-poller'
import type { EventStore } from '../poller/event-store'
import type { InventorySnapshot } from '../poller/inventory-poller'
import { syncAlertEpisodes, type SyncedEpisodes } from '../store/alert-history-rows'
import { describeDatabaseError } from '../store/describe-database-error'
import type { Database } from '../store/open-database'
import { FleetJudgement } from './fleet-judgement'
import { FleetRows, type FleetRowChanges } from './fleet-rows'
import { slimEvent } from './subject-events'

export interface FleetEngineOptions {
  store: EventStore
  inventory: () => InventorySnapshot
  database: Database
  now: () => number
  logger: PollerLogger
  config?: AlertConfig
}

/** What one update changed: the stream sends these (ids and new values). */
export interface FleetChange extends FleetRowChanges {
  readonly fleetVersion: number
  readonly alertsVersion: number
  readonly alerts: readonly Alert[]
  readonly removedAlerts: readonly string[]
  readonly incidents: readonly Incident[]
  readonly removedIncidents: readonly string[]
}

export type FleetChangeListener = (change: FleetChange) => void

/** setTimeout fires at once for anything longer (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Reads what the poller stored since its last look (parsing only those events) and what the
 * inventory refresh brought, judges only the subjects they touch, and wakes itself for the
 * earliest deadline (an offline grace, an expiry) rather than judging on a clock. After each
 * change it brings the alert history in line (opened, severity changes, resolved) and tells its
 * subscribers what changed.
 */
export class FleetEngine {
  readonly #options: FleetEngineOptions
  readonly judgement: FleetJudgement
  readonly rows = new FleetRows()
  #cursor: string | undefined
  #removedSeen = 0
  #inventoryAt: number | null | undefined
  #timer: NodeJS.Timeout | undefined
  #started = false
  #stopped = false
  readonly #listeners = new Set<FleetChangeListener>()
  #tail: Promise<unknown> = Promise.resolve()
  #pending: Promise<SyncedEpisodes | undefined> | undefined
  fleetVersion = 0
  alertsVersion = 0
  /** Engine work of the last update, in ms (reading, judging, rows): for figures. */
  lastUpdateMs = 0
  lastError: string | null = null

  constructor(options: FleetEngineOptions) {
    this.#options = options
    this.judgement = new FleetJudgement(options.config)
  }

  start(): void {
    // The first judgement reads the whole history: after the server listens, not before.
    setImmediate(() => {
      if (!this.#stopped) void this.run()
    })
  }

  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    await this.#tail
  }

  /** New events were stored, or the inventory refreshed: judge what they touch now. */
  eventsStored(): void {
    if (this.#started && !this.#stopped) this.update()
  }

  inventoryRefreshed(): void {
    if (this.#started && !this.#stopped) this.update()
  }

  /** Reports, after each change, what changed; returns the unsubscribe. */
  subscribe(listener: FleetChangeListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** One update, then the alert history brought in line; never throws (failures are kept). */
  async run(): Promise<SyncedEpisodes | undefined> {
    this.update()
    return this.syncEpisodes()
  }

  /** Reads, judges and rebuilds what changed; synchronous so no two updates interleave. */
  update(): FleetChange {
    const { now } = this.#options
    const started = performance.now()
    this.#started = true
    this.#readInventory()
    this.#readNewEvents()
    const at = now()
    const judged = this.judgement.judge(at)
    const rows = this.rows.update(this.judgement, judged, at)
    const fleetChanged =
      rows.rows.length +
        rows.removedRows.length +
        rows.accounts.length +
        rows.removedAccounts.length >
        0 || rows.totals !== undefined
    const alertsChanged =
      judged.alerts.length +
        judged.removedAlerts.length +
        judged.incidents.length +
        judged.removedIncidents.length >
      0
    if (fleetChanged) this.fleetVersion++
    if (alertsChanged) this.alertsVersion++
    this.#schedule()
    this.lastUpdateMs = performance.now() - started
    const change: FleetChange = {
      ...rows,
      fleetVersion: this.fleetVersion,
      alertsVersion: this.alertsVersion,
      alerts: judged.alerts,
      removedAlerts: judged.removedAlerts,
      incidents: judged.incidents,
      removedIncidents: judged.removedIncidents,
    }
    if (fleetChanged || alertsChanged) {
      for (const listener of this.#listeners) listener(change)
    }
    if (alertsChanged && !this.#stopped) void this.syncEpisodes()
    return change
  }

  /**
   * Brings the alert history in line with the open alerts. Syncs run one after another; a call
   * while one waits to begin shares it (it will read the newest alerts anyway).
   */
  syncEpisodes(): Promise<SyncedEpisodes | undefined> {
    if (this.#pending !== undefined) return this.#pending
    const sync = this.#tail.then(() => {
      this.#pending = undefined
      return this.#sync()
    })
    this.#pending = sync
    this.#tail = sync
    return sync
  }

  /** Resolves when every sync asked for so far has finished. */
  async settled(): Promise<void> {
    await this.#tail
  }

  async #sync(): Promise<SyncedEpisodes | undefined> {
    const { database, now, logger } = this.#options
    // Unsorted: sorting thirteen thousand alerts after every poll cost more than the poll.
    const open = this.judgement.openAlerts().map((alert) => ({
      id: alert.id,
      kind: alert.subject.kind,
      subject: alert.subject.id,
      severity: alert.severity,
      openedAt: alert.openedAt,
    }))
    try {
      const synced = await syncAlertEpisodes(database.db, open, now())
      this.lastError = null
      return synced
    } catch (error) {
      const message = `Cannot record alert history in the database at ${database.location}: ${describeDatabaseError(error)} It is tried again at the next change.`
      if (this.lastError !== message) logger.warn(message)
      this.lastError = message
      return undefined
    }
  }

  /** One timer, for the earliest deadline of any subject. */
  #schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const next = this.judgement.nextDeadline()
    if (next === undefined || this.#stopped) return
    const delay = Math.min(Math.max(0, next - this.#options.now()), MAX_TIMER_MS)
    this.#timer = setTimeout(() => this.update(), delay)
    this.#timer.unref()
  }

  /** Parses only what the store ingested since the last look; forgets what it removed. */
  #readNewEvents(): void {
    const { store } = this.#options
    if (store.removedCount !== this.#removedSeen) {
      this.#removedSeen = store.removedCount
      this.judgement.dropRemoved((id) => store.has(id))
    }
    const since = store.rowsSince(this.#cursor)
    if (since.reset && this.#cursor !== undefined) {
      // The store started afresh (another epoch): so does the judgement.
      this.judgement.dropRemoved(() => false)
    }
    // Row by row: one JSON text of a first read's 200,000 events would be over 100 MB.
    for (const row of since.rows) {
      this.judgement.addEvent(slimEvent(parseSeamEvent(JSON.parse(row.json) as unknown)))
    }
    this.#cursor = since.cursor
  }

  /** Parses the device and account lists again only when a refresh replaced them. */
  #readInventory(): void {
    const snapshot = this.#options.inventory()
    if (snapshot.refreshedAt === this.#inventoryAt) return
    this.#inventoryAt = snapshot.refreshedAt
    const devices = (JSON.parse(snapshot.devicesJson) as unknown[]).flatMap((raw) => {
      const parsed = parseDevice(raw)
      return parsed.ok ? [parsed.value] : []
    })
    const accounts = (JSON.parse(snapshot.connectedAccountsJson) as unknown[]).flatMap((raw) => {
      const parsed = parseConnectedAccount(raw)
      return parsed.ok ? [parsed.value] : []
    })
    this.judgement.setInventory(devices, accounts)
  }
}
