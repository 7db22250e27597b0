// GET /api/connected_accounts/:id: the account page's data, from the engine's judgement and rows.
import { compareAlerts, type Alert } from '../../src/domain/alerts/alert'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import type { FleetDeviceRow } from '../../src/domain/fleet/fleet-device-row'
import { accountRange } from '../../src/domain/timelines/account-range'
import { alertJson } from './alert-json'
import type { SubjectRouteOptions } from './device-route'
import type { FleetEngine } from './fleet-engine'
import { accountRollupJson, deviceRowJson } from './fleet-route'
import { accountTimelineJson, loginFailuresJson, rangeJson } from './range-json'
import type { RangeAsked } from './range-params'
import { readAccountEvents } from './subject-event-page'
import type { SubjectRoute } from './subject-routes'

/** The account page shows the last 7 days. */
const DEFAULT_SPAN_MS = 7 * 86_400_000
const NO_EVENTS: readonly ParsedEvent[] = []

/** /api/connected_accounts/:id: the account page's route (see subject-routes.ts). */
export function accountSubject(engine: FleetEngine, options: SubjectRouteOptions): SubjectRoute {
  return {
    path: '/api/connected_accounts/:id',
    defaultSpanMs: DEFAULT_SPAN_MS,
    answer: (id, asked) => accountAnswer(engine, id, asked, options),
    readEvents: readAccountEvents,
    notFound: (id) =>
      `No connected account ${id}: neither Seam's account list nor the events kept know it. Check the id, or find the account on the fleet page.`,
  }
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
