// What every rule receives, and the one step they all share: turning an episode's end into words.
import type { Instant, ParsedEvent } from '../../events/parsed-event'
import type { AlertEnd, AlertSubject } from '../alert'
import type { AlertConfig } from '../alert-config'
import type { Episode } from '../episodes'

export interface RuleInput {
  /** The device or account the events belong to. */
  readonly subject: AlertSubject
  /** That subject's events as prepareEvents returns them: known, deduplicated, up to now, sorted. */
  readonly events: readonly ParsedEvent[]
  readonly now: Instant
  readonly config: AlertConfig
}

/** How an episode ended, in words: `why` names the closing event, `expiredWhy` an expiry. */
export function episodeEnd(
  episode: Episode,
  why: (closing: ParsedEvent) => string,
  expiredWhy = 'expired',
): AlertEnd | undefined {
  if (episode.closing !== undefined) {
    return { kind: 'event', event: episode.closing, why: why(episode.closing) }
  }
  if (episode.expiredAt !== undefined) {
    return { kind: 'expired', at: episode.expiredAt, why: expiredWhy }
  }
  return undefined
}

/** The moment an alert's duration is measured to: its end, or now while it is open. */
export function endTime(end: AlertEnd | undefined, now: Instant): Instant {
  if (end === undefined) return now
  return end.kind === 'event' ? end.event.occurredAt : end.at
}
