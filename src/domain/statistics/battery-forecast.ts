// How fast a battery drains and when it will be empty, with the evidence the estimate rests on.
import type { DerivationConfig } from '../derivation-config'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { Instant } from '../events/parsed-event'
import type { BatteryLevelSample } from '../timelines/battery'
import type { TimeWindow } from '../timelines/state-interval'

const DAY_MS = 86_400_000

// A fitted slope this close to zero (level per day) is rounding noise on a flat series.
const FLAT_SLOPE = 1e-9

export interface DrainBasis {
  /** How many level readings the fit used. */
  readonly samples: number
  /** First and last reading used. */
  readonly from: Instant
  readonly to: Instant
  /** Least-squares slope of level (0..1) per day; negative while draining. */
  readonly slopePerDay: number
}

export type BatteryForecast =
  | { readonly daysToEmpty: number; readonly basis: DrainBasis }
  | { readonly daysToEmpty: null; readonly why: 'not enough samples' | 'not draining' }

export interface DrainFit extends DrainBasis {
  /** The fitted level at an instant (may be below 0 or above 1 when extrapolated). */
  readonly levelAt: (at: Instant) => number
}

/**
 * The least-squares line through the readings taken in the window (and by `now`) since the
 * battery was last replaced or recharged (a rise above `config.batteryRechargeRise`: averaging
 * across a swap would hide the drain). Undefined with fewer than `config.minBatterySamples`
 * readings, or when they span less than `config.minBatterySpanHours`.
 */
export function batteryDrain(
  samples: readonly BatteryLevelSample[],
  window: TimeWindow,
  now: Instant,
  config: DerivationConfig = DEFAULT_DERIVATION_CONFIG,
): DrainFit | undefined {
  let used = samples
    .filter((sample) => sample.at >= window.from && sample.at < window.to && sample.at <= now)
    .sort((a, b) => a.at - b.at || a.level - b.level)
  for (let i = used.length - 1; i > 0; i--) {
    if (used[i]!.level - used[i - 1]!.level > config.batteryRechargeRise) {
      used = used.slice(i)
      break
    }
  }
  const first = used[0]
  const last = used[used.length - 1]
  if (first === undefined || last === undefined || used.length < config.minBatterySamples) {
    return undefined
  }
  if (last.at - first.at < config.minBatterySpanHours * 3_600_000) return undefined
  // Days since the first reading keep the sums small, so the fit stays exact in floating point.
  let meanX = 0
  let meanY = 0
  for (const sample of used) {
    meanX += (sample.at - first.at) / DAY_MS
    meanY += sample.level
  }
  meanX /= used.length
  meanY /= used.length
  let sxy = 0
  let sxx = 0
  for (const sample of used) {
    const dx = (sample.at - first.at) / DAY_MS - meanX
    sxy += dx * (sample.level - meanY)
    sxx += dx * dx
  }
  if (sxx === 0) return undefined
  const slopePerDay = sxy / sxx
  return {
    samples: used.length,
    from: first.at,
    to: last.at,
    slopePerDay,
    levelAt: (at) => meanY + slopePerDay * ((at - first.at) / DAY_MS - meanX),
  }
}

/**
 * Days from the end of the window (or `now`, if earlier) until the fitted line reaches zero;
 * 0 when it already has.
 */
export function batteryForecast(
  samples: readonly BatteryLevelSample[],
  window: TimeWindow,
  now: Instant,
  config: DerivationConfig = DEFAULT_DERIVATION_CONFIG,
): BatteryForecast {
  const drain = batteryDrain(samples, window, now, config)
  if (drain === undefined) return { daysToEmpty: null, why: 'not enough samples' }
  if (drain.slopePerDay > -FLAT_SLOPE) return { daysToEmpty: null, why: 'not draining' }
  const asOf = Math.min(window.to, now)
  const daysToEmpty = Math.max(0, drain.levelAt(asOf) / -drain.slopePerDay)
  const { samples: count, from, to, slopePerDay } = drain
  return { daysToEmpty, basis: { samples: count, from, to, slopePerDay } }
}
