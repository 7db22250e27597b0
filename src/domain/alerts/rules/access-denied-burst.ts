// Access-denied bursts: several refused attempts in a few minutes, a guest locked out or a guesser.
import type { ParsedEvent } from '../../events/parsed-event'
import type { Alert, AlertEnd } from '../alert'
import { createAlert } from '../alert'
import { MINUTE_MS } from '../alert-config'
import { formatDuration } from '../alert-words'
import type { RuleInput } from './rule-input'

interface Burst {
  readonly first: ParsedEvent
  /** The denial that made it a burst: the `accessDeniedBurstSize`-th within the window. */
  readonly opening: ParsedEvent
  last: ParsedEvent
  count: number
}

/**
 * A burst opens at the `accessDeniedBurstSize`-th `lock.access_denied` within
 * `accessDeniedWindowMinutes`. Later denials each within the window of the one before join it,
 * so a long siege is one alert. It ends when a window passes without a denial: one alert per
 * burst, resolved as expired.
 */
export function accessDeniedBurstAlerts({ subject, events, now, config }: RuleInput): Alert[] {
  const windowMs = config.accessDeniedWindowMinutes * MINUTE_MS
  const bursts: Burst[] = []
  let recent: ParsedEvent[] = []
  let current: Burst | undefined
  for (const event of events) {
    if (event.type !== 'lock.access_denied') continue
    const at = event.occurredAt
    if (current !== undefined) {
      if (at - current.last.occurredAt <= windowMs) {
        current.last = event
        current.count += 1
        continue
      }
      current = undefined
      recent = []
    }
    recent = recent.filter((denial) => at - denial.occurredAt <= windowMs)
    recent.push(event)
    if (recent.length >= config.accessDeniedBurstSize) {
      current = { first: recent[0]!, opening: event, last: event, count: recent.length }
      bursts.push(current)
    }
  }

  return bursts.map((burst) => {
    const quietAt = burst.last.occurredAt + windowMs
    const end: AlertEnd | undefined =
      now >= quietAt
        ? {
            kind: 'expired',
            at: quietAt,
            why: `no further denial for ${config.accessDeniedWindowMinutes} min`,
          }
        : undefined
    const span = formatDuration(burst.last.occurredAt - burst.first.occurredAt)
    return createAlert({
      rule: 'access_denied_burst',
      severity: 'warning',
      subject,
      title: `${subject.name}: ${burst.count} access denials in ${span}`,
      opening: burst.opening,
      end,
    })
  })
}
