// What the stream publishes, by kind: the one map publishers and the SPA's stream agree on.
import type { AlertChangeMessage, FleetChangeMessage } from '../fleet-engine/fleet-stream'
import type { buildHealth } from '../routes/health-route'

/** `event`: a poll stored new events. */
export interface StoredEventsMessage {
  /** How many new events the poll stored. */
  count: number
  /** The newest and oldest `created_at` among them (a late event may be older than others). */
  newest_created_at: string | null
  oldest_created_at: string | null
  /** When the server stored them. */
  stored_at: string
}

/** `alert_state`: someone acknowledged, snoozed or undid either; refetch /api/alerts. */
export interface AlertStateMessage {
  changed_at: string
}

/** `health`: the whole `/api/health` body, sent when its status, counts or error change. */
export type HealthMessage = ReturnType<typeof buildHealth>

/**
 * Kind → data. `fleet` (changed fleet rows) and `alert` (opened, changed, resolved alerts) come
 * from the fleet engine (fleet-stream.ts). `reset` and `heartbeat` are the stream's own and
 * cannot be published.
 */
// A type, not an interface: only a type literal meets the feed's Record<string, unknown> bound.
export type DoorboardStreamMessages = {
  event: StoredEventsMessage
  health: HealthMessage
  fleet: FleetChangeMessage
  alert: AlertChangeMessage
  alert_state: AlertStateMessage
}
