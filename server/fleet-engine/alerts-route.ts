// GET /api/alerts: the engine's alerts and incidents joined with who acknowledged or snoozed them.
import type { FastifyInstance } from 'fastify'
import {
  ALERT_STATUSES,
  groupAlertLists,
  type AlertEntry,
  type AlertState,
  type AlertStatus,
  type Handling,
  type TrackedAlert,
} from '../../src/domain/alerts/alert-lists'
import { worseSeverity } from '../../src/domain/alerts/alert'
import type { Severity } from '../../src/domain/events/parsed-event'
import type { AlertStateStore } from '../alert-state/alert-state-store'
import { EventQueryError, instantOf, oneOf } from '../events-api/event-filter-params'
import { badRequest, strictParameters } from '../events-api/register-events-api'
import { alertJson, incidentJson, type AccountOfDevice } from './alert-json'
import type { FleetEngine } from './fleet-engine'
import { PreparedAnswer, sendPrepared } from './prepared-answer'

interface AlertsQuery {
  status?: string[]
  from?: string
  to?: string
  limit?: number
}

const LIST = { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 8 } as const

export const ALERTS_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    status: LIST,
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    // 0: only the counts and severities (a badge), not the entries.
    limit: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  },
  additionalProperties: false,
} as const

/** The store's state (snake_case, ISO times) as the domain holds it (epoch milliseconds). */
function domainState(state: ReturnType<AlertStateStore['snapshot']>): AlertState {
  return {
    acknowledgements: state.acknowledgements.map((ack) => ({
      alertId: ack.alert_id,
      by: ack.by,
      note: ack.note,
      at: Date.parse(ack.at),
    })),
    snoozes: state.snoozes.map((snooze) => ({
      alertId: snooze.alert_id,
      by: snooze.by,
      hours: snooze.hours,
      at: Date.parse(snooze.at),
      until: Date.parse(snooze.until),
    })),
  }
}

const iso = (ms: number) => new Date(ms).toISOString()

function handlingJson(handling: Handling) {
  const { acknowledgement, snooze } = handling
  return {
    status: handling.status,
    acknowledgement:
      acknowledgement === undefined
        ? null
        : { by: acknowledgement.by, note: acknowledgement.note, at: iso(acknowledgement.at) },
    snooze:
      snooze === undefined
        ? null
        : { by: snooze.by, hours: snooze.hours, at: iso(snooze.at), until: iso(snooze.until) },
  }
}

function trackedJson(tracked: TrackedAlert, accountOf: AccountOfDevice) {
  return { ...handlingJson(tracked), alert: alertJson(tracked.alert, accountOf) }
}

function entryJson(entry: AlertEntry, accountOf: AccountOfDevice) {
  return entry.kind === 'alert'
    ? { kind: 'alert' as const, ...trackedJson(entry.tracked, accountOf) }
    : {
        kind: 'incident' as const,
        ...handlingJson(entry.handling),
        incident: incidentJson(entry.incident),
        members: entry.members.map((member) => trackedJson(member, accountOf)),
      }
}

function gravest(entries: readonly AlertEntry[]): Severity | null {
  let worst: Severity | null = null
  for (const entry of entries) {
    const severity = entry.kind === 'alert' ? entry.tracked.alert.severity : entry.incident.severity
    worst = worst === null ? severity : worseSeverity(worst, severity)
  }
  return worst
}

function entryTimes(entry: AlertEntry) {
  return entry.kind === 'alert' ? entry.tracked.alert : entry.incident
}

/** The query as a filter; throws EventQueryError naming a bad parameter. */
function alertsFilterOf(query: AlertsQuery) {
  // Checked against ALERT_STATUSES by oneOf.
  const statuses = oneOf('status', query.status, ALERT_STATUSES) as AlertStatus[]
  const from = instantOf('from', query.from)
  const to = instantOf('to', query.to)
  if (from !== undefined && to !== undefined && from > to) {
    throw new EventQueryError(`from (${query.from}) is after to (${query.to}); swap them.`)
  }
  return {
    statuses: statuses.length === 0 ? ALERT_STATUSES : statuses,
    from,
    to,
    limit: query.limit,
  }
}

export interface AlertsRouteOptions {
  secrets: readonly string[]
  now: () => number
}

/**
 * Answers are made once per (alerts version, handling state, query) and kept for the newest
 * few, so a wall of screens asking every few seconds costs one build per change.
 */
const KEPT_ANSWERS = 16

export function registerAlertsRoute(
  app: FastifyInstance,
  engine: FleetEngine,
  alertState: AlertStateStore,
  options: AlertsRouteOptions,
): void {
  const kept = new Map<string, PreparedAnswer>()

  function answer(query: AlertsQuery): PreparedAnswer {
    const filter = alertsFilterOf(query)
    const now = options.now()
    const state = domainState(alertState.snapshot())
    // Snoozes that ran out move alerts back to open: the pruned state already leaves them out.
    const key = JSON.stringify([engine.alertsVersion, state, filter])
    const found = kept.get(key)
    if (found !== undefined) return found
    const lists = groupAlertLists(
      engine.judgement.alerts(),
      engine.judgement.incidents(),
      state,
      now,
    )
    const entries = filter.statuses.flatMap((status) =>
      lists[status].filter((entry) => {
        const { openedAt, resolvedAt } = entryTimes(entry)
        // The alert was open at some moment of [from, to].
        return (
          (filter.to === undefined || openedAt <= filter.to) &&
          (filter.from === undefined || resolvedAt === null || resolvedAt >= filter.from)
        )
      }),
    )
    const shown = filter.limit === undefined ? entries : entries.slice(0, filter.limit)
    const body = JSON.stringify({
      version: engine.alertsVersion,
      counts: Object.fromEntries(ALERT_STATUSES.map((status) => [status, lists[status].length])),
      // The gravest entry of each list (an incident counts with its own severity): for badges.
      severities: Object.fromEntries(
        ALERT_STATUSES.map((status) => [status, gravest(lists[status])]),
      ),
      entries: shown.map((entry) => entryJson(entry, (id) => engine.rows.accountOf(id))),
    })
    const prepared = new PreparedAnswer(body, options.secrets)
    kept.set(key, prepared)
    if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value!)
    return prepared
  }

  app.get<{ Querystring: AlertsQuery }>(
    '/api/alerts',
    {
      schema: { querystring: ALERTS_QUERY_SCHEMA },
      preValidation: strictParameters(ALERTS_QUERY_SCHEMA),
    },
    async (request, reply) => {
      let prepared
      try {
        prepared = answer(request.query)
      } catch (error) {
        return badRequest(reply, error)
      }
      return sendPrepared(request, reply, prepared)
    },
  )
}
