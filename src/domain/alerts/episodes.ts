// Pairs the events that open a problem with the events that end it: the skeleton of most rules.
import type { Instant, ParsedEvent } from '../events/parsed-event'

/** What one event means to a rule: it opens or closes the problem named `key`. */
export interface EpisodeMark {
  readonly key: string
  readonly role: 'open' | 'close'
}

export interface Episode {
  readonly key: string
  readonly opening: ParsedEvent
  /** Every opening event folded into this episode, the first included, in order. */
  readonly occurrences: readonly ParsedEvent[]
  /** The event that ended it. */
  readonly closing: ParsedEvent | undefined
  /** When it expired, if it ended that way by `now`. */
  readonly expiredAt: Instant | undefined
}

export interface EpisodeOptions {
  readonly now: Instant
  /** An episode with no closing event ends this long after its latest occurrence. */
  readonly expireAfterMs?: number
}

interface OpenEpisode {
  readonly key: string
  readonly opening: ParsedEvent
  readonly occurrences: ParsedEvent[]
  closing: ParsedEvent | undefined
  expiredAt: Instant | undefined
}

/**
 * Walks events (already in order, see prepareEvents) and returns one episode per stretch of
 * trouble, in the order they opened. An opening event while the same key is open is folded into
 * that episode (a repeat, not a new problem); a closing event with nothing open is ignored.
 */
export function collectEpisodes(
  events: readonly ParsedEvent[],
  classify: (event: ParsedEvent) => EpisodeMark | undefined,
  options: EpisodeOptions,
): Episode[] {
  const { now, expireAfterMs } = options
  const episodes: OpenEpisode[] = []
  const open = new Map<string, OpenEpisode>()

  for (const event of events) {
    const mark = classify(event)
    if (mark === undefined) continue
    let current = open.get(mark.key)
    const expiry = current === undefined ? undefined : expiryOf(current, expireAfterMs)
    if (current !== undefined && expiry !== undefined && event.occurredAt >= expiry) {
      current.expiredAt = expiry
      open.delete(mark.key)
      current = undefined
    }
    if (mark.role === 'open') {
      if (current !== undefined) {
        current.occurrences.push(event)
      } else {
        const episode: OpenEpisode = {
          key: mark.key,
          opening: event,
          occurrences: [event],
          closing: undefined,
          expiredAt: undefined,
        }
        episodes.push(episode)
        open.set(mark.key, episode)
      }
    } else if (current !== undefined) {
      current.closing = event
      open.delete(mark.key)
    }
  }

  for (const episode of open.values()) {
    const expiry = expiryOf(episode, expireAfterMs)
    if (expiry !== undefined && now >= expiry) episode.expiredAt = expiry
  }
  return episodes
}

// At module level rather than a closure: this runs for every device on every clock step.
function expiryOf(episode: OpenEpisode, expireAfterMs: number | undefined): Instant | undefined {
  if (expireAfterMs === undefined) return undefined
  const last = episode.occurrences[episode.occurrences.length - 1] ?? episode.opening
  return last.occurredAt + expireAfterMs
}

/** The latest opening event of an episode. */
export function lastOccurrence(episode: Episode): ParsedEvent {
  return episode.occurrences[episode.occurrences.length - 1] ?? episode.opening
}
