// How old the data on screen is, and when that age deserves a warning: "updated 3 s ago".
import type { Instant } from '../domain/events/parsed-event'
import { formatAgo } from './format-time'

/** fresh: normal. late: past 3 polls, amber. stale: past 10 polls, red. unknown: no data yet. */
export type DataAgeLevel = 'fresh' | 'late' | 'stale' | 'unknown'

export const LATE_AFTER_POLLS = 3
export const STALE_AFTER_POLLS = 10

export interface DataAgeInput {
  /** health.last_success_at: the proxy's last good poll of Seam, on the server's clock. */
  readonly lastSuccessAt: Instant | null
  /** health.server_time: the server's clock when it answered. */
  readonly serverTime: Instant
  /** When that health answer arrived, on this browser's clock. */
  readonly receivedAt: Instant
  /** This browser's clock now. */
  readonly now: Instant
  /** health.poll_interval_ms: how often the proxy polls Seam. */
  readonly pollIntervalMs: number
}

export interface DataAge {
  readonly level: DataAgeLevel
  /** Age of the newest data in ms; undefined when there is none. */
  readonly ageMs?: number
  readonly text: string
}

/**
 * The age is measured on the server's clock up to its answer, then on this browser's clock from
 * the answer's arrival, so a browser whose clock is off by minutes still shows the right age. A
 * health answer that stopped coming keeps ageing through `now - receivedAt`.
 */
export function dataAge(input: DataAgeInput): DataAge {
  if (input.lastSuccessAt === null) return { level: 'unknown', text: 'no data from Seam yet' }
  const ageMs =
    Math.max(0, input.serverTime - input.lastSuccessAt) + Math.max(0, input.now - input.receivedAt)
  const interval = Math.max(1, input.pollIntervalMs)
  const ago = formatAgo(ageMs)
  if (ageMs > STALE_AFTER_POLLS * interval) {
    return { level: 'stale', ageMs, text: `Data is stale — last update ${ago}` }
  }
  if (ageMs > LATE_AFTER_POLLS * interval) {
    return { level: 'late', ageMs, text: `Updates delayed — last update ${ago}` }
  }
  return { level: 'fresh', ageMs, text: `updated ${ago}` }
}
