// Devices and connected accounts: refreshed on a slower interval than events, and on demand.
import type { UpstreamClient } from '../upstream/seam-upstream'
import { describeUpstreamError, UpstreamShapeError } from '../upstream/describe-upstream-error'
import { capEventSize } from '../security/cap-event-size'
import type { InventoryItem, StoredInventory } from '../store/inventory-rows'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import type { RateLimitGate } from '../upstream/rate-limit-gate'
import type { PollerLogger } from './event-poller'
import { nextPollDelay } from './backoff'

export interface InventorySnapshot {
  /** JSON text of the `devices` array, serialized once per refresh. */
  devicesJson: string
  connectedAccountsJson: string
  deviceCount: number
  connectedAccountCount: number
  /** Objects that failed validation are left out and counted here. */
  invalidDevices: number
  invalidConnectedAccounts: number
  refreshedAt: number | null
  lastError: string | null
  lastErrorAt: number | null
}

export interface InventoryPollerOptions {
  upstream: UpstreamClient
  intervalMs: number
  now: () => number
  /** A number in [0, 1) for the backoff's jitter, injected so tests are deterministic. */
  random: () => number
  logger: PollerLogger
  /** Seam's rate limit, shared with the event poller: no refresh starts while it holds. */
  gate?: RateLimitGate
  /** Keeps the lists for the next start (the store); a failure is logged, the lists still shown. */
  persist?: (
    devices: readonly InventoryItem[],
    connectedAccounts: readonly InventoryItem[],
    listedAt: number,
  ) => Promise<void>
  /** Called after a refresh replaced the lists (the fleet engine judges the changed entries). */
  onRefreshed?: () => void
}

/** How soon a requested refresh runs: a burst of lifecycle events becomes one refresh. */
const REQUESTED_REFRESH_DELAY_MS = 1_000
/** setTimeout fires at once for anything longer (about 24.8 days), e.g. a hostile Retry-After. */
const MAX_TIMER_MS = 2 ** 31 - 1

/** The valid objects, each capped like events and serialized once, with their ids. */
function keepValid(
  raws: unknown,
  parse: (raw: unknown) => { ok: boolean },
  idField: 'device_id' | 'connected_account_id',
  what: string,
): { valid: InventoryItem[]; invalid: number } {
  if (!Array.isArray(raws))
    throw new UpstreamShapeError(`Seam answered the ${what} list without an array.`)
  const valid = raws
    .filter((raw) => parse(raw).ok)
    // One hostile device name must not weigh megabytes in every browser.
    .map((raw) => ({
      id: String((raw as Record<string, unknown>)[idField]),
      json: capEventSize(raw).json,
    }))
  return { valid, invalid: raws.length - valid.length }
}

const listJson = (items: readonly InventoryItem[]) =>
  `[${items.map((item) => item.json).join(',')}]`

export class InventoryPoller {
  readonly #options: InventoryPollerOptions
  #timer: NodeJS.Timeout | undefined
  #running = false
  #inFlight: Promise<void> | undefined
  /** When the regular schedule (interval, or backoff after a failure) wants the next refresh. */
  #regularAt = 0
  /** After a failure: no refresh before this, asked for or not (backoff and Retry-After). */
  #notBefore = 0
  /** When a requested refresh is due; null when none is pending. */
  #requestedAt: number | null = null
  #nextRefreshAt: number | null = null
  #consecutiveFailures = 0
  upstreamCalls = 0
  snapshot: InventorySnapshot = {
    devicesJson: '[]',
    connectedAccountsJson: '[]',
    deviceCount: 0,
    connectedAccountCount: 0,
    invalidDevices: 0,
    invalidConnectedAccounts: 0,
    refreshedAt: null,
    lastError: null,
    lastErrorAt: null,
  }

  constructor(options: InventoryPollerOptions) {
    this.#options = options
  }

  /** When the next scheduled refresh runs (after backoff and the shared rate limit); null when none is. */
  get nextRefreshAt(): number | null {
    return this.#nextRefreshAt
  }

