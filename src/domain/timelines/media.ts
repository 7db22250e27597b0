// Camera and doorbell media, newest first, and rings grouped with what followed into visits.
import type { DerivationConfig } from '../derivation-config'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { Instant, LockMethod, MotionSubType, ParsedEvent } from '../events/parsed-event'
import { timelineEvents } from './event-order'
import { lastAtOrBefore } from './last-at-or-before'

interface MediaBase {
  readonly eventId: string
  readonly deviceId: string
  readonly at: Instant
  readonly imageUrl?: string
  readonly videoUrl?: string
}

export interface CameraActivation extends MediaBase {
  readonly kind: 'motion'
  readonly motionSubType: MotionSubType
  readonly activationReason?: string
}

export interface DoorbellRing extends MediaBase {
  readonly kind: 'ring'
}

export type MediaItem = CameraActivation | DoorbellRing

export interface SessionUnlock {
  readonly at: Instant
  readonly eventId: string
  readonly method: LockMethod
  readonly accessCodeId?: string
}

/** A visit: a ring and the motion and unlock at the same door within the session window. */
export interface DoorbellSession {
  /** `session:<ring event id>`, stable across polls. */
  readonly id: string
  readonly deviceId: string
  readonly ringAt: Instant
  readonly ring: DoorbellRing
  /** Oldest first. */
  readonly motions: readonly CameraActivation[]
  /** The first unlock after the ring, if any came within the window. */
  readonly unlock?: SessionUnlock
  /** The last thing that happened in the session (the ring itself when nothing followed). */
  readonly endedAt: Instant
}

export interface MediaFeed {
  /** Newest first. */
  readonly items: readonly MediaItem[]
  /** Newest first; every ring is one, even when nothing followed it. */
  readonly doorbellSessions: readonly DoorbellSession[]
}

export interface MediaFeedOptions {
  /** Leave out what happened after this moment (replay). */
  readonly now?: Instant
  readonly config?: DerivationConfig
  /**
   * The door a device rings at, watches or opens (see doorOf in grouping/door-devices.ts): a ring
   * and the motion and unlocks of devices at the same door form one session. Each device is its
   * own door when omitted.
   */
  readonly doorOf?: (deviceId: string) => string
}

const MEDIA_TYPES: ReadonlySet<string> = new Set([
  'camera.activated',
  'device.doorbell_rang',
  'lock.unlocked',
])

/**
 * Events of several devices may be passed together; sessions span devices only through
 * `doorOf`. A motion or an unlock belongs to the latest ring at its door at or before it, if
 * within the window, so a second ring starts a new session.
 */
export function mediaFeed(
  events: readonly ParsedEvent[],
  options: MediaFeedOptions = {},
): MediaFeed {
  const windowMs = (options.config ?? DEFAULT_DERIVATION_CONFIG).doorbellSessionMinutes * 60_000
  const doorOf = options.doorOf ?? ((deviceId: string) => deviceId)
  const ordered = timelineEvents(events, options.now ?? Infinity, MEDIA_TYPES)
  const items: MediaItem[] = []
  const ringsByDoor = new Map<string, SessionDraft[]>()
  const sessions: SessionDraft[] = []
  // Unlocks, and motions already turned into items, to attach to rings once all rings are known.
  const followers: { readonly event: ParsedEvent; readonly motion?: CameraActivation }[] = []
  for (const event of ordered) {
    const deviceId = event.deviceId
    if (deviceId === undefined) continue
    if (event.type === 'lock.unlocked') {
      followers.push({ event })
      continue
    }
    const item = mediaItem(event, deviceId)
    items.push(item)
    if (item.kind === 'motion') {
      followers.push({ event, motion: item })
      continue
    }
    const draft: SessionDraft = { ring: item, motions: [], unlock: undefined }
    sessions.push(draft)
    const door = doorOf(deviceId)
    const rings = ringsByDoor.get(door)
    if (rings === undefined) ringsByDoor.set(door, [draft])
    else rings.push(draft)
  }

  for (const { event, motion } of followers) {
    const rings = ringsByDoor.get(doorOf(event.deviceId ?? ''))
    const draft = rings && lastAtOrBefore(rings, event.occurredAt, (draft) => draft.ring.at)
    if (draft === undefined || event.occurredAt - draft.ring.at > windowMs) continue
    if (motion !== undefined) draft.motions.push(motion)
    else draft.unlock ??= sessionUnlock(event)
  }

  return { items: items.reverse(), doorbellSessions: sessions.map(finishSession).reverse() }
}

interface SessionDraft {
  readonly ring: DoorbellRing
  readonly motions: CameraActivation[]
  unlock: SessionUnlock | undefined
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

// Optional fields are set only when present, so items compare equal however they were built.
function mediaItem(event: ParsedEvent, deviceId: string): MediaItem {
  const details = event.details
  let item: Mutable<MediaItem>
  if (event.type === 'device.doorbell_rang') {
    item = { kind: 'ring', eventId: event.id, deviceId, at: event.occurredAt }
  } else {
    item = {
      kind: 'motion',
      eventId: event.id,
      deviceId,
      at: event.occurredAt,
      motionSubType: details?.motionSubType ?? 'unknown',
    }
    if (details?.activationReason !== undefined) item.activationReason = details.activationReason
  }
  if (details?.imageUrl !== undefined) item.imageUrl = details.imageUrl
  if (details?.videoUrl !== undefined) item.videoUrl = details.videoUrl
  return item
}

function sessionUnlock(event: ParsedEvent): SessionUnlock {
  const unlock = {
    at: event.occurredAt,
    eventId: event.id,
    method: event.details?.lockMethod ?? 'unknown',
  }
  const accessCodeId = event.details?.accessCodeId
  return accessCodeId === undefined ? unlock : { ...unlock, accessCodeId }
}

function finishSession(draft: SessionDraft): DoorbellSession {
  const lastMotion = draft.motions[draft.motions.length - 1]
  const endedAt = Math.max(
    draft.ring.at,
    lastMotion?.at ?? -Infinity,
    draft.unlock?.at ?? -Infinity,
  )
  const session = {
    id: `session:${draft.ring.eventId}`,
    deviceId: draft.ring.deviceId,
    ringAt: draft.ring.at,
    ring: draft.ring,
    motions: draft.motions,
    endedAt,
  }
  return draft.unlock === undefined ? session : { ...session, unlock: draft.unlock }
}
