// One device's figures for a window, from its raw events: what the device page's header shows.
import type { DerivationConfig } from '../derivation-config'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { BatterySnapshot } from '../timelines/battery'
import { batteryTimeline } from '../timelines/battery'
import { connectivityTimeline } from '../timelines/connectivity'
import type { TimeWindow } from '../timelines/state-interval'
import type { BatteryForecast } from './battery-forecast'
import { batteryForecast } from './battery-forecast'
import type { ConnectivityStats } from './connectivity-stats'
import { connectivityStats } from './connectivity-stats'

export interface DeviceStatistics {
  readonly connectivity: ConnectivityStats
  readonly battery: BatteryForecast
}

export interface DeviceStatisticsOptions {
  /** The device's account-level events (an account outage takes the device offline). */
  readonly accountEvents?: readonly ParsedEvent[]
  readonly batterySnapshot?: BatterySnapshot
  readonly config?: DerivationConfig
}

/**
 * The whole history is replayed, not just the window, so the state at the window's start is
 * known (a device that went offline before it is offline from its first instant).
 */
export function deviceStatistics(
  events: readonly ParsedEvent[],
  window: TimeWindow,
  now: Instant,
  options: DeviceStatisticsOptions = {},
): DeviceStatistics {
  const config = options.config ?? DEFAULT_DERIVATION_CONFIG
  const connectivity = connectivityTimeline(events, now, { accountEvents: options.accountEvents })
  const battery = batteryTimeline(events, now, { config, snapshot: options.batterySnapshot })
  return {
    connectivity: connectivityStats(connectivity, window, now),
    battery: batteryForecast(battery.levels, window, now, config),
  }
}