  start(): void {
    if (this.#running) return
    this.#running = true
    this.#regularAt = this.#options.now()
    this.#arm()
  }

  async stop(): Promise<void> {
    this.#running = false
    this.#requestedAt = null
    this.#nextRefreshAt = null
    clearTimeout(this.#timer)
    await this.#inFlight
  }

  /**
   * Ask for a refresh about a second from now, e.g. after a device.added event. Requests coalesce
   * into one refresh; one made while a refresh runs is kept for after it. Backoff after failures
   * and the shared rate limit still apply.
   */
  requestRefresh(): void {
    if (!this.#running) return
    this.#requestedAt ??= this.#options.now() + REQUESTED_REFRESH_DELAY_MS
    // While a refresh runs, its end arms the next one: never two at once.
    if (this.#inFlight === undefined) this.#arm()
  }

  /** One refresh now, after any refresh already running. Never throws. */
  async refresh(): Promise<void> {
    while (this.#inFlight !== undefined) await this.#inFlight
    // This refresh reads the lists after every request made so far.
    this.#requestedAt = null
    // Started a tick later so a request made as the calls begin already sees it running.
    const run = Promise.resolve()
      .then(() => this.#refresh())
      .finally(() => {
        this.#inFlight = undefined
        if (this.#running) this.#arm()
      })
    this.#inFlight = run
    await run
  }

  /** (Re)sets the timer to the earliest time the schedule, the backoff and the gate allow. */
  #arm(): void {
    const { now, gate } = this.#options
    const current = now()
    const wanted = Math.min(this.#regularAt, this.#requestedAt ?? Number.POSITIVE_INFINITY)
    const due = Math.max(wanted, this.#notBefore, current + (gate?.waitMs(current) ?? 0))
    clearTimeout(this.#timer)
    this.#nextRefreshAt = due
    this.#timer = setTimeout(
      () => {
        if (!this.#running || this.#inFlight !== undefined) return
        // The event poller may have been told to wait since this timer was set.
        if ((gate?.waitMs(now()) ?? 0) > 0) {
          this.#arm()
          return
        }
        void this.refresh()
      },
      Math.min(Math.max(0, due - current), MAX_TIMER_MS),
    )
  }

  /** Shows the lists the store kept from before a restart, until the first refresh. */
  restore(stored: StoredInventory): void {
    if (stored.listedAt === null || this.snapshot.refreshedAt !== null) return
    this.snapshot = {
      ...this.snapshot,
      devicesJson: listJson(stored.devices),
      connectedAccountsJson: listJson(stored.connectedAccounts),
      deviceCount: stored.devices.length,
      connectedAccountCount: stored.connectedAccounts.length,
      refreshedAt: stored.listedAt,
    }
  }

  async #persist(
    devices: readonly InventoryItem[],
    connectedAccounts: readonly InventoryItem[],
    listedAt: number,
  ): Promise<void> {
    try {
      await this.#options.persist?.(devices, connectedAccounts, listedAt)
    } catch (error) {
      // Seam lists them again at the next refresh; a restart meanwhile shows the older lists.
      this.#options.logger.warn(error instanceof Error ? error.message : String(error))
    }
  }

  async #refresh(): Promise<void> {
    const { upstream, now, intervalMs } = this.#options
    try {
      this.upstreamCalls += 2
      // Both answers are awaited, unlike Promise.all: a Retry-After on the second to fail counts too.
      const results = await Promise.allSettled([
        upstream.listDevices(),
        upstream.listConnectedAccounts(),
      ])
      const [devices, accounts] = results
      if (devices.status === 'rejected' || accounts.status === 'rejected') {
        const errors = results.flatMap((result): unknown[] =>
          result.status === 'rejected' ? [result.reason] : [],
        )
        this.#recordFailure(errors)
        return
      }
      const keptDevices = keepValid(devices.value, parseDevice, 'device_id', 'device')
      const keptAccounts = keepValid(
        accounts.value,
        parseConnectedAccount,
        'connected_account_id',
        'connected account',
      )
      await this.#persist(keptDevices.valid, keptAccounts.valid, now())
      this.snapshot = {
        devicesJson: listJson(keptDevices.valid),
        connectedAccountsJson: listJson(keptAccounts.valid),
        deviceCount: keptDevices.valid.length,
        connectedAccountCount: keptAccounts.valid.length,
        invalidDevices: keptDevices.invalid,
        invalidConnectedAccounts: keptAccounts.invalid,
        refreshedAt: now(),
        lastError: null,
        lastErrorAt: null,
      }
      this.#consecutiveFailures = 0
      this.#notBefore = 0
      this.#regularAt = now() + intervalMs
      this.#options.onRefreshed?.()
    } catch (error) {
      this.#recordFailure([error])
    }
  }

  /** `errors` in call order (devices first); the first one is what a person reads. */
  #recordFailure(errors: readonly unknown[]): void {
    const { now, logger, intervalMs, random, gate } = this.#options
    const failures = errors.map((error) => describeUpstreamError(error, now()))
    const message = failures[0]?.message ?? 'Refreshing failed.'
    if (this.snapshot.lastError !== message) {
      logger.warn(`Refreshing devices and accounts failed: ${message}`)
    }
    // Keep the last good lists: stale inventory beats an empty dashboard.
    this.snapshot = { ...this.snapshot, lastError: message, lastErrorAt: now() }
    this.#consecutiveFailures += 1
    // Either call may be the one Seam asked to wait; the longer wait wins.
    const retryAfters = failures.flatMap((failure) =>
      failure.retryAfterMs === undefined ? [] : [failure.retryAfterMs],
    )
    const retryAfterMs = retryAfters.length === 0 ? undefined : Math.max(...retryAfters)
    // Seam counts both pollers against one limit: the event poller waits too.
    if (retryAfterMs !== undefined) gate?.holdUntil(now() + retryAfterMs)
    const delayMs = nextPollDelay({
      intervalMs,
      consecutiveFailures: this.#consecutiveFailures,
      retryAfterMs,
      random: random(),
    })
    this.#regularAt = now() + delayMs
    this.#notBefore = this.#regularAt
  }
}
