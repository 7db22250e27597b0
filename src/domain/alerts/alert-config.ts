// Every threshold the alert rules use, in one object, so an operator can see and tune them.
import { CRITICAL_BATTERY_LEVEL } from '../events/event-catalogue'

export interface AlertConfig {
  /**
   * A device offline for less than this is a blip, not an alert. Once it has been offline this
   * long the alert opens, dated from the disconnection.
   */
  readonly offlineGraceMinutes: number
  /** Battery fraction (0..1) at or below which the battery is low: a warning. */
  readonly batteryLowLevel: number
  /** Battery fraction (0..1) at or below which the battery is critical. */
  readonly batteryCriticalLevel: number
  /** Forecast alert when the battery trend reaches empty within this many days. */
  readonly forecastEmptyWithinDays: number
  /** Battery readings older than this (before the reading being judged) are not in the trend. */
  readonly forecastLookbackDays: number
  /** The fewest readings a trend is fitted to. */
  readonly forecastMinSamples: number
  /** The readings must span at least this long: three readings within a minute say nothing. */
  readonly forecastMinSpanHours: number
  /**
   * A reading this much above the one before means a new battery: the readings before it are
   * dropped from the trend.
   */
  readonly forecastReplacementRise: number
  /** This many `lock.access_denied` within `accessDeniedWindowMinutes` make a burst. */
  readonly accessDeniedBurstSize: number
  /** The window of a burst; a burst also ends after this long without another denial. */
  readonly accessDeniedWindowMinutes: number
  /**
   * A flaky connection must stay stable this long after `connection_stabilized` before its alert
   * resolves; becoming flaky again within it continues the same alert instead of opening another.
   */
  readonly flakyStableMinutes: number
  /**
   * Tampering is never resolved by an event (only a person can say the device is fine, by
   * acknowledging it). So that an unattended screen does not show it forever, a tamper alert
   * stays open this long after the last tamper event, then resolves as expired.
   */
  readonly tamperExpiryHours: number
  /** A noise alert resolves this long after the last time the threshold triggered. */
  readonly noiseAutoResolveMinutes: number
  /** A noise alert is info; triggering this many times before it resolves makes it a warning. */
  readonly noiseRepeatsForWarning: number
  /** A failed Connect Webview login alert resolves after this long without a success. */
  readonly webviewLoginFailedExpiryMinutes: number
  /**
   * Changes made outside Seam (an access code changed or deleted, a device removed) resolve
   * nothing by themselves: their alerts expire after this long.
   */
  readonly externalChangeExpiryHours: number
  /** Hub disconnections of devices this close together in time are one hub outage. */
  readonly incidentWindowMinutes: number
  /** A hub outage groups into an incident only when it takes at least this many devices down. */
  readonly incidentMinDevices: number
}

export const DEFAULT_ALERT_CONFIG: AlertConfig = {
  offlineGraceMinutes: 10,
  batteryLowLevel: 0.25,
  // The same level the event catalogue uses to call a low_battery event critical.
  batteryCriticalLevel: CRITICAL_BATTERY_LEVEL,
  forecastEmptyWithinDays: 7,
  forecastLookbackDays: 14,
  forecastMinSamples: 3,
  forecastMinSpanHours: 12,
  forecastReplacementRise: 0.2,
  accessDeniedBurstSize: 3,
  accessDeniedWindowMinutes: 10,
  flakyStableMinutes: 15,
  tamperExpiryHours: 24,
  noiseAutoResolveMinutes: 30,
  noiseRepeatsForWarning: 2,
  webviewLoginFailedExpiryMinutes: 60,
  externalChangeExpiryHours: 24,
  incidentWindowMinutes: 2,
  incidentMinDevices: 2,
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS
