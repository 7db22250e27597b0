// The thresholds the timelines and statistics derive with, in one place so views and tests agree.
import { DEFAULT_ALERT_CONFIG } from './alerts/alert-config'

export interface BatteryThresholds {
  /** A level at or below this (0..1) is `critical`. */
  readonly criticalAtOrBelow: number
  /** At or below this, and above critical, is `low`. */
  readonly lowAtOrBelow: number
  /** At or below this, and above low, is `good`; anything higher is `full`. */
  readonly goodAtOrBelow: number
}

/**
 * For timelines and statistics only. What raises an alert (grace periods, bursts, forecast
 * horizons) is in alerts/alert-config.ts; where both read the same idea, the defaults below are
 * taken from there, so a band's colour and an alert never disagree.
 */
export interface DerivationConfig {
  /** Maps a battery level to a status band when the device never reported a status. */
  readonly battery: BatteryThresholds
  /** A ring and the motion or unlock that follow it within this many minutes are one visit. */
  readonly doorbellSessionMinutes: number
  /** A drain rate from fewer level readings than this is noise, so no forecast is given. */
  readonly minBatterySamples: number
  /** The readings must span at least this long: three within a minute say nothing of a trend. */
  readonly minBatterySpanHours: number
  /** A level rising by more than this is a new or recharged battery: the drain fit starts again. */
  readonly batteryRechargeRise: number
}

export const DEFAULT_DERIVATION_CONFIG: DerivationConfig = {
  battery: {
    criticalAtOrBelow: DEFAULT_ALERT_CONFIG.batteryCriticalLevel,
    lowAtOrBelow: DEFAULT_ALERT_CONFIG.batteryLowLevel,
    goodAtOrBelow: 0.9,
  },
  doorbellSessionMinutes: 5,
  minBatterySamples: DEFAULT_ALERT_CONFIG.forecastMinSamples,
  minBatterySpanHours: DEFAULT_ALERT_CONFIG.forecastMinSpanHours,
  batteryRechargeRise: DEFAULT_ALERT_CONFIG.forecastReplacementRise,
}
