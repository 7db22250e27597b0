// Test fixture: realistic parsed events from the seed docs' example payloads, and a seeded shuffle.
import { parseSeamEvent } from '../events/parse-event'
import type { KnownEventType } from '../events/event-types'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { SEED_EXAMPLES } from '../events/seed-examples'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
/** 2025-01-01T00:00:00.000Z, the seed examples' own date. */
export const T0: Instant = Date.UTC(2025, 0, 1)

export interface FixtureEvent {
  readonly id: string
  /** Epoch ms of occurred_at. */
  readonly at: Instant
  /** Epoch ms of created_at; `at` unless given. */
  readonly createdAt?: Instant
  readonly deviceId?: string
  /** The seed examples name an all-zero account; null removes it. */
  readonly accountId?: string | null
  /** Payload fields laid over the seed example (e.g. `{ error_code: 'hub_disconnected' }`). */
  readonly payload?: object
}

/** The seed example of `type` with the given ids, times and fields, run through parseSeamEvent. */
export function seamEvent(type: KnownEventType, init: FixtureEvent): ParsedEvent {
  const raw: Record<string, unknown> = {
    ...SEED_EXAMPLES[type],
    event_id: init.id,
    occurred_at: new Date(init.at).toISOString(),
    created_at: new Date(init.createdAt ?? init.at).toISOString(),
  }
  if (init.deviceId !== undefined) raw.device_id = init.deviceId
  if (init.accountId === null) delete raw.connected_account_id
  else if (init.accountId !== undefined) raw.connected_account_id = init.accountId
  return parseSeamEvent({ ...raw, ...init.payload })
}

/** A pseudo-random number generator in [0, 1) (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A Fisher–Yates shuffle of a copy of `items`, reproducible from `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed)
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = copy[i]!
    copy[i] = copy[j]!
    copy[j] = swap
  }
  return copy
}

/** `items` shuffled, with about a third of them repeated: how a poller may deliver them. */
export function shuffledWithRepeats<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed * 7 + 1)
  const repeated = items.filter(() => random() < 0.35)
  return seededShuffle([...items, ...repeated], seed)
}
