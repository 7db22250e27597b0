// The media strip under the timelines: doorbell visits as one card each, other camera events alone.
import type { Instant } from '../../domain/events/parsed-event'
import type {
  CameraActivation,
  DoorbellSession,
  MediaFeed,
  MediaItem,
} from '../../domain/timelines/media'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { safeMediaUrl } from '../../lib/safe-media-url'
import { lockMethodWords } from '../../components/status-words'

/** One picture or clip the lightbox can open; URLs already checked to be http(s). */
export interface MediaShot {
  /** The event id: the `media` URL parameter names it. */
  readonly id: string
  readonly at: Instant
  readonly title: string
  readonly imageUrl?: string
  readonly videoUrl?: string
}

/** A doorbell visit (ring, what the camera saw, the unlock) or one lone camera event. */
export interface MediaCard {
  readonly kind: 'session' | 'single'
  readonly id: string
  readonly at: Instant
  readonly title: string
  /** Plain-words facts under the title ("Person seen", "Not unlocked"). */
  readonly lines: readonly string[]
  readonly shots: readonly MediaShot[]
}

export interface MediaCards {
  /** Newest first, at most `limit`. */
  readonly cards: readonly MediaCard[]
  /** Cards in the window left out by the limit. */
  readonly hidden: number
  /** Every shot of the window, so a `media` link opens even when its card is past the limit. */
  readonly shotsById: ReadonlyMap<string, MediaShot>
}

const MOTION_WORDS: Readonly<Record<CameraActivation['motionSubType'], string>> = {
  human: 'Person',
  vehicle: 'Vehicle',
  package: 'Package',
  other: 'Motion',
  unknown: 'Motion',
}

export function motionTitle(item: CameraActivation): string {
  return `${MOTION_WORDS[item.motionSubType]} detected`
}

function shotOf(item: MediaItem): MediaShot {
  const imageUrl = safeMediaUrl(item.imageUrl)
  const videoUrl = safeMediaUrl(item.videoUrl)
  return {
    id: item.eventId,
    at: item.at,
    title: item.kind === 'ring' ? 'Doorbell rang' : motionTitle(item),
    ...(imageUrl !== undefined && { imageUrl }),
    ...(videoUrl !== undefined && { videoUrl }),
  }
}

function sessionCard(session: DoorbellSession): MediaCard {
  const shots = [shotOf(session.ring), ...session.motions.map(shotOf)]
  const lines: string[] = []
  if (session.motions.length > 0) {
    lines.push(
      session.motions.map((m) => motionTitle(m).replace(' detected', '')).join(', ') + ' seen',
    )
  }
  // The door's lock is often another device, so no unlock here does not mean nobody opened.
  if (session.unlock !== undefined) {
    const how = lockMethodWords(session.unlock.method)
    lines.push(how === undefined ? 'Door unlocked' : `Door unlocked ${how}`)
  }
  return {
    kind: 'session',
    id: session.id,
    at: session.ringAt,
    title: 'Doorbell visit',
    lines,
    shots,
  }
}

/** Sessions and lone camera events whose start is in `window`, newest first. */
export function mediaCards(feed: MediaFeed, window: TimeWindow, limit = 24): MediaCards {
  const inWindow = (at: Instant) => at >= window.from && at <= window.to
  const inSession = new Set<string>()
  const cards: MediaCard[] = []
  for (const session of feed.doorbellSessions) {
    for (const motion of session.motions) inSession.add(motion.eventId)
    if (inWindow(session.ringAt)) cards.push(sessionCard(session))
  }
  for (const item of feed.items) {
    if (item.kind !== 'motion' || inSession.has(item.eventId) || !inWindow(item.at)) continue
    const reason = item.activationReason
    cards.push({
      kind: 'single',
      id: item.eventId,
      at: item.at,
      title: motionTitle(item),
      lines: reason === undefined ? [] : [reason.replaceAll('_', ' ')],
      shots: [shotOf(item)],
    })
  }
  cards.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
  const shotsById = new Map<string, MediaShot>()
  for (const card of cards) for (const shot of card.shots) shotsById.set(shot.id, shot)
  return { cards: cards.slice(0, limit), hidden: Math.max(0, cards.length - limit), shotsById }
}
