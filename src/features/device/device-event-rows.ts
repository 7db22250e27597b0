// The device's event list under the timelines: the window's events, newest first, in plain words.
import { describeEvent } from '../../domain/events/describe-event'
import type { Instant, ParsedEvent, Severity } from '../../domain/events/parsed-event'
import type { TimeWindow } from '../../domain/timelines/state-interval'

export interface DeviceEventRow {
  readonly id: string
  readonly at: Instant
  readonly type: string
  readonly text: string
  readonly severity?: Severity
  readonly status: ParsedEvent['status']
}

export interface DeviceEventRows {
  readonly rows: readonly DeviceEventRow[]
  /** Events of the window beyond `limit`. */
  readonly more: number
  readonly total: number
}

/**
 * `events` newest first (as the event stream keeps them). The page already names the device, so
 * the lines leave its name out ("Locked with keypad code").
 */
export function deviceEventRows(
  events: readonly ParsedEvent[],
  window: TimeWindow,
  limit: number,
): DeviceEventRows {
  const rows: DeviceEventRow[] = []
  let total = 0
  for (const event of events) {
    if (event.occurredAt < window.from || event.occurredAt > window.to) continue
    total++
    if (rows.length >= limit) continue
    rows.push({
      id: event.id,
      at: event.occurredAt,
      type: event.type,
      text: describeEvent(event),
      status: event.status,
      ...(event.severity !== undefined && { severity: event.severity }),
    })
  }
  return { rows, more: total - rows.length, total }
}
