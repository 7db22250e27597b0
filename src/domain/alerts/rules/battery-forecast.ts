// Battery forecast: a least-squares trend over recent readings that reaches empty within N days.
import type { Instant, ParsedEvent } from '../../events/parsed-event'
import type { Alert, AlertEnd } from '../alert'
import { createAlert } from '../alert'
import type { AlertConfig } from '../alert-config'
import { DAY_MS, HOUR_MS } from '../alert-config'
import { formatDuration, percent, plural } from '../alert-words'
import type { RuleInput } from './rule-input'

interface Sample {
  readonly event: ParsedEvent
  readonly at: Instant
  readonly level: number
}

/** The trend as of one reading, and what it was fitted to (shown in the title). */
export interface BatteryForecast {
  /** Days from the judged reading until the fitted line reaches 0 (0 if it already has). */
  readonly daysLeft: number
  /** Fall per day, as a fraction (0.08 = 8 % a day). */
  readonly dropPerDay: number
  readonly samples: number
  readonly firstLevel: number
  readonly lastLevel: number
  readonly spanMs: number
}

type Verdict =
  | { readonly kind: 'draining'; readonly forecast: BatteryForecast }
  | { readonly kind: 'replaced' | 'too_few' | 'steady' }

/**
 * Judges the battery at every reading (a `low_battery` or `battery_status_changed` with a level)
 * from the readings of the `forecastLookbackDays` before it. The alert opens at the first reading
 * whose trend reaches empty within `forecastEmptyWithinDays` and resolves at the first reading
 * whose trend does not. A rise of more than `forecastReplacementRise` is a new battery: earlier
 * readings leave the trend.
 */
export function batteryForecastAlerts({ subject, events, config }: RuleInput): Alert[] {
  const samples: Sample[] = []
  for (const event of events) {
    const level = event.details?.batteryLevel
    const isReading =
      event.type === 'device.low_battery' || event.type === 'device.battery_status_changed'
    if (isReading && level !== undefined) samples.push({ event, at: event.occurredAt, level })
  }

  const alerts: Alert[] = []
  let opening: ParsedEvent | undefined
  let latest: BatteryForecast | undefined
  let seriesStart = 0
  const close = (end: AlertEnd | undefined) => {
    if (opening === undefined || latest === undefined) return
    alerts.push(forecastAlert(subject, opening, latest, end))
    opening = undefined
    latest = undefined
  }

  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i]!
    const previous = samples[i - 1]
    const replaced =
      previous !== undefined && sample.level - previous.level > config.forecastReplacementRise
    if (replaced) seriesStart = i
    const verdict = replaced
      ? { kind: 'replaced' as const }
      : judge(samples, seriesStart, i, config)
    if (verdict.kind === 'draining') {
      opening ??= sample.event
      latest = verdict.forecast
    } else if (opening !== undefined) {
      close({
        kind: 'event',
        event: sample.event,
        why: recoveryWords(verdict.kind, sample, config),
      })
    }
  }
  close(undefined)
  return alerts
}

function judge(
  samples: readonly Sample[],
  seriesStart: number,
  index: number,
  config: AlertConfig,
): Verdict {
  const judged = samples[index]!
  const from = judged.at - config.forecastLookbackDays * DAY_MS
  let first = index
  while (first > seriesStart && samples[first - 1]!.at >= from) first--
  const window = samples.slice(first, index + 1)
  const spanMs = judged.at - window[0]!.at
  if (window.length < config.forecastMinSamples || spanMs < config.forecastMinSpanHours * HOUR_MS) {
    return { kind: 'too_few' }
  }
  const forecast = fitForecast(window, judged.at)
  if (forecast === undefined || forecast.daysLeft > config.forecastEmptyWithinDays) {
    return { kind: 'steady' }
  }
  return { kind: 'draining', forecast }
}

/**
 * Least squares over (days before `at`, level). Undefined when the levels do not fall. Time is
 * measured in days from `at` so the sums stay small and exact enough.
 */
export function fitForecast(window: readonly Sample[], at: Instant): BatteryForecast | undefined {
  const n = window.length
  let sumX = 0
  let sumY = 0
  for (const sample of window) {
    sumX += (sample.at - at) / DAY_MS
    sumY += sample.level
  }
  const meanX = sumX / n
  const meanY = sumY / n
  let sxx = 0
  let sxy = 0
  for (const sample of window) {
    const dx = (sample.at - at) / DAY_MS - meanX
    sxx += dx * dx
    sxy += dx * (sample.level - meanY)
  }
  if (sxx === 0) return undefined
  const slope = sxy / sxx
  if (slope >= 0) return undefined
  const levelAtJudged = meanY - slope * meanX
  return {
    daysLeft: Math.max(0, -levelAtJudged / slope),
    dropPerDay: -slope,
    samples: n,
    firstLevel: window[0]!.level,
    lastLevel: window[n - 1]!.level,
    spanMs: window[n - 1]!.at - window[0]!.at,
  }
}

function forecastAlert(
  subject: RuleInput['subject'],
  opening: ParsedEvent,
  forecast: BatteryForecast,
  end: AlertEnd | undefined,
): Alert {
  const within =
    forecast.daysLeft < 1
      ? 'within a day'
      : `in about ${plural(Math.round(forecast.daysLeft), 'day')}`
  const basis =
    `fell from ${percent(forecast.firstLevel)} to ${percent(forecast.lastLevel)} over ` +
    `${formatDuration(forecast.spanMs)} (${plural(forecast.samples, 'reading')}, ` +
    `about ${percent(forecast.dropPerDay)} a day)`
  return createAlert({
    rule: 'battery_forecast',
    // A prediction, not a fault: the battery_low rule raises critical levels on its own.
    severity: 'warning',
    subject,
    title: `${subject.name} battery may run out ${within}: ${basis}`,
    opening,
    end,
  })
}

function recoveryWords(
  kind: 'replaced' | 'too_few' | 'steady',
  sample: Sample,
  config: AlertConfig,
): string {
  switch (kind) {
    case 'replaced':
      return `battery rose to ${percent(sample.level)}: new battery`
    case 'too_few':
      return 'too few recent readings for a forecast'
    case 'steady':
      return `readings no longer point to empty within ${plural(config.forecastEmptyWithinDays, 'day')}`
    default:
      return kind satisfies never
  }
}
