// Seeds the fake with the demo portfolio and writes its last days of history, oldest first.
import type { Instant } from '../../src/domain/events/parsed-event'
import { buildAccountSeed, buildDeviceRecord, deviceIdFor } from './device-records'
import type { FakeDatabase } from './fake-store'
import { addAccount, addDevice } from './fake-store'
import { ACCOUNT_SPECS, DEVICE_SPECS, NOISE_THRESHOLD_SPECS } from './portfolio-catalogue'
import type { Random } from './seeded-random'
import { HISTORY_PACE, LIVE_PACE } from './sim-scheduler'
import type { Simulator } from './simulator'
import { createSimulator } from './simulator'
import type { SimulatorStart } from './simulator-start'
import { forcedHubOutageFor } from './simulator-start'
import { stableUuid } from './stable-id'

export const DEFAULT_HISTORY_MS = 3 * 86_400_000

/** Adds the portfolio's accounts, devices and noise thresholds as they were at `at`. */
export function addPortfolioInventory(
  database: FakeDatabase,
  workspaceId: string,
  at: Instant,
): void {
  for (const spec of ACCOUNT_SPECS) addAccount(database, buildAccountSeed(spec, workspaceId, at))
  for (const spec of DEVICE_SPECS) addDevice(database, buildDeviceRecord(spec, workspaceId, at))
  const sensor = DEVICE_SPECS.find((spec) => spec.type === 'minut_sensor')
  if (sensor === undefined) return
  for (const threshold of NOISE_THRESHOLD_SPECS) {
    database.addNoiseThreshold({
      noise_threshold_id: stableUuid(`noise-threshold:${threshold.key}`),
      device_id: deviceIdFor(sensor.key),
      name: threshold.name,
      noise_threshold_decibels: threshold.decibels,
      starts_daily_at: '00:00:00[America/Los_Angeles]',
      ends_daily_at: '23:59:59[America/Los_Angeles]',
    })
  }
}

export interface SeedPortfolioOptions {
  database: FakeDatabase
  workspaceId: string
  mediaBaseUrl: string
  random: Random
  now: () => Instant
  historyMs?: number
  /** How the history ends: `hub-outage` leaves the hub down (see simulator-start.ts). */
  start?: SimulatorStart
}

/**
 * The inventory as it was `historyMs` ago, then that stretch of time lived through by the
 * simulator at its calm pace: every event of the history is one a scenario produced, so the
 * devices' final state (battery levels, online flags, locks) agrees with it. Returns that
 * simulator at now(), switched to the live pace and not started.
 */
export function seedPortfolio(options: SeedPortfolioOptions): Simulator {
  const end = options.now()
  const start = end - (options.historyMs ?? DEFAULT_HISTORY_MS)
  addPortfolioInventory(options.database, options.workspaceId, start)
  const simulator = createSimulator({
    database: options.database,
    workspaceId: options.workspaceId,
    mediaBaseUrl: options.mediaBaseUrl,
    random: options.random,
    now: options.now,
    startAt: start,
    pace: HISTORY_PACE,
    hubOutage: forcedHubOutageFor(options.start ?? 'normal', end),
  })
  simulator.advanceTo(end)
  simulator.setPace(LIVE_PACE)
  return simulator
}
