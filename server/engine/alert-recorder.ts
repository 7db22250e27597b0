// Judges the fleet on the server, whether or not a browser is open, and records alert episodes.
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import type { ConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import { deriveAlerts } from '../../src/domain/alerts/derive-alerts'
import { parseDevice, type Device } from '../../src/domain/devices/device-schema'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import type { PollerLogger } from '../poller/event-poller'
import type { EventStore } from '../poller/event-store'
import type { InventorySnapshot } from '../poller/inventory-poller'
import { describeDatabaseError } from '../store/describe-database-error'
import { syncAlertEpisodes, type SyncedEpisodes } from '../store/alert-history-rows'
import type { Database } from '../store/open-database'

export interface AlertRecorderOptions {
  store: EventStore
  inventory: () => InventorySnapshot
  database: Database
  now: () => number
  logger: PollerLogger
  /** Time alone opens and closes alerts (offline grace, expiries): judge at least this often. */
  intervalMs: number
}

/**
 * Runs the domain's alert rules over what the proxy holds and brings the alert history in line:
 * an episode opens when an alert opens, records severity changes, and is resolved when the alert
 * is. It keeps the events parsed, adding only what was ingested since its last run.
 *
 * It judges the whole fleet each run (about a second at 200,000 events), so it runs after polls
 * that stored events, at most every `intervalMs`, rather than on every poll.
 */
export class AlertRecorder {
  readonly #options: AlertRecorderOptions
  #cursor: string | undefined
  #removedSeen = 0
  #byDevice = new Map<string, ParsedEvent[]>()
  #byAccount = new Map<string, ParsedEvent[]>()
  #workspace: ParsedEvent[] = []
  #inventoryAt: number | null | undefined
  #devices: Device[] = []
  #accounts: ConnectedAccount[] = []
  #timer: NodeJS.Timeout | undefined
  #running: Promise<SyncedEpisodes | undefined> | undefined
  #lastRunAt = 0
  lastError: string | null = null

  constructor(options: AlertRecorderOptions) {
    this.#options = options
  }

  start(): void {
    this.#timer = setInterval(() => void this.run(), this.#options.intervalMs)
    // The first judgement reads the whole history: after the server listens, not before.
    setImmediate(() => void this.run())
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer)
    await this.#running
  }

  /** New events were stored: judge soon, but not more often than every `intervalMs`. */
  eventsStored(): void {
    if (this.#options.now() - this.#lastRunAt >= this.#options.intervalMs) void this.run()
  }

  /** One judgement, never two at once; never throws (a failure is logged and kept). */
  run(): Promise<SyncedEpisodes | undefined> {
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined
    })
    return this.#running
  }

  async #run(): Promise<SyncedEpisodes | undefined> {
    const { database, now, logger } = this.#options
    this.#lastRunAt = now()
    this.#readNewEvents()
    this.#readInventory()
    const at = now()
    const { alerts } = deriveAlerts({
      devices: this.#devices,
      accounts: this.#accounts,
      eventsByDevice: (id) => this.#byDevice.get(id) ?? [],
      eventsByAccount: (id) => this.#byAccount.get(id) ?? [],
      deviceIds: [...this.#byDevice.keys()],
      accountIds: [...this.#byAccount.keys()],
      workspaceEvents: this.#workspace,
      now: at,
      uniqueEventIds: true,
    })
    const open = alerts
      .filter((alert) => alert.resolvedAt === null)
      .map((alert) => ({
        id: alert.id,
        kind: alert.subject.kind,
        subject: alert.subject.id,
        severity: alert.severity,
        openedAt: alert.openedAt,
      }))
    try {
      const synced = await syncAlertEpisodes(database.db, open, at)
      this.lastError = null
      return synced
    } catch (error) {
      const message = `Cannot record alert history in the database at ${database.location}: ${describeDatabaseError(error)} It is tried again at the next judgement.`
      if (this.lastError !== message) logger.warn(message)
      this.lastError = message
      return undefined
    }
  }

  /** Parses only what the store ingested since the last run; all again after an eviction. */
  #readNewEvents(): void {
    const { store } = this.#options
    if (store.removedCount !== this.#removedSeen) {
      // Retention removed events (nearly every poll on a busy fleet): drop them here too, a
      // lookup each, rather than parsing the whole history again.
      this.#removedSeen = store.removedCount
      this.#byDevice = keptByStore(this.#byDevice, store)
      this.#byAccount = keptByStore(this.#byAccount, store)
      this.#workspace = this.#workspace.filter((event) => store.has(event.id))
    }
    const since = store.eventsSince(this.#cursor)
    if (this.#cursor === undefined || since.reset) {
      this.#byDevice = new Map()
      this.#byAccount = new Map()
      this.#workspace = []
    }
    for (const raw of JSON.parse(since.eventsJson) as unknown[]) {
      const event = parseSeamEvent(raw)
      const key = event.deviceId ?? event.connectedAccountId
      const lists = event.deviceId !== undefined ? this.#byDevice : this.#byAccount
      if (key === undefined) this.#workspace.push(event)
      else {
        const list = lists.get(key)
        if (list === undefined) lists.set(key, [event])
        else list.push(event)
      }
    }
    this.#cursor = since.cursor
  }

  /** Parses the device and account lists again only when a refresh replaced them. */
  #readInventory(): void {
    const snapshot = this.#options.inventory()
    if (snapshot.refreshedAt === this.#inventoryAt) return
    this.#inventoryAt = snapshot.refreshedAt
    this.#devices = (JSON.parse(snapshot.devicesJson) as unknown[]).flatMap((raw) => {
      const parsed = parseDevice(raw)
      return parsed.ok ? [parsed.value] : []
    })
    this.#accounts = (JSON.parse(snapshot.connectedAccountsJson) as unknown[]).flatMap((raw) => {
      const parsed = parseConnectedAccount(raw)
      return parsed.ok ? [parsed.value] : []
    })
  }
}

/** The lists without the events the store no longer holds; lists left empty go. */
function keptByStore(
  lists: ReadonlyMap<string, ParsedEvent[]>,
  store: EventStore,
): Map<string, ParsedEvent[]> {
  const kept = new Map<string, ParsedEvent[]>()
  for (const [key, events] of lists) {
    const left = events.filter((event) => store.has(event.id))
    if (left.length > 0) kept.set(key, left)
  }
  return kept
}
