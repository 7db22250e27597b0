// Is the wall's data trustworthy right now? Fresh, waiting for the first data, or stale and why.
import type { Health } from '../../api/get-health'
import { ProxyUnreachableError } from '../../api/proxy-error'
import type { Instant } from '../../domain/events/parsed-event'

/** Stale once the proxy's last good poll of Seam is older than this many poll intervals. */
export const STALE_AFTER_POLL_INTERVALS = 2

/** Used only before the proxy has ever said how often it polls. */
export const FALLBACK_POLL_INTERVAL_MS = 5_000

export type StaleReason =
  'proxy_unreachable' | 'events_unreachable' | 'upstream_down' | 'upstream_stale'

export type WallFreshness =
  | { readonly state: 'waiting'; readonly text: string }
  | { readonly state: 'fresh'; readonly ageMs: number }
  | {
      readonly state: 'stale'
      readonly reason: StaleReason
      /** Age of the newest data; undefined when none ever arrived. */
      readonly ageMs: number | undefined
      /** When the newest data was current, on this browser's clock. */
      readonly lastDataAt: Instant | undefined
      /** What broke, in words: "Cannot reach the Doorboard proxy". */
      readonly title: string
      /** Why, as the failing side said it. */
      readonly detail: string
    }

export interface WallFreshnessInput {
  /** The latest good health answer, undefined before the first. */
  readonly health: Health | undefined
  /** When that answer arrived, on this browser's clock; 0 when none did. */
  readonly healthReceivedAt: Instant
  /** The last health request's failure, null when it worked. */
  readonly healthError: Error | null
  /** How often health is asked for: answers overdue by more than this mean the proxy is gone. */
  readonly healthRefreshMs: number
  /** The last event-stream poll's failure, null when it worked. */
  readonly streamError: Error | null
  /** When the event stream last polled successfully, on this browser's clock. */
  readonly streamFetchedAt: Instant | undefined
  /** This browser's clock now. */
  readonly now: Instant
}

/**
 * Stale when the proxy's last good poll of Seam was more than two poll intervals old when it last
 * answered, or when the proxy itself has not answered for longer than that. One dropped request
 * does not flip the whole screen. The age shown is measured on the server's clock up to its answer
 * and on this browser's clock since, so a wall whose clock is off still shows the right age.
 */
export function wallFreshness(input: WallFreshnessInput): WallFreshness {
  const { health, now } = input
  const intervalMs = Math.max(1, health?.poll_interval_ms ?? FALLBACK_POLL_INTERVAL_MS)
  const limitMs = STALE_AFTER_POLL_INTERVALS * intervalMs
  const sinceAnswer = Math.max(0, now - input.healthReceivedAt)
  const lastSuccessAt = health?.last_success_at ?? null
  const ageAtAnswer =
    health === undefined || lastSuccessAt === null
      ? undefined
      : Math.max(0, health.server_time - lastSuccessAt)
  const ageMs = ageAtAnswer === undefined ? undefined : ageAtAnswer + sinceAnswer
  const lastDataAt = ageMs === undefined ? undefined : now - ageMs

  const proxyGone =
    health === undefined
      ? input.healthError !== null
      : (input.healthError !== null && sinceAnswer > limitMs) ||
        sinceAnswer > limitMs + input.healthRefreshMs
  if (proxyGone) {
    return {
      state: 'stale',
      reason: 'proxy_unreachable',
      ageMs,
      lastDataAt,
      title:
        input.healthError === null || input.healthError instanceof ProxyUnreachableError
          ? 'Cannot reach the Doorboard proxy'
          : 'The Doorboard proxy is not answering properly',
      detail:
        input.healthError?.message ??
        'The Doorboard proxy stopped answering. Is `npm start` running?',
    }
  }
  if (health === undefined) return { state: 'waiting', text: 'Connecting to the Doorboard proxy…' }

  const source = health.upstream === 'embedded' ? 'the embedded fake Seam' : 'Seam'
  const upstreamDetail = health.last_error ?? `The proxy has had nothing new from ${source}.`
  if (health.status === 'down' || (ageAtAnswer !== undefined && ageAtAnswer > limitMs)) {
    return {
      state: 'stale',
      reason: health.status === 'down' ? 'upstream_down' : 'upstream_stale',
      ageMs,
      lastDataAt,
      title: `No fresh data from ${source}`,
      detail: upstreamDetail,
    }
  }
  if (ageMs === undefined) {
    return { state: 'waiting', text: `Waiting for the first data from ${source}…` }
  }
  if (
    input.streamError !== null &&
    (input.streamFetchedAt === undefined || now - input.streamFetchedAt > limitMs)
  ) {
    return {
      state: 'stale',
      reason: 'events_unreachable',
      ageMs: input.streamFetchedAt === undefined ? undefined : now - input.streamFetchedAt,
      lastDataAt: input.streamFetchedAt,
      title: 'This screen is not receiving events',
      detail: input.streamError.message,
    }
  }
  return { state: 'fresh', ageMs }
}
