// When a subject's alerts change next with no new event: grace, expiries, durations in titles.
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { Alert, AlertRule } from './alert'
import type { AlertConfig } from './alert-config'
import { HOUR_MS, MINUTE_MS } from './alert-config'
import { nextDurationWordsChange } from './alert-words'

/**
 * How long after an event of `type` a rule may decide differently about it with no other event:
 * the offline grace, the stable spell of a flaky connection, and every expiry. Every rule that
 * reads `now` compares it with an event's time plus one of these, or writes a duration.
 */
export function delayAfter(type: string, config: AlertConfig): number | undefined {
  switch (type) {
    case 'device.disconnected':
      return config.offlineGraceMinutes * MINUTE_MS
    case 'device.connection_stabilized':
      return config.flakyStableMinutes * MINUTE_MS
    case 'device.tampered':
      return config.tamperExpiryHours * HOUR_MS
    case 'lock.access_denied':
      return config.accessDeniedWindowMinutes * MINUTE_MS
    case 'noise_sensor.noise_threshold_triggered':
      return config.noiseAutoResolveMinutes * MINUTE_MS
    case 'access_code.modified_external_to_seam':
    case 'access_code.deleted_external_to_seam':
    case 'device.removed':
      return config.externalChangeExpiryHours * HOUR_MS
    case 'connect_webview.login_failed':
      return config.webviewLoginFailedExpiryMinutes * MINUTE_MS
    default:
      return undefined
  }
}

/** Rules whose open alerts say for how long ("offline for 25 min"), measured from openedAt. */
const DURATION_TITLES: ReadonlySet<AlertRule> = new Set<AlertRule>([
  'device_offline',
  'connection_flaky',
  'account_disconnected',
])

export interface VerdictChangeInput {
  /** The subject's events, in any order (the same list its judgement read). */
  readonly events: readonly ParsedEvent[]
  /** What the judgement at `now` gave (judgeDevice, judgeAccount or webviewAlerts). */
  readonly alerts: readonly Alert[]
  readonly now: Instant
  readonly config: AlertConfig
}

/**
 * The earliest instant after `now` at which judging the same events may give other alerts (a
 * device offline past its grace, an expiry, a title's duration ticking over, an event dated in
 * the future coming due); undefined when nothing changes without a new event. It may name an
 * instant at which nothing changes after all (judging again then is harmless), but never one later
 * than a real change: until the instant it gives, judging at any moment gives what `now` gave.
 */
export function nextVerdictChange(input: VerdictChangeInput): Instant | undefined {
  const { now } = input
  let next = Infinity
  for (const event of input.events) {
    if (event.status !== 'known') continue
    const at = event.occurredAt
    if (at > now) {
      if (at < next) next = at
      continue
    }
    const delay = delayAfter(event.type, input.config)
    if (delay !== undefined && at + delay > now && at + delay < next) next = at + delay
  }
  for (const alert of input.alerts) {
    if (alert.resolvedAt !== null || !DURATION_TITLES.has(alert.rule)) continue
    const tick = nextDurationWordsChange(alert.openedAt, now)
    if (tick < next) next = tick
  }
  return next === Infinity ? undefined : next
}
