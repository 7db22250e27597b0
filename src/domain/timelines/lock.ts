// A lock's bolt over time (locked or unlocked, how, with which code) and the denied attempts.
import type { Instant, LockMethod, ParsedEvent } from '../events/parsed-event'
import { timelineEvents } from './event-order'
import type { EventPoint, StateInterval } from './state-interval'
import { appendInterval, causeOf } from './state-interval'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export type BoltState = 'locked' | 'unlocked'

export interface LockInterval extends StateInterval<BoltState> {
  /** How the lock was operated; `unknown` when Seam did not say. */
  readonly method: LockMethod
  readonly accessCodeId?: string
  readonly actionAttemptId?: string
}

export interface AccessDenial extends EventPoint {
  readonly accessCodeId?: string
}

export interface LockTimeline {
  readonly intervals: readonly LockInterval[]
  /** Oldest first. */
  readonly accessDenied: readonly AccessDenial[]
}

const LOCK_TYPES: ReadonlySet<string> = new Set([
  'lock.locked',
  'lock.unlocked',
  'lock.access_denied',
])

/**
 * Every lock or unlock starts a new interval, even when the bolt was already in that state: two
 * unlocks in a row by different guests are two facts, each with its own method and code.
 */
export function lockTimeline(events: readonly ParsedEvent[], now: Instant): LockTimeline {
  const intervals: LockInterval[] = []
  const accessDenied: AccessDenial[] = []
  for (const event of timelineEvents(events, now, LOCK_TYPES)) {
    const details = event.details
    if (event.type === 'lock.access_denied') {
      const point: AccessDenial = { at: event.occurredAt, eventId: event.id }
      const accessCodeId = details?.accessCodeId
      accessDenied.push(accessCodeId === undefined ? point : { ...point, accessCodeId })
      continue
    }
    const interval: Mutable<LockInterval> = {
      state: event.type === 'lock.locked' ? 'locked' : 'unlocked',
      from: event.occurredAt,
      to: null,
      cause: causeOf(event),
      method: details?.lockMethod ?? 'unknown',
    }
    // Set only when present, so intervals compare equal however they were built.
    if (details?.accessCodeId !== undefined) interval.accessCodeId = details.accessCodeId
    if (details?.actionAttemptId !== undefined) interval.actionAttemptId = details.actionAttemptId
    appendInterval(intervals, interval)
  }
  return { intervals, accessDenied }
}
