// Flaky connection: opened by connection_became_flaky, resolved once it has stayed stable a while.
import type { ParsedEvent } from '../../events/parsed-event'
import type { Alert, AlertEnd } from '../alert'
import { createAlert } from '../alert'
import { MINUTE_MS } from '../alert-config'
import { formatDuration } from '../alert-words'
import type { RuleInput } from './rule-input'
import { endTime } from './rule-input'

interface Spell {
  readonly opening: ParsedEvent
  stabilized: ParsedEvent | undefined
  confirmed: boolean
}

/**
 * A connection that flaps stabilizes and turns flaky again within minutes; one alert per spell
 * reads better than a new alert each time. So `connection_stabilized` only ends the spell once
 * `flakyStableMinutes` pass without another `connection_became_flaky`; the alert is then dated
 * resolved at the stabilization.
 */
export function connectionFlakyAlerts({ subject, events, now, config }: RuleInput): Alert[] {
  const stableMs = config.flakyStableMinutes * MINUTE_MS
  const spells: Spell[] = []
  let current: Spell | undefined
  for (const event of events) {
    if (
      current?.stabilized !== undefined &&
      event.occurredAt >= current.stabilized.occurredAt + stableMs
    ) {
      current.confirmed = true
      current = undefined
    }
    if (event.type === 'device.connection_became_flaky') {
      if (current === undefined) {
        current = { opening: event, stabilized: undefined, confirmed: false }
        spells.push(current)
      } else {
        current.stabilized = undefined
      }
    } else if (event.type === 'device.connection_stabilized' && current !== undefined) {
      current.stabilized ??= event
    }
  }
  if (current?.stabilized !== undefined && now >= current.stabilized.occurredAt + stableMs) {
    current.confirmed = true
  }

  return spells.map((spell) => {
    const end: AlertEnd | undefined =
      spell.confirmed && spell.stabilized !== undefined
        ? { kind: 'event', event: spell.stabilized, why: 'connection stabilized' }
        : undefined
    const duration = formatDuration(endTime(end, now) - spell.opening.occurredAt)
    const verb = end === undefined ? 'flaky' : 'was flaky'
    return createAlert({
      rule: 'connection_flaky',
      severity: 'warning',
      subject,
      title: `${subject.name} connection ${verb} for ${duration}`,
      opening: spell.opening,
      end,
    })
  })
}
