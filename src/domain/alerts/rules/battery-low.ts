// Battery low or critical: opened by a low reading, resolved by a later reading above the threshold.
import type { ParsedEvent, Severity } from '../../events/parsed-event'
import type { Alert, AlertEnd } from '../alert'
import { createAlert, worseSeverity } from '../alert'
import type { AlertConfig } from '../alert-config'
import { percent } from '../alert-words'
import type { RuleInput } from './rule-input'

interface Reading {
  /** undefined: the battery is fine. */
  readonly severity: Severity | undefined
  readonly level: number | undefined
}

/**
 * What one battery event says, or undefined when it says nothing about the battery.
 * A `battery_status_changed` is judged by its status (Seam's own verdict) even when it also
 * carries a level; a `low_battery` by its level against the configured thresholds, so a
 * low_battery reading above `batteryLowLevel` counts as fine.
 */
export function batteryReading(event: ParsedEvent, config: AlertConfig): Reading | undefined {
  // The type first: most events are not about the battery, and their details differ in shape.
  if (event.type === 'device.low_battery') {
    const level = event.details?.batteryLevel
    if (level === undefined) return undefined
    const severity =
      level <= config.batteryCriticalLevel
        ? 'critical'
        : level <= config.batteryLowLevel
          ? 'warning'
          : undefined
    return { severity, level }
  }
  if (event.type === 'device.battery_status_changed') {
    const level = event.details?.batteryLevel
    const status = event.details?.batteryStatus
    if (status === undefined) return undefined
    switch (status) {
      case 'critical':
        return { severity: 'critical', level }
      case 'low':
        return { severity: 'warning', level }
      case 'good':
      case 'full':
        return { severity: undefined, level }
      default:
        return status satisfies never
    }
  }
  return undefined
}

interface Episode {
  readonly opening: ParsedEvent
  severity: Severity
  lowest: number | undefined
  end: AlertEnd | undefined
}

/**
 * One alert per stretch of low battery. It escalates to critical when a reading is critical and
 * stays critical until resolved; the title shows the lowest level seen.
 */
export function batteryLowAlerts({ subject, events, config }: RuleInput): Alert[] {
  const episodes: Episode[] = []
  let current: Episode | undefined
  for (const event of events) {
    const reading = batteryReading(event, config)
    if (reading === undefined) continue
    if (reading.severity === undefined) {
      if (current !== undefined) {
        current.end = { kind: 'event', event, why: recoveryWords(event, reading.level) }
        current = undefined
      }
      continue
    }
    if (current === undefined) {
      current = {
        opening: event,
        severity: reading.severity,
        lowest: reading.level,
        end: undefined,
      }
      episodes.push(current)
    } else {
      current.severity = worseSeverity(current.severity, reading.severity)
      if (reading.level !== undefined) {
        current.lowest = Math.min(current.lowest ?? reading.level, reading.level)
      }
    }
  }

  return episodes.map((episode) => {
    const word = episode.severity === 'critical' ? 'critical' : 'low'
    const level = episode.lowest === undefined ? '' : `: ${percent(episode.lowest)}`
    return createAlert({
      rule: 'battery_low',
      severity: episode.severity,
      subject,
      title: `${subject.name} battery ${word}${level}`,
      opening: episode.opening,
      end: episode.end,
    })
  })
}

function recoveryWords(event: ParsedEvent, level: number | undefined): string {
  const status = event.details?.batteryStatus
  if (event.type === 'device.battery_status_changed' && status !== undefined) {
    return level === undefined
      ? `battery status back to ${status}`
      : `battery status back to ${status} (${percent(level)})`
  }
  return level === undefined
    ? 'battery back above the threshold'
    : `battery back to ${percent(level)}`
}
