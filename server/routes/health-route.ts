// GET /api/health: is the data fresh, and if not, what is wrong in words.
import type { FastifyInstance } from 'fastify'
import type { EventPoller } from '../poller/event-poller'
import type { EventStore } from '../poller/event-store'
import type { InventoryPoller } from '../poller/inventory-poller'
import { upstreamStatus } from '../poller/poll-health'

export interface HealthDependencies {
  poller: EventPoller
  inventory: InventoryPoller
  store: EventStore
  upstreamKind: 'embedded' | 'seam'
  pollIntervalMs: number
  now: () => number
  databaseEngine: 'pglite' | 'postgres'
  /** A store problem outside polling (retention, alert history), in words; null when none. */
  databaseProblem: () => string | null
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString())

export function buildHealth(deps: HealthDependencies) {
  const now = deps.now()
  const record = deps.poller.record
  const inventory = deps.inventory.snapshot
  let status = upstreamStatus(record, now, deps.pollIntervalMs)
  const databaseProblem = deps.databaseProblem()
  // Events flowing but the device list (or the store) failing is still a problem to see.
  if (status === 'ok' && (inventory.lastError !== null || databaseProblem !== null)) {
    status = 'degraded'
  }
  const lastError =
    record.consecutiveFailures > 0
      ? record.lastError
      : (inventory.lastError ?? databaseProblem ?? null)
  const lastErrorAt =
    record.consecutiveFailures > 0 ? record.lastFailureAt : (inventory.lastErrorAt ?? null)
  return {
    status,
    upstream: deps.upstreamKind,
    database: deps.databaseEngine,
    server_time: new Date(now).toISOString(),
    status_since: new Date(record.streakStartedAt).toISOString(),
    last_success_at: iso(record.lastSuccessAt),
    lag_ms: record.lastSuccessAt === null ? null : now - record.lastSuccessAt,
    poll_interval_ms: deps.pollIntervalMs,
    event_count: deps.store.size,
    device_count: inventory.deviceCount,
    connected_account_count: inventory.connectedAccountCount,
    invalid_event_count: deps.poller.counters.invalid,
    unknown_event_count: deps.poller.counters.unknown,
    redacted_pin_count: deps.poller.counters.redacted,
    conflicting_duplicate_count: deps.poller.counters.conflictingDuplicates,
    truncated_event_count: deps.poller.counters.truncated,
    future_event_count: deps.poller.counters.future,
    too_old_event_count: deps.poller.counters.tooOld,
    invalid_device_count: inventory.invalidDevices,
    invalid_connected_account_count: inventory.invalidConnectedAccounts,
    inventory_refreshed_at: iso(inventory.refreshedAt),
    last_error: lastError,
    last_error_at: iso(lastErrorAt),
    /** When the proxy next asks Seam for events (later while backing off or rate-limited). */
    next_poll_at: iso(deps.poller.nextPollAt),
  }
}

export function registerHealthRoute(app: FastifyInstance, deps: HealthDependencies): void {
  app.get('/api/health', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(buildHealth(deps)),
  )
}
