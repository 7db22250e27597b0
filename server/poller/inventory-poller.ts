// Devices and connected accounts: refreshed on a slower interval than events, and on demand.
import type { UpstreamClient } from '../upstream/seam-upstream'
import { describeUpstreamError, UpstreamShapeError } from '../upstream/describe-upstream-error'
import { capListJson } from '../security/cap-event-size'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import type { PollerLogger } from './event-poller'

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
  logger: PollerLogger
}

function keepValid(
  raws: unknown,
  parse: (raw: unknown) => { ok: boolean },
  what: string,
): { valid: unknown[]; invalid: number } {
  if (!Array.isArray(raws))
    throw new UpstreamShapeError(`Seam answered the ${what} list without an array.`)
  const valid = raws.filter((raw) => parse(raw).ok)
  return { valid, invalid: raws.length - valid.length }
}

export class InventoryPoller {
  readonly #options: InventoryPollerOptions
  #timer: NodeJS.Timeout | undefined
  #running = false
  #inFlight: Promise<void> | undefined
  #refreshSoon = false
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

  start(): void {
    if (this.#running) return
    this.#running = true
    this.#schedule(0)
  }

  async stop(): Promise<void> {
    this.#running = false
    clearTimeout(this.#timer)
    await this.#inFlight
  }

  /** Ask for a refresh within a second, e.g. after a device.added event. Coalesces bursts. */
  requestRefresh(): void {
    if (!this.#running || this.#refreshSoon) return
    this.#refreshSoon = true
    this.#schedule(1_000)
  }

  async refresh(): Promise<void> {
    const run = this.#refresh()
    this.#inFlight = run
    await run
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#refreshSoon = false
      void this.refresh().then(() => {
        if (this.#running) this.#schedule(this.#options.intervalMs)
      })
    }, delayMs)
  }

  async #refresh(): Promise<void> {
    const { upstream, now, logger } = this.#options
    try {
      this.upstreamCalls += 2
      const [devices, accounts] = await Promise.all([
        upstream.listDevices(),
        upstream.listConnectedAccounts(),
      ])
      const keptDevices = keepValid(devices, parseDevice, 'devices')
      const keptAccounts = keepValid(accounts, parseConnectedAccount, 'connected accounts')
      this.snapshot = {
        // Capped like events: one hostile device name must not weigh megabytes in every browser.
        devicesJson: capListJson(keptDevices.valid),
        connectedAccountsJson: capListJson(keptAccounts.valid),
        deviceCount: keptDevices.valid.length,
        connectedAccountCount: keptAccounts.valid.length,
        invalidDevices: keptDevices.invalid,
        invalidConnectedAccounts: keptAccounts.invalid,
        refreshedAt: now(),
        lastError: null,
        lastErrorAt: null,
      }
    } catch (error) {
      const failure = describeUpstreamError(error, now())
      if (this.snapshot.lastError !== failure.message) {
        logger.warn(`Refreshing devices and accounts failed: ${failure.message}`)
      }
      // Keep the last good lists: stale inventory beats an empty dashboard.
      this.snapshot = { ...this.snapshot, lastError: failure.message, lastErrorAt: now() }
    }
  }
}
