// GET /api/connected_accounts/:id: the account page's data, from the engine's judgement and rows.
import type { FastifyInstance } from 'fastify'
import { compareAlerts, type Alert } from '../../src/domain/alerts/alert'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import type { FleetDeviceRow } from '../../src/domain/fleet/fleet-device-row'
import { accountRange } from '../../src/domain/timelines/account-range'
import { badRequest, strictParameters } from '../events-api/register-events-api'
import type { StoreDb } from '../store/open-database'
import { alertJson } from './alert-json'
import type { SubjectRouteOptions } from './device-route'
import type { FleetEngine } from './fleet-engine'
import { accountRollupJson, deviceRowJson } from './fleet-route'
import { PreparedAnswer, sendPrepared } from './prepared-answer'
import { accountTimelineJson, loginFailuresJson, rangeJson } from './range-json'
import {
  RANGE_QUERY_SCHEMA,
  rangeOf,
  SUBJECT_PARAMS_SCHEMA,
  type RangeAsked,
  type RangeQuery,
} from './range-params'
import { readAccountEvents, withEvents } from './subject-event-page'

/** The account page shows the last 7 days. */
const DEFAULT_SPAN_MS = 7 * 86_400_000
const NO_EVENTS: readonly ParsedEvent[] = []

export function registerAccountRoute(
  app: FastifyInstance,
  engine: FleetEngine,
  db: StoreDb,
  options: SubjectRouteOptions,
): void {
  app.get<{ Params: { id: string }; Querystring: RangeQuery }>(
    '/api/connected_accounts/:id',
    {
      schema: { params: SUBJECT_PARAMS_SCHEMA, querystring: RANGE_QUERY_SCHEMA },
      preValidation: strictParameters(RANGE_QUERY_SCHEMA),
    },
    async (request, reply) => {
      const { id } = request.params
      let asked: RangeAsked
      try {
        asked = rangeOf(request.query, options.now(), DEFAULT_SPAN_MS)
      } catch (error) {
        return badRequest(reply, error)
      }
      const head = accountAnswer(engine, id, asked, options)
      if (head === undefined) {
        return reply.code(404).send({
          error: 'not_found',
          message: `No connected account ${id}: neither Seam's account list nor the events kept know it. Check the id, or find the account on the fleet page.`,
        })
      }
      const page = await readAccountEvents(db, id, asked.range, asked.before)
      const body = withEvents(head.before, page, head.after)
      return sendPrepared(request, reply, new PreparedAnswer(body, options.secrets))
    },
  )
}

/** Everything but the events, from the engine's current state; undefined for an unknown id. */
function accountAnswer(
  engine: FleetEngine,
  id: string,
  { range }: RangeAsked,
  options: SubjectRouteOptions,
) {
  const { judgement, rows } = engine
  // A roll-up exists for every account listed or named by any event of its own or its devices'.
  const rollup = rows.rollup(id)
  if (rollup === undefined) return undefined
  const slot = judgement.account(id)
  const derived = accountRange({
    account: slot?.entry,
    events: slot?.events.inOrder ?? NO_EVENTS,
    workspaceEvents: judgement.workspaceEvents(),
    range,
    now: options.now(),
  })
  const devices = rows
    .deviceIdsOf(id)
    .flatMap((deviceId) => rows.row(deviceId) ?? [])
    .sort(listedFirstByName)
  const alerts: Alert[] = [...judgement.accountAlerts(id)]
  for (const device of devices) {
    for (const alert of judgement.device(device.deviceId)?.alerts ?? []) {
      if (alert.resolvedAt === null) alerts.push(alert)
    }
  }
  const accountOf = (deviceId: string) => rows.accountOf(deviceId)
  return {
    before: {
      account: accountRollupJson(rollup),
      inventory: slot?.entry ?? null,
      range: rangeJson(range),
      state: derived.state,
      devices: devices.map(deviceRowJson),
      timeline: accountTimelineJson(derived),
      login_failures: loginFailuresJson(derived),
    },
    after: {
      // The judgement's final alerts carry their incident.
      alerts: alerts
        .map((alert) => judgement.alert(alert.id) ?? alert)
        .sort(compareAlerts)
        .map((alert) => alertJson(alert, accountOf)),
    },
  }
}

/** As the account page lists them: Seam's devices by name, then those known only from events. */
function listedFirstByName(a: FleetDeviceRow, b: FleetDeviceRow): number {
  if (a.listed !== b.listed) return a.listed ? -1 : 1
  return a.name.localeCompare(b.name, 'en') || (a.deviceId < b.deviceId ? -1 : 1)
}
